"""What a loaded spec is (``Spec``, ``Operation``, ``ErrorCodeSpec``), ``SpecError``, and naming.

``codegen._spec`` builds a ``Spec`` (reading ``paths`` with ``codegen._routes`` and
normalising schemas with ``codegen._schemas``); the generators read it. ``pascal_case`` and
``python_name`` are how spec names become class and field names.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "IDENTIFIER",
    "ErrorCodeSpec",
    "Operation",
    "Spec",
    "SpecError",
    "pascal_case",
    "python_name",
]

_WORD_BOUNDARY = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])")
IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
"""A snake_case Python identifier (method names, keyword arguments)."""


class SpecError(Exception):
    """A spec that breaks docs/spec-conventions.md; the message says where and what."""

    def __init__(self, spec: str, location: str, problem: str) -> None:
        self.spec = spec
        self.location = location
        self.problem = problem
        super().__init__(f"{spec}: {location}: {problem}")


def pascal_case(name: str) -> str:
    """``get_game_link`` → ``GetGameLink``; ``userIds`` → ``UserIds``; ``X-Api-Key`` → ``XApiKey``."""
    words = [word for word in _WORD_BOUNDARY.split(name) if word]
    return "".join(word[:1].upper() + word[1:] for word in words)


@attrs.frozen
class ErrorCodeSpec:
    """One ``x-error-codes`` entry."""

    code: str | int
    http_status: int
    error: str
    description: str
    class_name: str | None = None
    """The platform's own class for it (defined in the platform's ``_errors.py``)."""
    fields: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class Operation:
    """One operation of the spec, with everything the endpoint constant needs."""

    operation_id: str
    method: str
    path: str
    idempotent: bool
    host: str | None
    summary: str
    request_model: str | None
    params_model: str | None
    response_model: str | None
    error_model: str | None
    result_field: str | None
    auth: str = "none"
    description: str = ""
    result_description: str = ""
    method_name: str | None = None
    internal: bool = False
    scope: str = "client"
    pagination: dict[str, Any] | None = None
    envelope: dict[str, Any] | None = None
    empty_result: bool = False
    effects: tuple[str, ...] = ()
    options: tuple[dict[str, Any], ...] = ()


@attrs.frozen
class Spec:
    """A loaded, checked and normalised platform spec."""

    path: Path
    display_path: str
    platform: str
    title: str
    document: dict[str, Any]
    operations: tuple[Operation, ...]
    error_codes: tuple[ErrorCodeSpec, ...]
    request_schemas: frozenset[str]
    envelope: dict[str, Any] = attrs.field(factory=dict)
    api_classes: dict[str, str] = attrs.field(factory=dict)
    error_base: str | None = None
    http_statuses: tuple[tuple[int, str], ...] = ()
    common_body: str | None = None

    @property
    def schemas(self) -> dict[str, Any]:
        """The normalised ``components/schemas``."""
        schemas: dict[str, Any] = self.document["components"]["schemas"]
        return schemas


def python_name(name: str) -> str:
    """The snake_case Python name datamodel-code-generator gives a JSON name."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    snake = re.sub(r"[^A-Za-z0-9]+", "_", snake).strip("_").lower()
    return f"{snake}_" if keyword.iskeyword(snake) else snake
