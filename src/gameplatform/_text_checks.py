"""Checks of text values: the string formats, valid Unicode, and values bound for HTTP headers.

:data:`FORMATS` holds the predicates behind ``string(formats=…)`` (and the names codegen
accepts for a spec's ``format``); :func:`is_unicode_text` is the UTF-8 test every string rule
applies. The header and secret checks are for hand-written code: client settings and
arguments that travel in headers or key a signature. Re-exported by
:mod:`gameplatform._validation`.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Final
from urllib.parse import urlsplit
from uuid import UUID

from gameplatform.errors import ConfigurationError, ValidationError

__all__ = [
    "FORMATS",
    "NOT_UNICODE",
    "check_header_setting",
    "check_header_text",
    "check_secret_setting",
    "is_unicode_text",
]


def _is_ipv4(value: str) -> bool:
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


def _is_ipv6(value: str) -> bool:
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    return True


_FORBIDDEN_IN_URL = re.compile(r"[\x00-\x20\x7f\\]")


def _is_http_url(value: str) -> bool:
    """An absolute ``http``/``https`` URL with a host, without spaces or control characters."""
    if _FORBIDDEN_IN_URL.search(value):
        return False
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def _is_email(value: str) -> bool:
    return _EMAIL.fullmatch(value) is not None


def _is_uuid(value: str) -> bool:
    try:
        UUID(value)
    except ValueError:
        return False
    return True


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII)


def _is_date_time(value: str) -> bool:
    """An RFC 3339 timestamp: date, time and a UTC offset (``Z`` or ``±hh:mm``)."""
    if _DATE_TIME.fullmatch(value) is None:
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return False
    return True


FORMATS: Final[dict[str, tuple[Callable[[str], bool], str]]] = {
    "ipv4": (_is_ipv4, "an IPv4 address"),
    "ipv6": (_is_ipv6, "an IPv6 address"),
    "uri": (_is_http_url, "an absolute http(s) URL"),
    "email": (_is_email, "an email address"),
    "uuid": (_is_uuid, "a UUID"),
    "date": (_is_date, "a date (YYYY-MM-DD)"),
    "date-time": (_is_date_time, "an RFC 3339 date-time"),
}
"""The string formats :func:`string` checks: name → (predicate, noun phrase for messages)."""


def is_unicode_text(value: str) -> bool:
    """Whether ``value`` can be encoded as UTF-8: no lone surrogates (``"\\ud800"``)."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


NOT_UNICODE = "must be valid Unicode text (it holds a lone surrogate)"


_HEADER_TEXT = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")


def check_header_text(field: str, value: object) -> str:
    """A value that travels in an HTTP header (an API key, a game id, a bearer token).

    It must be non-empty printable ASCII without leading or trailing spaces: CR, LF, NUL
    or other control characters would split or corrupt the header, and only fail (with
    the value in the message) when sent. Raises ``ValidationError(field, …)``.
    """
    if not isinstance(value, str) or not value:
        raise ValidationError(field, "must be a non-empty string")
    if _HEADER_TEXT.fullmatch(value) is None:
        raise ValidationError(
            field, "must be printable ASCII without control characters or surrounding spaces"
        )
    return value


def check_header_setting(setting: str, value: object) -> str:
    """:func:`check_header_text` for a client setting: a ``ConfigurationError`` naming it."""
    try:
        return check_header_text(setting, value)
    except ValidationError as exc:
        raise ConfigurationError(f"{setting} {exc.reason}") from None


def check_secret_setting(setting: str, value: object) -> str:
    """A signing key or secret: a non-empty string of valid Unicode (it is used as UTF-8 bytes)."""
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{setting} must be a non-empty string")
    if not is_unicode_text(value):
        raise ConfigurationError(f"{setting} must be valid Unicode text (no lone surrogates)")
    return value
