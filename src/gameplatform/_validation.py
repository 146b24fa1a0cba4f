"""Validators for generated request models: each rule of a spec as a fast attrs validator.

Generated models attach them to fields, e.g.::

    game_id: int = attrs.field(validator=_v.integer(minimum=1), metadata={"json": "game_id"})

A failed rule raises :class:`gameplatform.errors.ValidationError` whose ``field`` is the
Python attribute name (the keyword the caller passed; ``user_ids[3]`` for a list item) and
whose ``reason`` says which rule failed (``"must match ^[A-Z]{3}$"``). A pattern must match
the whole value (``re.fullmatch``): ``"USD\n"`` does not pass ``^[A-Z]{3}$``. Every string must be
encodable as UTF-8 (no lone surrogates), and integers fit in 64 bits (32 with ``bits=32``).
Rules compose: every
factory returns a :class:`Rule`, which is an attrs validator and can also be nested inside
:func:`array`, :func:`mapping`, :func:`optional` and :func:`any_of`.

Models shared by requests and responses carry validators too; :func:`lenient` switches them
off while the serde layer reads a response, since response models are tolerant by design.

This module is the namespace generated code imports (``from gameplatform import _validation
as _v``); the code lives in:

- :mod:`gameplatform._rule`: :class:`Rule`, :func:`lenient` and the cross-field validators
  (:func:`not_less_than`, :func:`required_if`, :func:`all_of`);
- :mod:`gameplatform._scalar_rules`: :func:`string`, :func:`integer`, :func:`number`,
  :func:`boolean`, :func:`enum_member`, :func:`choice` and :func:`as_enum`;
- :mod:`gameplatform._composite_rules`: :func:`array`, :func:`mapping`, :func:`optional`,
  :func:`any_of`, :func:`model` and :func:`must_contain`;
- :mod:`gameplatform._text_checks`: the string :data:`FORMATS`, :func:`is_unicode_text` and
  the checks of header values and secret settings.
"""

from __future__ import annotations

from gameplatform._composite_rules import any_of, array, mapping, model, must_contain, optional
from gameplatform._rule import Check, Rule, all_of, lenient, not_less_than, required_if
from gameplatform._scalar_rules import (
    INT64_MAX,
    INT64_MIN,
    as_enum,
    boolean,
    choice,
    enum_member,
    integer,
    number,
    string,
)
from gameplatform._text_checks import (
    FORMATS,
    NOT_UNICODE,
    check_header_setting,
    check_header_text,
    check_secret_setting,
    is_unicode_text,
)

__all__ = [
    "FORMATS",
    "INT64_MAX",
    "INT64_MIN",
    "NOT_UNICODE",
    "Check",
    "Rule",
    "all_of",
    "any_of",
    "array",
    "as_enum",
    "boolean",
    "check_header_setting",
    "check_header_text",
    "check_secret_setting",
    "choice",
    "enum_member",
    "integer",
    "is_unicode_text",
    "lenient",
    "mapping",
    "model",
    "must_contain",
    "not_less_than",
    "number",
    "optional",
    "required_if",
    "string",
]
