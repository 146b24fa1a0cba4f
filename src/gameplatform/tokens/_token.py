"""The :class:`Token` value: an access token, when it expires, and what came with it."""

from __future__ import annotations

import json
import math
import types
from collections.abc import Mapping
from typing import Any, Self

import attrs

from gameplatform.errors import ValidationError

__all__ = ["Token"]

_FORMAT_VERSION = 1


def _check_secret(name: str, value: object, *, optional: bool) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not value:
        raise ValidationError(name, "must be a non-empty string")


def _check_time(name: str, value: object, *, optional: bool) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(name, "must be a finite number of unix seconds")


def _access_token_validator(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_secret(attribute.name, value, optional=False)


def _refresh_token_validator(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_secret(attribute.name, value, optional=True)


def _expires_at_validator(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_time(attribute.name, value, optional=True)


def _issued_at_validator(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_time(attribute.name, value, optional=False)


def _token_type_validator(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise ValidationError(attribute.name, "must be a non-empty string")


def _freeze_extra(value: object) -> Mapping[str, Any]:
    """Copy ``extra`` into a read-only mapping, so a frozen token stays frozen.

    It must survive the JSON round trip every store relies on; checking here,
    when the token is built, means a memory store and a Redis store accept and
    refuse exactly the same tokens.
    """
    if not isinstance(value, Mapping):
        raise ValidationError("extra", "must be a mapping")
    copied = dict(value)
    if not all(isinstance(name, str) for name in copied):
        raise ValidationError("extra", "keys must be strings")
    try:
        json.dumps(copied, allow_nan=False)
    except (TypeError, ValueError):
        raise ValidationError("extra", "values must be JSON-serialisable") from None
    return types.MappingProxyType(copied)


@attrs.frozen
class Token:
    """An access token as received, with the moment it arrived and when it expires.

    ``issued_at`` and ``expires_at`` are unix seconds measured by the receiver's
    clock at receipt (``expires_at = issued_at + expires_in``), never the
    platform's clock, so clock skew between machines does not matter.
    ``expires_at`` is ``None`` when the platform does not say.

    The access token, the refresh token and ``extra`` never appear in ``repr``.
    Stores keep tokens as JSON (:meth:`to_json` / :meth:`from_json`), never pickles.
    """

    access_token: str = attrs.field(repr=False, validator=_access_token_validator)
    expires_at: float | None = attrs.field(validator=_expires_at_validator)
    issued_at: float = attrs.field(validator=_issued_at_validator)
    refresh_token: str | None = attrs.field(default=None, repr=False, validator=_refresh_token_validator)
    token_type: str = attrs.field(default="bearer", validator=_token_type_validator)
    extra: Mapping[str, Any] = attrs.field(factory=dict, repr=False, hash=False, converter=_freeze_extra)

    @classmethod
    def from_expires_in(
        cls,
        *,
        access_token: str,
        expires_in: float | None,
        now: float,
        refresh_token: str | None = None,
        token_type: str = "bearer",
        extra: Mapping[str, Any] | None = None,
    ) -> Self:
        """Build a token from a platform answer's ``expires_in`` (seconds), received at ``now``."""
        _check_time("expires_in", expires_in, optional=True)
        _check_time("now", now, optional=False)
        return cls(
            access_token=access_token,
            expires_at=None if expires_in is None else now + expires_in,
            issued_at=now,
            refresh_token=refresh_token,
            token_type=token_type,
            extra={} if extra is None else extra,
        )

    @property
    def lifetime(self) -> float | None:
        """Seconds between receipt and expiry, or ``None`` when the expiry is unknown."""
        if self.expires_at is None:
            return None
        return self.expires_at - self.issued_at

    def is_expired(self, now: float) -> bool:
        """Whether the token has expired at ``now`` (unix seconds); never, when the expiry is unknown."""
        return self.expires_at is not None and now >= self.expires_at

    def to_json(self) -> str:
        """The token as a compact JSON document (what stores keep)."""
        return json.dumps(
            {
                "v": _FORMAT_VERSION,
                "access_token": self.access_token,
                "expires_at": self.expires_at,
                "issued_at": self.issued_at,
                "refresh_token": self.refresh_token,
                "token_type": self.token_type,
                "extra": dict(self.extra),
            },
            separators=(",", ":"),
            allow_nan=False,
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """Rebuild a token written by :meth:`to_json`.

        Raises :class:`~gameplatform.errors.ValidationError` (field ``"token"``, or the
        offending field) when ``text`` is not such a document; the message never
        quotes the document, which holds secrets.
        """
        try:
            document = json.loads(text)
        except (TypeError, ValueError):
            raise ValidationError("token", "not a JSON document") from None
        if not isinstance(document, dict):
            raise ValidationError("token", "not a JSON object")
        if document.get("v") != _FORMAT_VERSION:
            raise ValidationError("token", f"not a version {_FORMAT_VERSION} token document")
        try:
            return cls(
                access_token=document["access_token"],
                expires_at=document["expires_at"],
                issued_at=document["issued_at"],
                refresh_token=document.get("refresh_token"),
                token_type=document.get("token_type", "bearer"),
                extra=document.get("extra") or {},
            )
        except KeyError as missing:
            raise ValidationError(str(missing.args[0]), "missing") from None
