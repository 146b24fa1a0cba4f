"""The per-player handle: every PlayNANOO API, called as one player with its tokens and device."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from gameplatform._operation import Operation
from gameplatform.errors import ValidationError
from gameplatform.playnanoo._api import PlayNanooPlayerAPI
from gameplatform.playnanoo._models import DeviceInfo
from gameplatform.tokens import Token

if TYPE_CHECKING:
    from gameplatform.playnanoo._client import PlayNanooClient

__all__ = ["PlayNanooPlayer"]

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
