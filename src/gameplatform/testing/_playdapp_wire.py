"""Playdapp's wire format as the fake reads and writes it.

The :class:`Refusal` a check raises to end a request with a failure, the
``{"result", "data", "errorMessage"}`` envelope, readers for JSON bodies and repeated query
parameters (with the messages the fake refuses bad input with), and the ``offset``/``limit``
paging of the list calls. Numbers follow JavaScript: ids and paging values must fit in a
double exactly.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Mapping
from typing import Any, TypeGuard

from gameplatform.testing._server import FakeRequest, FakeResponse, json_response

__all__ = [
    "ItemKey",
    "Refusal",
    "attributes",
    "contract_id",
    "failure_envelope",
    "is_number",
    "item_key",
    "json_body",
    "json_object",
    "ok_envelope",
    "page",
    "query",
    "single",
    "string",
]

ItemKey = tuple[int, str, str]
"""What identifies a mapped item: ``(serviceContractId, itemCode, itemId)``."""

_DEFAULT_PAGE_SIZE = 100
_MAX_SAFE_INTEGER = 2**53 - 1
_PAGING_DIGITS = re.compile(r"[0-9]{1,16}")


class Refusal(Exception):
    """Ends handling of one request with a failure envelope."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def ok_envelope(data: Any) -> FakeResponse:
    """A success: HTTP 200 ``{"result": true, "data": …}``."""
    return json_response(200, {"result": True, "data": data})


def failure_envelope(status: int, message: str) -> FakeResponse:
    """A failure: ``{"result": false, "data": null, "errorMessage": …}`` with ``status``."""
    return json_response(status, {"result": False, "data": None, "errorMessage": message})


def json_body(request: FakeRequest) -> Any:
    """The body parsed as JSON (400 when it is not JSON)."""
    try:
        return json.loads(request.body.decode("utf-8"))
    except ValueError:
        raise Refusal(400, "Body must be JSON") from None


def json_object(body: Any) -> dict[str, Any]:
    """A parsed body that must be a JSON object (400 otherwise)."""
    if not isinstance(body, dict):
        raise Refusal(400, "Body must be a JSON object")
    return body


def string(body: Mapping[str, Any], name: str) -> str:
    """A non-empty string field (400 otherwise)."""
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise Refusal(400, f"{name} must be a non-empty string")
    return value


def is_number(value: object) -> TypeGuard[int | float]:
    """A finite JSON number (``bool`` is not one)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def contract_id(body: Mapping[str, Any]) -> int:
    """``serviceContractId``: an integer JavaScript holds exactly (400 otherwise)."""
    value = body.get("serviceContractId")
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= _MAX_SAFE_INTEGER:
        raise Refusal(400, "serviceContractId must be a number")
    return value


def item_key(body: Mapping[str, Any]) -> ItemKey:
    """The item a body names (400 when a part is missing or malformed)."""
    return contract_id(body), string(body, "itemCode"), string(body, "itemId")


def attributes(value: Any, name: str) -> list[dict[str, Any]]:
    """An array of ``{trait_type, value}`` attributes, copied (400 otherwise)."""
    if not isinstance(value, list):
        raise Refusal(400, f"{name} must be an array")
    result = []
    for index, entry in enumerate(value):
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("trait_type"), str)
            or not (isinstance(entry.get("value"), str) or is_number(entry.get("value")))
        ):
            raise Refusal(400, f"{name}[{index}] must have a trait_type and a value")
        result.append(dict(entry))
    return result


def query(request: FakeRequest) -> dict[str, list[str]]:
    """The query parameters by name, repeats kept in order."""
    parameters: dict[str, list[str]] = {}
    for name, value in request.query:
        parameters.setdefault(name, []).append(value)
    return parameters


def single(parameters: Mapping[str, list[str]], name: str) -> str | None:
    """A query parameter given at most once (400 when repeated; ``None`` when absent)."""
    values = parameters.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise Refusal(400, f"{name} must be given once")
    return values[0]


def page(entries: list[dict[str, Any]], parameters: Mapping[str, list[str]]) -> dict[str, Any]:
    """One page of ``entries`` (copies) as the list calls answer it, per ``offset`` and ``limit``."""
    offset = _count(parameters, "offset", 0, 0)
    limit = _count(parameters, "limit", _DEFAULT_PAGE_SIZE, 1)
    return {
        "total": len(entries),
        "list": copy.deepcopy(entries[offset : offset + limit]),
        "offset": offset,
        "limit": limit,
    }


def _count(parameters: Mapping[str, list[str]], name: str, default: int, minimum: int) -> int:
    """A paging number: the vendor's default when absent; an integer JavaScript holds exactly."""
    raw = single(parameters, name)
    if raw is None:
        return default
    if not _PAGING_DIGITS.fullmatch(raw) or not minimum <= int(raw) <= _MAX_SAFE_INTEGER:
        raise Refusal(400, f"{name} must be an integer from {minimum} to {_MAX_SAFE_INTEGER}")
    return int(raw)
