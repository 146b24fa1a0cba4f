"""Fixtures for the code generator's tests: a scratch repository and generated fixture modules.

``codegen`` lives at the repository root, which is not on ``sys.path`` when pytest runs
from the virtualenv's script; it is put there first (and a namespace package that
``tests/codegen`` itself may have provided under the same name is dropped).
"""

from __future__ import annotations

import importlib.util
import io
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path(__file__).resolve().parent / "specs"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if getattr(sys.modules.get("codegen"), "__file__", "") is None:
    del sys.modules["codegen"]


def make_repository(base: Path, *spec_files: Path, with_package: bool = False) -> Path:
    """A scratch repository root holding ``specs/`` with copies of ``spec_files``.

    ``with_package`` also copies ``src/gameplatform``, so type checkers see generated
    modules inside the real package.
    """
    (base / "specs").mkdir(parents=True)
    for spec_file in spec_files:
        shutil.copy(spec_file, base / "specs" / spec_file.name)
    if with_package:
        shutil.copytree(
            ROOT / "src" / "gameplatform",
            base / "src" / "gameplatform",
            ignore=shutil.ignore_patterns("__pycache__", "demo"),
        )
    return base


@pytest.fixture(scope="session")
def repository_root() -> Path:
    """The real repository root."""
    return ROOT


@pytest.fixture(scope="session")
def spec_fixtures() -> Path:
    """The directory of fixture specs (``demo.yaml``)."""
    return SPECS


@pytest.fixture
def scratch_repository(tmp_path: Path) -> Callable[..., Path]:
    """``scratch_repository(*spec_files)``: a fresh scratch repository (see ``make_repository``)."""
    counter = iter(range(1_000_000))

    def make(*spec_files: Path, with_package: bool = False) -> Path:
        return make_repository(
            tmp_path / f"repository-{next(counter)}", *spec_files, with_package=with_package
        )

    return make


def load_module(name: str, path: Path) -> ModuleType:
    """Import ``path`` as module ``name`` (registered in ``sys.modules``; callers remove it)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def demo_repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch repository in which ``specs/demo.yaml`` has been generated once."""
    from codegen import main

    root = make_repository(tmp_path_factory.mktemp("demo-repository"), SPECS / "demo.yaml", with_package=True)
    output = io.StringIO()
    assert main(["--root", str(root)], out=output) == 0, output.getvalue()
    return root


@pytest.fixture(scope="session")
def demo(demo_repository: Path) -> Iterator[tuple[ModuleType, ModuleType, ModuleType]]:
    """The generated demo ``_models``, ``_operations`` and ``_api`` modules, imported."""
    package = demo_repository / "src" / "gameplatform" / "demo"
    parent = ModuleType("gameplatform.demo")
    parent.__path__ = [str(package)]
    sys.modules["gameplatform.demo"] = parent
    names = ("gameplatform.demo._models", "gameplatform.demo._operations", "gameplatform.demo._api")
    try:
        modules = tuple(load_module(name, package / f"{name.rpartition('.')[2]}.py") for name in names)
        yield modules[0], modules[1], modules[2]
    finally:
        for name in (*names, "gameplatform.demo"):
            sys.modules.pop(name, None)
