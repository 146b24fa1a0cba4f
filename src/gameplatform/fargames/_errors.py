"""FAR Games error classes, one per documented error code.

Each subclasses the generic class of :mod:`gameplatform.errors` that fits its
meaning, so ``except NotFoundError`` catches ``GameNotFound`` too.
Which code raises which class is data of the spec (``x-error-codes``, generated into
``_operations.ERROR_CODES``).
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
