"""Every Python example of the README passes ``mypy --strict`` as written.

Standalone blocks are checked as they are; blocks headed ``# examples/<file>`` are excerpts
of the example projects (tests/contrib checks they are verbatim), so those files are checked.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_BLOCK = re.compile(r"```python\n(.*?)```", re.S)
_EXCERPT = re.compile(r"# (examples/\S+\.py)")


def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    files: list[str] = []
    excerpts: set[str] = set()
    for index, block in enumerate(_BLOCK.findall(readme)):
        excerpt = _EXCERPT.match(block)
        if excerpt:
            excerpts.add(excerpt.group(1))
            continue
        path = tmp_path / f"readme_example_{index}.py"
        path.write_text(block, encoding="utf-8")
        files.append(str(path))
    assert len(files) >= 6, "the README lost its examples"
    example_files = sorted(str(ROOT / name) for name in excerpts)
    assert all(Path(name).is_file() for name in example_files)
    environment = {
        **os.environ,
        "MYPYPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "examples/django_project")]),
    }
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            *files,
            *example_files,
        ],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
