"""``python -m codegen``: regenerate the platform modules from ``specs/*.yaml``, or check them."""

from __future__ import annotations

import argparse
import difflib
import importlib.metadata
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from codegen._format import FormatError, ruff_version
from codegen._generate import DATAMODEL_CODE_GENERATOR_VERSION, GeneratedFile, generate
from codegen._spec import SpecError

__all__ = ["RUFF_VERSION", "main"]

RUFF_VERSION = "0.17.6"
"""The ruff version generated modules are formatted with (pinned in pyproject's ``dev`` extra)."""

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m codegen",
        description=(
            "Generate src/gameplatform/<platform>/_models.py and _endpoints.py from specs/<platform>.yaml. "
            "Without platform names, every spec in specs/ is generated."
        ),
    )
    parser.add_argument(
        "platforms", nargs="*", metavar="PLATFORM", help="only these specs (e.g. fargames stove)"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; print a diff and exit 1 when a generated module differs from its spec",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=REPOSITORY_ROOT,
        help="repository root holding specs/ and src/ (default: this checkout)",
    )
    return parser


def _check_tools(out: TextIO) -> bool:
    """The pinned generator and formatter must be the installed ones, or the output would drift."""
    installed = importlib.metadata.version("datamodel-code-generator")
    problems = []
    if installed != DATAMODEL_CODE_GENERATOR_VERSION:
        problems.append(f"datamodel-code-generator {installed} (need {DATAMODEL_CODE_GENERATOR_VERSION})")
    try:
        ruff = ruff_version()
    except FormatError as error:
        problems.append(str(error))
    else:
        if ruff != RUFF_VERSION:
            problems.append(f"ruff {ruff} (need {RUFF_VERSION})")
    for problem in problems:
        print(f"error: installed {problem}; run `pip install -e '.[dev]'`", file=out)
    return not problems


def _spec_paths(root: Path, platforms: Sequence[str], out: TextIO) -> list[Path] | None:
    specs = root / "specs"
    if not platforms:
        found = sorted(specs.glob("*.yaml"))
        if not found:
            print(f"error: no specs in {specs}", file=out)
            return None
        return found
    paths = []
    for platform in platforms:
        path = specs / f"{platform}.yaml"
        if not path.is_file():
            known = ", ".join(p.stem for p in sorted(specs.glob("*.yaml"))) or "none"
            print(f"error: no spec specs/{platform}.yaml (specs: {known})", file=out)
            return None
        paths.append(path)
    return paths


def _diff(file: GeneratedFile, current: str | None) -> str:
    name = file.path.as_posix()
    lines = difflib.unified_diff(
        (current or "").splitlines(keepends=True),
        file.text.splitlines(keepends=True),
        fromfile=f"{name} (committed)" if current is not None else "/dev/null",
        tofile=f"{name} (generated)",
    )
    return "".join(lines)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 drift found by --check, 2 error)."""
    stream = out or sys.stdout
    arguments = _parser().parse_args(argv)
    root: Path = arguments.root.resolve()
    if not _check_tools(stream):
        return EXIT_ERROR
    spec_paths = _spec_paths(root, arguments.platforms, stream)
    if spec_paths is None:
        return EXIT_ERROR
    ruff_config = REPOSITORY_ROOT / "pyproject.toml"
    failed = drifted = changed = 0
    for spec_path in spec_paths:
        try:
            files = generate(spec_path, root=root, ruff_config=ruff_config)
        except (SpecError, FormatError) as error:
            print(f"error: {error}", file=stream)
            failed += 1
            continue
        for file in files:
            target = root / file.path
            current = target.read_text(encoding="utf-8") if target.is_file() else None
            if current == file.text:
                if not arguments.check:
                    print(f"unchanged  {file.path.as_posix()}", file=stream)
                continue
            if arguments.check:
                stream.write(_diff(file, current))
                drifted += 1
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(file.text, encoding="utf-8", newline="\n")
                print(
                    f"{'updated' if current is not None else 'created'}    {file.path.as_posix()}",
                    file=stream,
                )
                changed += 1
    if failed:
        print(f"{failed} spec(s) failed; fix them and run `python -m codegen` again", file=stream)
        return EXIT_ERROR
    if arguments.check:
        if drifted:
            print(f"{drifted} generated file(s) differ from specs/: run `python -m codegen`", file=stream)
            return EXIT_DRIFT
        print(f"generated code is up to date ({len(spec_paths)} spec(s))", file=stream)
    return EXIT_OK
