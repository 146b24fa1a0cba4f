"""FAR Games error classes, one per documented error code.

Each subclasses the generic class of :mod:`gameplatform.errors` that fits its
meaning, so ``except NotFoundError`` catches ``GameNotFound`` too.
The code → class table is checked against the spec's ``x-error-codes`` by the tests.
"""

from __future__ import annotations

from gameplatform.errors import (
    APIError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
)

__all__ = [
    "AgentNotFound",
    "ApiTokenNotFound",
    "FarGamesValidationError",
    "GameNotAvailable",
    "GameNotFound",
    "GameProviderNotFound",
    "InvalidSignature",
    "MethodNotAllowed",
    "RequestExpired",
    "SignatureRequired",
    "error_class_for_code",
]


class SignatureRequired(AuthenticationError):
    """``signature_required`` (401): the ``X-Signature`` header was missing."""


class InvalidSignature(PermissionDeniedError):
    """``invalid_signature`` (403): the signature did not match; check the API token."""


class AgentNotFound(NotFoundError):
    """``agent_not_found`` (404): no agent with this ``agent_id``."""


class ApiTokenNotFound(AuthenticationError):
    """``api_token_not_found`` (404): the agent has no API token configured on the platform.

    An :class:`AuthenticationError` although the platform answers 404: nothing the
    caller asked for is missing; the agent's credentials are.
    """


class GameNotFound(NotFoundError):
    """``game_not_found`` (404): no game with this ``game_id``."""


class GameNotAvailable(PermissionDeniedError):
    """``game_not_available`` (403): the game exists but is not enabled for this agent."""


class GameProviderNotFound(NotFoundError):
    """``game_provider_not_found`` (404): no provider offers a demo of this game."""


class MethodNotAllowed(APIError):
    """``method_not_allowed`` (405): the platform only accepts ``POST``."""


class FarGamesValidationError(APIError):
    """``validation_error`` (422): the platform rejected a parameter.

    The SDK validates input before sending, so this usually means the platform's
    rules are stricter than its documentation (``message`` says which).
    """


class RequestExpired(APIError):
    """``request_expired`` (400): the request's timestamp was outside the platform's window.

    The client corrects its clock offset from the platform's answer and retries
    once on its own; this is raised only when that did not help.
    ``server_time`` is the platform's clock (unix seconds) read from the answer.
    """

    server_time: float | None = None


_BY_CODE: dict[str, type[APIError]] = {
    "signature_required": SignatureRequired,
    "invalid_signature": InvalidSignature,
    "agent_not_found": AgentNotFound,
    "api_token_not_found": ApiTokenNotFound,
    "game_not_found": GameNotFound,
    "game_not_available": GameNotAvailable,
    "game_provider_not_found": GameProviderNotFound,
    "method_not_allowed": MethodNotAllowed,
    "validation_error": FarGamesValidationError,
    "request_expired": RequestExpired,
}


def error_class_for_code(code: str | None) -> type[APIError] | None:
    """The class for a documented error code, or ``None`` for an unknown one."""
    if code is None:
        return None
    return _BY_CODE.get(code)
