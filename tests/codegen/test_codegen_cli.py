"""``python -m codegen``: writing, determinism, ``--check`` and the committed FAR Games modules."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from codegen import generate, main

DEMO_OUTPUTS = (
    "src/gameplatform/demo/_models.py",
    "src/gameplatform/demo/_operations.py",
    "src/gameplatform/demo/_api.py",
)


def run(*arguments: str) -> tuple[int, str]:
    output = io.StringIO()
    status = main(list(arguments), out=output)
    return status, output.getvalue()


def test_generate_writes_the_three_modules_and_reports_them(
    scratch_repository: Callable[..., Path], spec_fixtures: Path
) -> None:
    root = scratch_repository(spec_fixtures / "demo.yaml")
    status, output = run("--root", str(root))
    assert status == 0
    assert output.splitlines() == [f"created    {path}" for path in DEMO_OUTPUTS]
    assert all((root / path).is_file() for path in DEMO_OUTPUTS)


def test_running_twice_changes_nothing(scratch_repository: Callable[..., Path], spec_fixtures: Path) -> None:
    root = scratch_repository(spec_fixtures / "demo.yaml")
    run("--root", str(root))
    first = {path: (root / path).read_bytes() for path in DEMO_OUTPUTS}
    status, output = run("--root", str(root), "demo")
    assert status == 0
    assert output.splitlines() == [f"unchanged  {path}" for path in DEMO_OUTPUTS]
    assert {path: (root / path).read_bytes() for path in DEMO_OUTPUTS} == first


def test_output_does_not_depend_on_where_the_repository_is(
    scratch_repository: Callable[..., Path], spec_fixtures: Path
) -> None:
    one = scratch_repository(spec_fixtures / "demo.yaml")
    other = scratch_repository(spec_fixtures / "demo.yaml")
    run("--root", str(one))
    run("--root", str(other))
    for path in DEMO_OUTPUTS:
        assert (one / path).read_bytes() == (other / path).read_bytes()


def test_check_is_clean_after_generating(
    scratch_repository: Callable[..., Path], spec_fixtures: Path
) -> None:
    root = scratch_repository(spec_fixtures / "demo.yaml")
    run("--root", str(root))
    status, output = run("--root", str(root), "--check")
    assert status == 0
    assert output.strip() == "generated code is up to date (1 spec(s))"


def test_check_prints_a_diff_and_fails_on_drift(
    scratch_repository: Callable[..., Path], spec_fixtures: Path
) -> None:
    root = scratch_repository(spec_fixtures / "demo.yaml")
    run("--root", str(root))
    models = root / DEMO_OUTPUTS[0]
    edited = models.read_text(encoding="utf-8").replace('"""A colour."""', '"""A color."""')
    models.write_text(edited, encoding="utf-8")
    before = models.read_bytes()
    status, output = run("--root", str(root), "--check")
    assert status == 1
    assert f"--- {DEMO_OUTPUTS[0]} (committed)" in output
    assert f"+++ {DEMO_OUTPUTS[0]} (generated)" in output
    assert '-    """A color."""' in output
    assert '+    """A colour."""' in output
    assert "1 generated file(s) differ from specs/: run `python -m codegen`" in output
    assert models.read_bytes() == before  # --check writes nothing


def test_check_reports_a_missing_module(scratch_repository: Callable[..., Path], spec_fixtures: Path) -> None:
    root = scratch_repository(spec_fixtures / "demo.yaml")
    status, output = run("--root", str(root), "--check")
    assert status == 1
    assert "--- /dev/null" in output
    assert not (root / DEMO_OUTPUTS[0]).exists()


def test_check_notices_a_spec_change(scratch_repository: Callable[..., Path], spec_fixtures: Path) -> None:
    root = scratch_repository(spec_fixtures / "demo.yaml")
    run("--root", str(root))
    spec = root / "specs" / "demo.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("maxItems: 3", "maxItems: 300"), encoding="utf-8"
    )
    status, output = run("--root", str(root), "--check")
    assert status == 1
    assert "max_items=300" in output


def test_unknown_platform_is_an_error(scratch_repository: Callable[..., Path], spec_fixtures: Path) -> None:
    root = scratch_repository(spec_fixtures / "demo.yaml")
    status, output = run("--root", str(root), "nosuch")
    assert status == 2
    assert "no spec specs/nosuch.yaml (specs: demo)" in output


def test_a_broken_spec_is_reported_and_fails(
    scratch_repository: Callable[..., Path], spec_fixtures: Path
) -> None:
    root = scratch_repository(spec_fixtures / "demo.yaml")
    spec = root / "specs" / "demo.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("      x-idempotent: false\n", ""), encoding="utf-8"
    )
    status, output = run("--root", str(root))
    assert status == 2
    assert "error: specs/demo.yaml: paths./v1/things.post: x-idempotent (true|false) is required" in output
    assert not (root / DEMO_OUTPUTS[0]).exists()


def test_module_entry_point(
    scratch_repository: Callable[..., Path], spec_fixtures: Path, repository_root: Path
) -> None:
    root = scratch_repository(spec_fixtures / "demo.yaml")
    completed = subprocess.run(
        [sys.executable, "-m", "codegen", "--root", str(root), "--check"],
        cwd=repository_root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    assert "differ from specs/" in completed.stdout


@pytest.mark.parametrize("platform", ["fargames"])
def test_committed_modules_equal_fresh_output(repository_root: Path, platform: str) -> None:
    files = generate(
        repository_root / "specs" / f"{platform}.yaml",
        root=repository_root,
        ruff_config=repository_root / "pyproject.toml",
    )
    for file in files:
        committed = (repository_root / file.path).read_text(encoding="utf-8")
        assert committed == file.text, f"{file.path} is stale: run `python -m codegen {platform}`"
