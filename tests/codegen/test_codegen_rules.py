"""Property schemas → validator expressions."""

from __future__ import annotations

import pytest

from codegen._rules import field_rule


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "integer"}, "_v.integer()"),
        ({"type": "integer", "format": "int64"}, "_v.integer()"),
        ({"type": "integer", "format": "int32", "minimum": 0}, "_v.integer(minimum=0, bits=32)"),
        ({"type": "string", "pattern": "^[A-Z]{3}$"}, "_v.string(pattern='^[A-Z]{3}$')"),
    ],
)
def test_field_rules(schema: dict[str, object], expected: str) -> None:
    assert field_rule({}, schema, required=True) == expected
