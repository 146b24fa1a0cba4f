"""One platform operation as data, and the request built from a call's arguments.

Generated modules (``<platform>/_operations.py``) hold one :class:`Operation` constant per
operation of a spec: where the call goes, how it may be retried, which models carry its
fields, how each argument reaches the wire and which fields the client fills itself. The
generated methods hand an operation and their arguments to the client (``_invoke``), which
builds the request here (:func:`build_call`: validation and encoding, no I/O), sends it
through the platform's auth flow and decodes the answer (:mod:`gameplatform._envelope`).

How each keyword argument becomes a field value (:class:`Argument` and the parameter
encodings :class:`BoolText`, :class:`Joined`, :class:`MapEntries`, :class:`JsonText`) is in
:mod:`gameplatform._arguments`; they are re-exported here for the generated modules.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Generic, Literal, TypeVar
from urllib.parse import quote

import attrs

from gameplatform._arguments import (
    Argument,
    BoolText,
    Joined,
    JsonText,
    MapEntries,
    construct,
    encode_argument,
)
from gameplatform._serde import to_wire

__all__ = [
    "Argument",
    "BoolText",
    "Call",
    "Content",
    "Envelope",
    "ErrorCode",
    "Fill",
    "FillSource",
    "Joined",
    "JsonText",
    "MapEntries",
    "Operation",
    "Pagination",
    "build_call",
]

R = TypeVar("R")


@attrs.frozen
class ErrorCode:
    """One documented error code: what the platform answers and the SDK error it becomes.

    Generated modules hold them in ``ERROR_CODES``, keyed by ``code``. ``fields`` names
    body keys handed to the error class as keyword arguments (``withdrawal_key`` from
    ``WithdrawalKey``).
    """

    code: str | int
    """The platform's error code."""
    http_status: int
    """The HTTP status the platform documents with it (0 when it documents none)."""
    error: type[Any]
    """The class raised for it (a platform class, or a ``gameplatform.errors`` class)."""
    description: str
    """What the platform documents the code to mean."""
    fields: tuple[tuple[str, str], ...] = ()
    """(keyword argument of ``error``, body key) pairs."""
    generic: type[Any] | None = None
    """The ``gameplatform.errors`` class the spec says it is (``error`` is it or a subclass)."""


@attrs.frozen
class Envelope:
    """How a platform wraps answers: what marks success, where code, message and request id are."""

    success_field: str | None = None
    """The body key whose value says success; ``None``: the status alone decides."""
    success_values: tuple[object, ...] = ()
    """Values of ``success_field`` that mean success (numeric text counts as its number)."""
    success_if_missing: bool = False
    """Whether a body without ``success_field`` (or with it empty) is a success."""
    statuses: tuple[int, ...] = ()
    """HTTP statuses of a success (empty: any 2xx)."""
    code_field: str | None = None
    """The body key carrying the platform's error code."""
    message_field: str | None = None
    """The body key carrying the failure's message."""
    request_id_field: str | None = None
    """The body key carrying the platform's request id, if any."""
    request_id_headers: tuple[str, ...] = ()
    """Headers carrying the platform's request id, tried in order."""
    numeric_codes: bool = False
    """Whether codes are numbers (``"30000"`` is read as ``30000``)."""


@attrs.frozen
class Content:
    """A nested model built from arguments of its own (``x-flatten``): a field's object, or a
    JSON document sent inside a string field."""

    name: str
    """The name arguments refer to with ``into``."""
    field: str
    """The field (of ``into``) that receives the model, or its JSON text."""
    into: str
    model: type[Any]
    as_text: bool = False
    """Whether the field holds the model's JSON text rather than the model."""


@attrs.frozen
class Fill:
    """A field the client fills itself instead of taking it as an argument."""

    field: str
    """The field name on the target model."""
    into: Literal["body", "params"]
    source: str
    """What the client fills it from (``"agent_id"``, ``"timestamp"``, ``"access_token"``, …)."""
    wire: str
    """The field's name on the wire (flows that re-fill it per attempt use it)."""
    only_if_missing: bool = False
    """The field is also an argument; the client fills it only when the caller gave ``None``."""


@attrs.frozen
class Pagination:
    """Offset/limit paging: the page's ``items`` and ``total`` fields, and the arguments that move."""

    offset: str
    limit: str
    items: str
    total: str | None


@attrs.frozen(eq=False)
class Operation(Generic[R]):
    """One operation of a platform API (generated from its spec; see ``docs/spec-conventions.md``)."""

    operation_id: str
    method: str
    path: str
    host: str
    idempotent: bool
    auth: str
    """The credential the call carries (``signature``, ``server-token``, ``player-token``, ``none``, …)."""
    result: type[R]
    """The model of the result (the envelope's ``result_field``, or the whole body)."""
    envelope: Envelope
    result_field: str | None = None
    body: type[Any] | None = None
    params: type[Any] | None = None
    arguments: tuple[Argument, ...] = ()
    contents: tuple[Content, ...] = ()
    fills: tuple[Fill, ...] = ()
    common_body: bool = False
    """Whether the platform's common body fields (``x-common-body``) are merged into the body."""
    empty_result: bool = False
    """Whether a success without data (204, or no result field) gives an empty result model."""
    pagination: Pagination | None = None
    secret_result: bool = False
    """Whether the result holds secrets: a success answer that does not fit is then reported
    without its body (its secret may sit where the redaction would not look)."""
    effects: frozenset[str] = frozenset()
    """Platform behaviours the answer triggers (``keeps-tokens``, ``drops-tokens``)."""
    summary: str = ""

    def fill_wire_name(self, source: str) -> str | None:
        """The wire name of the body field filled from ``source``, if the operation has one."""
        for fill in self.fills:
            if fill.source == source and fill.into == "body":
                return fill.wire
        return None

    def __repr__(self) -> str:
        return f"Operation({self.operation_id!r}, {self.method} {self.path})"


