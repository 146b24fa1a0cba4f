"""From one spec to the text of its three generated modules."""

from __future__ import annotations

import ast
import importlib.metadata
from pathlib import Path

import attrs

from codegen._codec import model_shapes, render_codecs
from codegen._format import format_source
from codegen._models import render_models
from codegen._operations import model_annotations, plan_operations
from codegen._render import render_api, render_operations
from codegen._spec import Spec, load_spec
from codegen._text import docstring_literal

__all__ = ["DATAMODEL_CODE_GENERATOR_VERSION", "GeneratedFile", "generate", "header", "output_paths"]

DATAMODEL_CODE_GENERATOR_VERSION = "0.89.0"
"""The datamodel-code-generator version the committed modules come from (pinned in pyproject)."""


@attrs.frozen
class GeneratedFile:
    """One generated module: its path relative to the repository root and its full text."""

    path: Path
    text: str


def output_paths(platform: str) -> tuple[Path, Path, Path]:
    """Where a platform's models, operations and methods go, relative to the repository root."""
    package = Path("src") / "gameplatform" / platform
    return package / "_models.py", package / "_operations.py", package / "_api.py"


def header(spec_path: str) -> str:
    """The first line of every generated module: where it comes from, no timestamps or absolute paths."""
    version = importlib.metadata.version("datamodel-code-generator")
    return (
        f"# Generated from {spec_path} by `python -m codegen` "
        f"(datamodel-code-generator {version}). Do not edit."
    )


def generate(spec_path: Path, *, root: Path, ruff_config: Path) -> list[GeneratedFile]:
    """Generate ``_models.py``, ``_operations.py`` and ``_api.py`` for the spec at ``spec_path``.

    ``root`` is the repository root (paths in headers are relative to it); ``ruff_config`` is
    the ``pyproject.toml`` whose ruff settings format the output. Raises ``SpecError``.
    """
    shown = spec_path.resolve().relative_to(root.resolve()).as_posix()
    spec = load_spec(spec_path, display_path=shown)
    models_path, operations_path, api_path = output_paths(spec.platform)
    models_source, names, converters = render_models(spec)
    plans = plan_operations(spec, model_annotations(models_source))
    texts = [
        (models_path, _assemble_models(spec, models_source, names, converters)),
        (operations_path, render_operations(spec, plans)),
        (api_path, render_api(spec, plans)),
    ]
    return [
        GeneratedFile(path, format_source(text, config=ruff_config, filename=path.as_posix()))
        for path, text in texts
    ]


def _assemble_models(spec: Spec, source: str, names: list[str], converters: str) -> str:
    """Header, docstring and ``__all__`` around the parser's imports and classes."""
    tree = ast.parse(source)
    imports_end = max(
        (node.end_lineno or 0 for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)),
        default=0,
    )
    lines = source.splitlines()
    imports = "\n".join(lines[:imports_end])
    imports += "\nfrom typing import Any\n\nfrom gameplatform import _serde"
    body = "\n".join(lines[imports_end:])
    enums = {name for name, schema in spec.schemas.items() if "enum" in schema}
    codecs = render_codecs(model_shapes(source), enums, set(spec.request_schemas))
    exports = ", ".join(repr(name) for name in names)
    docstring = docstring_literal(
        f"Models of the {spec.title}: attrs classes generated from ``{spec.display_path}``.\n\n"
        "Request models (bodies and ``*Params``) check their fields when built and raise "
        "``gameplatform.errors.ValidationError``; response models are plain and keep keys they do "
        "not name in ``additional_properties``. ``gameplatform._serde`` turns both into JSON and back.",
        indent=0,
    )
    return (
        f"{header(spec.display_path)}\n"
        f"{docstring}\n\n"
        "from __future__ import annotations\n\n"
        f"{imports}\n\n"
        f"__all__ = [{exports}]\n\n"
        f"{converters}\n\n"
        f"{body}\n\n\n"
        f"{codecs}"
    )
