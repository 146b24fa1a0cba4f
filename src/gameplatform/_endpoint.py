"""The description of one platform operation, as generated from a spec."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["Endpoint"]


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