@attrs.define
class Call:
    """A validated request, ready for the platform's auth flow; built by :func:`build_call`."""

    operation: Operation[Any]
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: dict[str, Any] | None
    """The body as JSON values (the flow encodes it: each platform has its own exact encoding)."""
    options: dict[str, Any]
    body_model: Any = None
    params_model: Any = None


FillSource = Callable[[str, Mapping[str, Any]], Any]
"""``fill(source, arguments)``: the value a client fills in for ``source``."""

_BUILTIN_SOURCES: Mapping[str, Callable[[], Any]] = {"uuid4": lambda: str(uuid.uuid4())}


def build_call(operation: Operation[Any], arguments: Mapping[str, Any], fill: FillSource) -> Call:
    """Validate and encode one call's arguments into a :class:`Call` (no I/O).

    Raises :class:`~gameplatform.errors.ValidationError` naming the argument and the rule.
    """
    options: dict[str, Any] = {}
    kwargs: dict[str, dict[str, Any]] = {"body": {}, "params": {}}
    documents: dict[str, dict[str, Any]] = {content.name: {} for content in operation.contents}
    for argument in operation.arguments:
        value = arguments.get(argument.name)
        if argument.into == "options":
            if value is not None and argument.rule is not None:
                argument.rule.check(argument.name, value)
            options[argument.name] = value
            continue
        if value is None:  # left out, so the model's default applies
            continue
        if argument.plain:
            kwargs[argument.into][argument.name] = value
            continue
        value = encode_argument(argument, value)
        target = kwargs.get(argument.into)
        (target if target is not None else documents[argument.into])[argument.field or argument.name] = value
    for content in operation.contents:  # innermost first (codegen orders them so)
        document = construct(content.model, documents[content.name], prefix="")
        holder = kwargs[content.into] if content.into in kwargs else documents[content.into]
        holder[content.field] = (
            json.dumps(to_wire(document), ensure_ascii=False, separators=(",", ":"))
            if content.as_text
            else document
        )
    for spec in operation.fills:
        target = kwargs[spec.into]
        if spec.only_if_missing and target.get(spec.field) is not None:
            continue
        builtin = _BUILTIN_SOURCES.get(spec.source)
        target[spec.field] = builtin() if builtin is not None else fill(spec.source, arguments)
    body_model = construct(operation.body, kwargs["body"], prefix="") if operation.body else None
    params_model = construct(operation.params, kwargs["params"], prefix="") if operation.params else None
    path, query, headers = _place_params(operation, params_model)
    body: dict[str, Any] | None = None
    if body_model is not None:
        body = to_wire(body_model)
    if operation.common_body:
        common = fill("common_body", arguments)
        body = {**common, **(body or {})}
    return Call(operation, path, query, headers, body, options, body_model, params_model)


_Placement = tuple[str, str, object, bool]
"""(attribute, wire name, location, explode) of one parameter field."""
_PLACEMENTS: dict[type[Any], tuple[_Placement, ...]] = {}


def _placements(params_class: type[Any]) -> tuple[_Placement, ...]:
    """Where each field of a params model goes, read from its metadata once per class."""
    found = _PLACEMENTS.get(params_class)
    if found is None:
        found = _PLACEMENTS[params_class] = tuple(
            (
                field.name,
                str(field.metadata.get("json", field.name)),
                field.metadata.get("in"),
                bool(field.metadata.get("explode", True)),
            )
            for field in attrs.fields(params_class)
        )
    return found


def _place_params(
    operation: Operation[Any], params: Any
) -> tuple[str, list[tuple[str, str]], dict[str, str]]:
    """The path with its parameters, the query pairs and the header parameters."""
    path = operation.path
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    if params is None:
        return path, query, headers
    path_values: dict[str, str] = {}
    for name, wire, location, explode in _placements(type(params)):
        value = getattr(params, name)
        if value is None:
            continue
        if location == "path":
            path_values[wire] = quote(_text(value), safe="")
        elif location == "header":
            headers[wire] = _text(value)
        elif isinstance(value, list):
            texts = [_text(item) for item in value]
            if explode:
                query.extend((wire, text) for text in texts)
            else:
                query.append((wire, ",".join(texts)))
        else:
            query.append((wire, _text(value)))
    if path_values:
        path = path.format(**path_values)
    return path, query, headers


def _text(value: Any) -> str:
    """A parameter value as it appears in a URL or header (enums by value, bools in lower case)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    raw = getattr(value, "_value_", value)
    return str(raw)
