"""The description of one platform operation, as generated from a spec."""

from __future__ import annotations

from typing import Any

import attrs

from gameplatform.errors import APIError

__all__ = ["Endpoint", "ErrorCode"]


@attrs.frozen
class ErrorCode:
    """One documented error code: what the platform answers and the SDK error it becomes.

    Generated modules hold them in ``ERROR_CODES``, keyed by ``code``.
    """

    code: str | int
    """The platform's error code."""
    http_status: int
    """The HTTP status the platform documents with it (0 when it documents none)."""
    error: type[APIError]
    """The ``gameplatform.errors`` class it maps to (platform modules may raise a subclass)."""
    description: str
    """What the platform documents the code to mean."""


@attrs.frozen
class Endpoint:
    """One operation of a platform API: where it lives and how it may be retried.

    Generated modules (``<platform>/_endpoints.py``) hold one constant per operation;
    clients read them instead of repeating paths, methods and idempotency by hand.
    """

    operation_id: str
    method: str
    path: str
    idempotent: bool
    host: str | None = None
    request_model: type[Any] | None = None
    params_model: type[Any] | None = None
    response_model: type[Any] | None = None
    error_model: type[Any] | None = None
    result_field: str | None = None
    summary: str = ""

    def format_path(self, **path_params: object) -> str:
        """The path with ``{name}`` placeholders filled in (values URL-quoted)."""
        if not path_params:
            return self.path
        from urllib.parse import quote

        return self.path.format(**{k: quote(str(v), safe="") for k, v in path_params.items()})
