"""The per-player handle: every PlayNANOO API, called as one player with its tokens and device."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from gameplatform._operation import Operation
from gameplatform._serde import to_wire
from gameplatform.errors import ReloginRequired, ValidationError
from gameplatform.playnanoo._api import PlayNanooPlayerAPI
from gameplatform.playnanoo._errors import PLATFORM
from gameplatform.playnanoo._models import DeviceInfo
from gameplatform.tokens import Token

if TYPE_CHECKING:
    from gameplatform.playnanoo._client import PlayNanooClient

__all__ = ["PlayNanooPlayer", "PlayerCall", "encode_body", "remote_config_key", "with_bearer"]

R = TypeVar("R")


class PlayNanooPlayer(PlayNanooPlayerAPI):
    """One player, as seen by a :class:`~gameplatform.playnanoo.PlayNanooClient`.

    Sign-in methods keep the returned tokens under :attr:`player_key` (or, when the handle
    was made without one, under the ``UserUniqueID`` the sign-in returns, which then becomes
    the handle's key). The other methods call the APIs with those tokens, refreshing them
    once on a 401. Every body carries :attr:`device`'s fields; ``uuid`` and ``nickname``,
    when the ``DeviceInfo`` leaves them out, come from the player's last sign-in.

    Every method raises :class:`~gameplatform.errors.ValidationError` for bad arguments
    before any I/O, and the typed errors of :mod:`gameplatform.errors` (plus
    :class:`~gameplatform.playnanoo.AccountBlocked`, …) for failures.
    """

    def __init__(self, client: PlayNanooClient, player_key: str | None, device: DeviceInfo) -> None:
        if player_key is not None and (not isinstance(player_key, str) or not player_key):
            raise ValidationError("player_key", "must be a non-empty string or None")
        if not isinstance(device, DeviceInfo):
            raise ValidationError("device", "must be a gameplatform.playnanoo.DeviceInfo")
        for name in ("device_id", "platform"):
            if not getattr(device, name):
                raise ValidationError(f"device.{name}", "is required")
        self._client = client
        self._player_key = player_key
        self._device = device

    @property
    def player_key(self) -> str | None:
        """The key the player's tokens are kept under (``None`` until a keyless handle signs in)."""
        return self._player_key

    @property
    def device(self) -> DeviceInfo:
        return self._device

    @property
    def tokens(self) -> Token | None:
        """The player's current pair (``None`` before sign-in)."""
        return self._client.get_tokens(self._player_key) if self._player_key is not None else None

    def refresh_tokens(self) -> Token:
        """Refresh the pair now (the same single-flight refresh a 401 triggers)."""
        if self._player_key is None:
            raise ValidationError("player_key", "is unknown until this handle signs the player in")
        return self._client.refresh_tokens(self._player_key, device=self._device)

    def __repr__(self) -> str:
        return f"PlayNanooPlayer(player_key={self._player_key!r}, platform={str(self._device.platform)!r})"

    def _invoke(self, operation: Operation[R], arguments: Mapping[str, Any]) -> R:
        result, key = self._client._call_as(self._player_key, self._device, operation, arguments)
        self._player_key = key
        return result


def encode_body(
    body: dict[str, Any], token: Token | None = None, operation: Operation[Any] | None = None
) -> bytes:
    """The JSON body; a field the spec fills with the access token gets the one in use."""
    if token is not None and operation is not None:
        wire = operation.fill_wire_name("access_token")
        if wire is not None:
            body = {**body, wire: token.access_token}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def remote_config_key(table_code: object) -> str:
    """The public storage key a remote config table is read under (the vendor's client builds it so)."""
    if not isinstance(table_code, str) or not table_code:
        raise ValidationError("table_code", "is required")
    return f"RemoteConfig_{table_code}"


def with_bearer(headers: Mapping[str, str], token: Token) -> dict[str, str]:
    return {**headers, "Authorization": f"Bearer {token.access_token}"}


class PlayerCall:
    """Who a call is made as: the values the spec lets the client fill in for a player."""

    __slots__ = ("_client", "_looked_up", "_token", "device", "key", "signed_in")

    def __init__(
        self, client: PlayNanooClient, key: str | None, device: DeviceInfo, *, signed_in: bool
    ) -> None:
        self._client = client
        self.key = key
        self.device = device
        self.signed_in = signed_in
        """Whether the call is made with the player's pair (its sign-in fills absent device fields)."""
        self._token: Token | None = None
        self._looked_up = False

    def require_key(self) -> str:
        if self.key is None:
            raise ValidationError("player_key", "is unknown until this handle signs the player in")
        return self.key

    def token(self) -> Token:
        """The player's current pair (read from the store once per call)."""
        token = self._stored()
        if token is None:
            self.require_key()
            raise ReloginRequired("no tokens are kept for this player; sign in first", platform=PLATFORM)
        return token

    def kept(self) -> Token | None:
        """The player's current pair, or ``None`` when the client keeps none for it."""
        return self._stored()

    def _stored(self) -> Token | None:
        if not self._looked_up and self.key is not None:
            self._token = self._client.get_tokens(self.key)
            self._looked_up = True
        return self._token

    def fill(self, source: str, arguments: Mapping[str, Any]) -> Any:
        if source == "common_body":
            return self.device_fields()
        if source == "access_token":
            return self.token().access_token
        if source == "device_id":
            return self.device.device_id or ""
        if source == "remote_config_key":
            return remote_config_key(arguments.get("table_code"))
        raise NotImplementedError(f"PlayNANOO fills no {source!r}")

    def device_fields(self) -> dict[str, Any]:
        """The device fields, ``uuid``/``nickname`` filled from the last sign-in when absent."""
        fields = to_wire(self.device)
        if self.signed_in and (not fields.get("uuid") or not fields.get("nickname")):
            token = self._stored()
            if token is not None:
                for field, extra in (("uuid", "user_unique_id"), ("nickname", "nickname")):
                    known = token.extra.get(extra)
                    if not fields.get(field) and isinstance(known, str) and known:
                        fields[field] = known
        return fields
