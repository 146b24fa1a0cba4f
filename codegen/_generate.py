"""From one spec to the text of its two generated modules."""

from __future__ import annotations

import ast
import importlib.metadata
from pathlib import Path
from typing import Any

import attrs
import jinja2

from codegen._format import format_source
from codegen._models import render_models
from codegen._spec import Operation, Spec, load_spec
from codegen._text import docstring_literal

__all__ = ["DATAMODEL_CODE_GENERATOR_VERSION", "GeneratedFile", "generate", "header", "output_paths"]

DATAMODEL_CODE_GENERATOR_VERSION = "0.89.0"
"""The datamodel-code-generator version the committed modules come from (pinned in pyproject)."""

_TEMPLATES = Path(__file__).parent / "templates"
_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.FileSystemLoader(_TEMPLATES),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,  # Python source, not HTML
)
_ENVIRONMENT.filters["py"] = repr


@attrs.frozen
class GeneratedFile:
    """One generated module: its path relative to the repository root and its full text."""

    path: Path
    text: str


def output_paths(platform: str) -> tuple[Path, Path]:
    """Where a platform's models and endpoints go, relative to the repository root."""
    package = Path("src") / "gameplatform" / platform
    return package / "_models.py", package / "_endpoints.py"


def header(spec_path: str) -> str:
    """The first line of every generated module: where it comes from, no timestamps or absolute paths."""
    version = importlib.metadata.version("datamodel-code-generator")
    return (
        f"# Generated from {spec_path} by `python -m codegen` "
        f"(datamodel-code-generator {version}). Do not edit."
    )


def generate(spec_path: Path, *, root: Path, ruff_config: Path) -> list[GeneratedFile]:
    """Generate ``_models.py`` and ``_endpoints.py`` for the spec at ``spec_path``.

    ``root`` is the repository root (paths in headers are relative to it); ``ruff_config`` is
    the ``pyproject.toml`` whose ruff settings format the output. Raises ``SpecError``.
    """
    shown = spec_path.resolve().relative_to(root.resolve()).as_posix()
    spec = load_spec(spec_path, display_path=shown)
    models_path, endpoints_path = output_paths(spec.platform)
    models_source, names = render_models(spec)
    models = _assemble_models(spec, models_source, names)
    endpoints = _render_endpoints(spec)
    return [
        GeneratedFile(
            models_path, format_source(models, config=ruff_config, filename=models_path.as_posix())
        ),
        GeneratedFile(
            endpoints_path, format_source(endpoints, config=ruff_config, filename=endpoints_path.as_posix())
        ),
    ]


def _assemble_models(spec: Spec, source: str, names: list[str]) -> str:
    """Header, docstring and ``__all__`` around the parser's imports and classes."""
    tree = ast.parse(source)
    imports_end = max(
        (node.end_lineno or 0 for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)),
        default=0,
    )
    lines = source.splitlines()
    imports = "\n".join(lines[:imports_end])
    body = "\n".join(lines[imports_end:])
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
        f"{body}\n"
    )


def _constant(operation: Operation) -> str:
    return operation.operation_id.upper()


def _render_endpoints(spec: Spec) -> str:
    codes = spec.error_codes
    code_types = sorted({type(code.code).__name__ for code in codes}) or ["str"]
    model_names = sorted(
        {
            name
            for op in spec.operations
            for name in (op.request_model, op.params_model, op.response_model, op.error_model)
            if name
        }
    )
    operations: list[dict[str, Any]] = [
        {
            **attrs.asdict(op),
            "constant": _constant(op),
            "docstring": docstring_literal(op.summary, indent=0),
        }
        for op in spec.operations
    ]
    exports = sorted(["ENDPOINTS", "ERROR_CODES", "PLATFORM", *(op["constant"] for op in operations)])
    return _ENVIRONMENT.get_template("endpoints.jinja2").render(
        header=header(spec.display_path),
        docstring=docstring_literal(
            f"Operations of the {spec.title}: one ``Endpoint`` constant per operation of "
            f"``{spec.display_path}``.\n\n"
            "Clients read method, path, retry safety and models from these constants instead of "
            "repeating them. ``ERROR_CODES`` maps every documented error code to its HTTP status "
            "and SDK error class.",
            indent=0,
        ),
        spec_path=spec.display_path,
        platform=spec.platform,
        exports=exports,
        error_imports=sorted({code.error for code in codes}),
        model_imports=model_names,
        code_type=" | ".join(code_types),
        operations=operations,
        error_codes=codes,
    )
