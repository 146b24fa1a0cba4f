"""What every request to the PlayNANOO fake goes through before its route's handler runs.

In order: the ``X-Playnanoo-Key`` and ``X-Playnanoo-Id`` headers (403 otherwise), a route for
the path (404) and its method (405), the end of every withdrawal grace period that is over, a
JSON object body with the device fields (400 without ``device_id`` or with a ``platform`` other
than ``aos``/``ios``), and on player routes the bearer access token and the account's state.
A :class:`~gameplatform.testing._playnanoo_common.Failure` raised on the way or by the handler
becomes the error answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gameplatform.testing._playnanoo_accounts import Accounts
from gameplatform.testing._playnanoo_common import Failure, FakeState, Route
from gameplatform.testing._playnanoo_sessions import Sessions
from gameplatform.testing._server import FakeRequest, FakeResponse, json_response

__all__ = ["Gateway"]


class Gateway:
    """Checks a request, runs its route's handler and makes the answer (under the fake's lock)."""

    def __init__(
        self, state: FakeState, routes: Mapping[str, Route], *, accounts: Accounts, sessions: Sessions
    ) -> None:
        self._state = state
        self._routes = routes
        self._accounts = accounts
        self._sessions = sessions

    def answer(self, request: FakeRequest) -> FakeResponse:
        try:
            if (
                request.header("X-Playnanoo-Key") != self._state.service_key
                or request.header("X-Playnanoo-Id") != self._state.game_id
            ):
                raise Failure(403, "InvalidServiceKey", "unknown service key or game id")
            route = self._routes.get(request.path)
            if route is None:
                raise Failure(404, "NotFound", "no such API")
            method, needs_token, handler = route
            if request.method != method:
                raise Failure(405, "MethodNotAllowed", f"use {method}")
            self._accounts.sweep()
            body = _body(request)
            player = self._sessions.authenticate(request, body) if needs_token else None
            result = handler(body, player)
            return json_response(200, result)
        except Failure as failure:
            payload = {"ErrorCode": failure.code, "Message": failure.message, **failure.extra}
            return json_response(failure.status, payload)


def _body(request: FakeRequest) -> dict[str, Any]:
    """The request's JSON object body, with the device fields every PlayNANOO call carries."""
    content_type = (request.header("Content-Type") or "").split(";")[0].strip()
    if content_type != "application/json":
        raise Failure(400, "BadRequest", "Content-Type must be application/json")
    try:
        body = request.json()
    except ValueError:
        raise Failure(400, "BadRequest", "the body is not JSON") from None
    if not isinstance(body, dict):
        raise Failure(400, "BadRequest", "the body must be a JSON object")
    if not body.get("device_id"):
        raise Failure(400, "BadRequest", "device_id is required")
    if body.get("platform") not in ("aos", "ios"):
        raise Failure(400, "BadRequest", "platform must be aos or ios")
    return body
