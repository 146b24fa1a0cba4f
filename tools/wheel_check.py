"""Install the built wheel where a user would, and use it from there (``make wheel-check``).

1. Build the wheel (``pip wheel --no-deps``) and check it holds every non-Python file of the
   package (``py.typed``, …) and the ``pytest11`` entry point.
2. Install it with the ``redis``, ``django`` and ``flask`` extras, plus pytest, into a fresh
   virtualenv in a temporary directory outside the checkout.
3. From a directory outside the checkout: import it (and check that the core imports no
   optional framework), run a copy of ``demo/`` against the bundled fakes, and run a user's
   test file that uses only the pytest plugin's fixtures, with no conftest.

A file missing from the wheel (the collation tables, ``py.typed``, the fakes, the entry
points) fails one of these. Downloads come from pip's cache after the first run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "gameplatform"
USER_TESTS = ROOT / "tests" / "testing" / "plugin_user_tests.py"

CORE_IMPORT_CHECK = """
import sys
import gameplatform, gameplatform.fargames, gameplatform.playdapp, gameplatform.stove, gameplatform.playnanoo
import gameplatform.tokens, gameplatform.testing, gameplatform.contrib
loaded = sorted(name for name in ("django", "flask", "redis", "opentelemetry") if name in sys.modules)
assert not loaded, f"import gameplatform imported optional packages: {loaded}"
assert "site-packages" in gameplatform.__file__, gameplatform.__file__
import gameplatform.contrib.django, gameplatform.contrib.flask  # the extras are installed
print("imports ok:", gameplatform.__file__)
"""


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None, quiet: bool = False) -> None:
    """Run a step; a ``quiet`` one shows its output only when it fails, else its last line."""
    print("+", " ".join(str(part) for part in command), flush=True)
    if not quiet:
        subprocess.run([str(part) for part in command], cwd=cwd, env=env, check=True)
        return
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        print(done.stdout, done.stderr, sep="\n", file=sys.stderr)
        raise subprocess.CalledProcessError(done.returncode, done.args)
    lines = done.stdout.strip().splitlines()
    print("  " + (lines[-1] if lines else "(no output)"))


def check_wheel_contents(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next((n for n in names if n.endswith(".dist-info/entry_points.txt")), None)
        text = archive.read(entry_points).decode() if entry_points else ""
    expected = {
        "gameplatform/" + path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc"}
    }
    missing = sorted(expected - names)
    if missing:
        raise SystemExit(f"the wheel lacks package files (add them to package-data): {missing}")
    if "[pytest11]" not in text or "gameplatform = gameplatform.testing.pytest_plugin" not in text:
        raise SystemExit("the wheel lacks the pytest11 entry point 'gameplatform'")
    print(f"wheel ok: {wheel.name}, {len(expected)} package files, pytest11 entry point")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="gameplatform-wheel-check-"))
    try:
        dist = work / "dist"
        # setuptools builds in ./build and would ship files left there by an earlier build.
        shutil.rmtree(ROOT / "build", ignore_errors=True)
        run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", dist, ROOT, cwd=work)
        [wheel] = dist.glob("gameplatform_sdk-*.whl")
        check_wheel_contents(wheel)

        venv = work / "venv"
        run(sys.executable, "-m", "venv", venv, cwd=work)
        python = venv / "bin" / "python"
        run(python, "-m", "pip", "install", "--quiet", f"{wheel}[redis,django,flask]", "pytest", cwd=work)

        user = work / "project"
        user.mkdir()
        shutil.copytree(ROOT / "demo", user / "demo", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(USER_TESTS, user / "test_user_fixtures.py")
        env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
        run(python, "-c", CORE_IMPORT_CHECK, cwd=user, env=env)
        run(python, "-m", "demo", cwd=user, env=env, quiet=True)
        run(
            python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user_fixtures.py", cwd=user, env=env
        )
        print("wheel-check OK")
        return 0
    except subprocess.CalledProcessError as error:
        print(f"wheel-check FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
