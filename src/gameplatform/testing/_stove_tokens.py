"""The STOVE fake's two kinds of token.

Server tokens (:class:`ServerTokens`): the registered API clients, the token-issue call
with STOVE's 70 % rule (while more than 30 % of the current token's life remains, the same
token is returned with ``expires_in`` counting down; after that a new one), and the check
of a token a call carries; every token issued stays valid until its own expiry unless
revoked. Player tokens (:class:`PlayerTokens`): HS256 JWTs the fake mints with a key of its
own and reads back only when that key signed them. Not locked: the fake calls these under
its own lock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import secrets
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from gameplatform.testing._server import FakeRequest, FakeResponse, json_response
from gameplatform.testing._stove_wire import BAD_REQUEST, INVALID_CLIENT, OK, envelope, json_object

__all__ = ["Client", "IssuedToken", "PlayerTokens", "ServerTokens"]


@attrs.define
class Client:
    """Registered API credentials and the life of the server tokens issued to them."""

    client_secret: str = attrs.field(repr=False)
    service_id: str
    token_lifetime: float


@attrs.define
class IssuedToken:
    """A server token the fake minted: for whom, when, until when, and whether revoked."""

    client_id: str
    issued_at: float
    expires_at: float
    revoked: bool = False

    @property
    def lifetime(self) -> float:
        return self.expires_at - self.issued_at


class ServerTokens:
    """The registered clients and every server token issued to them, on the fake's ``clock``."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self.clients: dict[str, Client] = {}
        self._current: dict[str, str] = {}
        self._issued: dict[str, IssuedToken] = {}
        self.minted = 0
        """How many distinct server tokens were minted."""

    def issue(self, request: FakeRequest) -> FakeResponse:
        """Answer ``POST /auth/v5/server_token``: check the client, apply the 70 % rule."""
        body = json_object(request)
        fields = [body.get(name) if body else None for name in ("client_id", "client_secret", "service_id")]
        if not all(isinstance(value, str) and value for value in fields):
            return envelope("issue_server_token", BAD_REQUEST)
        instance_id = body.get("instance_id") if body else None
        if instance_id is not None and not (isinstance(instance_id, str) and instance_id):
            return envelope("issue_server_token", BAD_REQUEST)
        client_id, client_secret, service_id = (str(value) for value in fields)
        client = self.clients.get(client_id)
        if (
            client is None
            or not hmac.compare_digest(client.client_secret.encode(), client_secret.encode())
            or client.service_id != service_id
        ):
            return envelope("issue_server_token", INVALID_CLIENT, status=401)
        now = self._clock()
        token = self._current.get(client_id)
        issued = self._issued.get(token) if token is not None else None
        if token is None or issued is None or issued.expires_at - now <= 0.3 * issued.lifetime:
            token = base64.urlsafe_b64encode(secrets.token_bytes(96)).decode("ascii")
            issued = IssuedToken(client_id=client_id, issued_at=now, expires_at=now + client.token_lifetime)
            self._issued[token] = issued
            self._current[client_id] = token
            self.minted += 1
        data = {
            "access_token": token,
            "token_type": "bearer",
            "expires_in": max(0, math.floor(issued.expires_at - now)),
        }
        return json_response(200, {"code": OK, "message": "success", "response_data": data})

    def problem(self, token: str) -> str | None:
        """What is wrong with a server token (``"unknown"``, ``"revoked"``, ``"expired"``), or ``None``."""
        issued = self._issued.get(token) if token else None
        if issued is None:
            return "unknown"
        if issued.revoked:
            return "revoked"
        if self._clock() >= issued.expires_at:
            return "expired"
        return None

    def revoke_all(self) -> None:
        """Make every server token issued so far invalid; the next issue mints a new one."""
        for issued in self._issued.values():
            issued.revoked = True
        self._current.clear()


class PlayerTokens:
    """Player tokens (HS256 JWTs) signed with a key only this fake knows."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)

    def sign(self, payload: Mapping[str, Any]) -> str:
        """A JWT carrying ``payload``."""
        signing_input = _b64(json.dumps({"alg": "HS256"}).encode()) + "." + _b64(json.dumps(payload).encode())
        signature = hmac.new(self._key, signing_input.encode("ascii"), hashlib.sha256).digest()
        return signing_input + "." + _b64(signature)

    def claims(self, token: str) -> dict[str, Any] | None:
        """The payload of a player token this fake minted (signature checked), else ``None``."""
        parts = token.split(".")
        if len(parts) != 3:
            return None
        signing_input = (parts[0] + "." + parts[1]).encode("ascii", "replace")
        expected = _b64(hmac.new(self._key, signing_input, hashlib.sha256).digest())
        if not hmac.compare_digest(expected.encode(), parts[2].encode("ascii", "replace")):
            return None
        try:
            payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
        except ValueError:
            return None
        return payload if isinstance(payload, dict) else None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
