"""Keeping secrets out of what errors carry: response bodies with token-like values blanked."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["REDACTED", "SecretKeys", "redact"]

REDACTED = "[redacted]"
"""What a secret value is replaced with."""

MAX_TEXT = 500
"""How much of a body that is not JSON an error keeps."""


class SecretKeys:
    """The JSON keys whose values are secrets, matched case-insensitively (``AccessToken``,
    ``access_token``)."""

    __slots__ = ("_folded",)

    def __init__(self, keys: Iterable[str]) -> None:
        self._folded = frozenset(key.lower().replace("_", "") for key in keys)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower().replace("_", "") in self._folded


def redact(data: Any, secrets: SecretKeys) -> Any:
    """A copy of a decoded body with the values of secret keys blanked, at any depth."""
    if isinstance(data, dict):
        return {
            key: REDACTED if key in secrets and value is not None else redact(value, secrets)
            for key, value in data.items()
        }
    if isinstance(data, list):
        return [redact(item, secrets) for item in data]
    return data
