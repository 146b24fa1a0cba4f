"""Reading a platform's answer: success or typed failure, from the spec's envelope data.

One decoder for every platform. What differs between them is data, generated from each
spec (:class:`~gameplatform._operation.Envelope`, ``ERROR_CODES``, the status classes and
the secret keys): the success test, where the code, message, request id and result are,
which class each code or status raises, and which values never stay in an error's body.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import requests

from gameplatform._json import loads
from gameplatform._operation import Envelope, ErrorCode, Operation
from gameplatform._redaction import MAX_TEXT, SecretKeys, redact
from gameplatform._serde import ResponseShapeError, from_wire
from gameplatform._transport import retry_after_seconds
from gameplatform.errors import APIError, RateLimitError, error_class_for_status

__all__ = ["PlatformErrors", "decode", "failure_code", "parsed_body"]

R = TypeVar("R")

_NOT_PARSED = object()


def parsed_body(response: requests.Response) -> Any:
    """The answer's body decoded as JSON (``None`` when empty or not JSON), parsed once per answer."""
    cached = getattr(response, "_gameplatform_json", _NOT_PARSED)
    if cached is not _NOT_PARSED:
        return cached
    content = response.content
    value: Any = None
    if content:
        try:
            value = loads(content)
        except ValueError:
            value = None
    response._gameplatform_json = value  # type: ignore[attr-defined]  # a per-answer cache
    return value


@attrs.frozen
class PlatformErrors:
    """What a platform's failures become (generated from its spec, plus the platform's base class)."""

    platform: str
    codes: Mapping[Any, ErrorCode]
    """Documented codes (``x-error-codes``)."""
    statuses: Mapping[int, type[APIError]] = attrs.field(factory=dict)
    """Classes for HTTP statuses without a documented code (``x-http-statuses``; 500 stands for 5xx)."""
    base: type[APIError] = APIError
    """The class of a failure nothing more specific describes."""
    secrets: SecretKeys = attrs.field(factory=lambda: SecretKeys(()))
    """Keys whose values are blanked in an error's ``body``."""
    enrich: Callable[[APIError, requests.Response], None] | None = None
    """Called with each error before it is raised (platform extras such as a clock reading)."""

    def class_for(self, code: Any, status: int) -> tuple[type[APIError], ErrorCode | None]:
        documented = self.codes.get(code) if code is not None else None
        if documented is not None:
            return documented.error, documented
        if status >= 400:
            listed = self.statuses.get(500 if status >= 500 else status)
            if listed is not None:
                return listed, None
            generic = error_class_for_status(status)
            if generic is not APIError:
                return generic, None
        return self.base, None


def _normalise(value: Any, numeric: bool) -> Any:
    """A code as the spec lists it: numeric text as a number for numeric platforms; empty as ``None``."""
    if value is None or isinstance(value, bool) or value == "":
        return None
    if numeric:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
    return value


def failure_code(envelope: Envelope, payload: Any) -> Any:
    """The error code an answer's body carries (normalised), or ``None``."""
    if envelope.code_field is None or not isinstance(payload, dict):
        return None
    return _normalise(payload.get(envelope.code_field), envelope.numeric_codes)


def _is_success(envelope: Envelope, status: int, payload: Any) -> bool:
    if envelope.statuses:
        if status not in envelope.statuses:
            return False
    elif not 200 <= status < 300:
        return False
    if envelope.success_field is None:
        return True
    if not isinstance(payload, dict):
        return False
    value = payload.get(envelope.success_field)
    if value is None or value == "":
        return envelope.success_if_missing
    if not isinstance(value, bool):
        value = _normalise(value, envelope.numeric_codes)
    return any(type(value) is type(wanted) and value == wanted for wanted in envelope.success_values)


def decode(operation: Operation[R], response: requests.Response, errors: PlatformErrors) -> R:
    """The result model of a success, or the typed error of a failure (raised)."""
    envelope = operation.envelope
    status = response.status_code
    if status == 204 and operation.empty_result and not response.content:
        return from_wire(operation.result, {})
    payload = parsed_body(response)
    if not _is_success(envelope, status, payload):
        raise _failure(operation, response, payload, errors)
    data = payload
    if operation.result_field is not None:
        data = payload.get(operation.result_field) if isinstance(payload, dict) else None
        if data is None and operation.empty_result:
            data = {}
    if data is None or (operation.result_field is None and not isinstance(data, dict)):
        raise _shape_error(operation, response, payload, errors, "the answer carries no result")
    try:
        return from_wire(operation.result, data)
    except ResponseShapeError as error:
        raise _shape_error(operation, response, payload, errors, str(error)) from None


def _request_id(envelope: Envelope, response: requests.Response, payload: Any) -> str | None:
    if envelope.request_id_field is not None and isinstance(payload, dict):
        value = payload.get(envelope.request_id_field)
        if value is not None and value != "":
            return str(value)
    for name in envelope.request_id_headers:
        header = response.headers.get(name)
        if header:
            return header
    return None


def _safe_body(response: requests.Response, payload: Any, errors: PlatformErrors) -> Any:
    if payload is not None:
        return redact(payload, errors.secrets)
    return response.text[:MAX_TEXT] if response.content else None


def _failure(
    operation: Operation[Any], response: requests.Response, payload: Any, errors: PlatformErrors
) -> APIError:
    envelope = operation.envelope
    status = response.status_code
    code = failure_code(envelope, payload)
    cls, documented = errors.class_for(code, status)
    message: Any = None
    if envelope.message_field is not None and isinstance(payload, dict):
        message = payload.get(envelope.message_field)
    if not isinstance(message, str) or not message:
        if 200 <= status < 300 and code is None:
            what = "the body is not JSON" if payload is None else "not a success envelope"
            message = f"malformed {operation.operation_id} answer: {what}"
        else:
            message = f"HTTP {status} {response.reason or ''}".strip()
            if payload is None and response.content:
                message += " (the body is not JSON)"
    kwargs: dict[str, Any] = {
        "platform": errors.platform,
        "http_status": status,
        "code": code,
        "request_id": _request_id(envelope, response, payload),
        "body": _safe_body(response, payload, errors),
    }
    if documented is not None and isinstance(payload, dict):
        for keyword, key in documented.fields:
            value = payload.get(key)
            kwargs[keyword] = value if isinstance(value, str) and value else None
    if issubclass(cls, RateLimitError):
        kwargs["retry_after"] = retry_after_seconds(response)
    error = cls(message[:MAX_TEXT], **kwargs)
    if errors.enrich is not None:
        errors.enrich(error, response)
    return error


def _shape_error(
    operation: Operation[Any],
    response: requests.Response,
    payload: Any,
    errors: PlatformErrors,
    what: str,
) -> APIError:
    """A 2xx answer that is not what the operation returns: the platform's base class, not a crash."""
    return errors.base(
        f"unexpected {operation.operation_id} answer: {what}"[:MAX_TEXT],
        platform=errors.platform,
        http_status=response.status_code,
        code=failure_code(operation.envelope, payload),
        request_id=_request_id(operation.envelope, response, payload),
        body=None if operation.secret_result else _safe_body(response, payload, errors),
    )
