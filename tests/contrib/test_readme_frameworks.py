"""The README's Django and Flask code is the example projects' code, which test_examples runs:
each README block headed ``# examples/<file>`` must be a verbatim excerpt of that file."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"```python\n# (examples/\S+)[^\n]*\n(.*?)```", re.DOTALL)


def test_readme_framework_code_is_taken_verbatim_from_the_tested_examples() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = BLOCK.findall(readme)
    assert {path for path, _ in blocks} == {
        "examples/django_project/mysite/settings.py",
        "examples/django_project/mysite/views.py",
        "examples/django_project/mysite/urls.py",
        "examples/flask_app/app.py",
    }
    for path, code in blocks:
        source = (ROOT / path).read_text(encoding="utf-8")
        assert code.strip() in source, f"the README's {path} block differs from the file"
