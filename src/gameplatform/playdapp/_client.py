"""The Playdapp Developers V2 client: hosts, credentials and the per-attempt signature.

The methods come from the spec (:class:`~gameplatform.playdapp._api.PlaydappAPI`); this
adapter adds what no spec states: the body sent as the exact canonical JSON that is
signed, a fresh nonce, timestamp and signature on every attempt, and the Shop-in-Shop key.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import requests

from gameplatform._client import BaseClient, outgoing
from gameplatform._operation import Call
from gameplatform._transport import (
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    Flow,
    Transport,
    check_base_url,
)
from gameplatform.errors import ConfigurationError
from gameplatform.playdapp import _operations as op
from gameplatform.playdapp._api import PlaydappAPI
from gameplatform.playdapp._auth import PlaydappAuth, SisApiKeyAuth
from gameplatform.playdapp._signing import canonical_json

__all__ = ["DEFAULT_PAGE_SIZE", "MAX_STAKING_USERS", "PlaydappClient"]

DEFAULT_PAGE_SIZE = 100
"""Entries per request when iterating a list (the vendor's default page size for NFTs)."""
MAX_STAKING_USERS = 300
"""At most this many user ids per :meth:`PlaydappClient.get_staking` call (vendor limit)."""

_ITEM_MANAGER = "item_manager"
_SHOP_IN_SHOP = "shop_in_shop"
_ACCEPT = {"Accept": "application/json"}
_JSON = {"Accept": "application/json", "Content-Type": "application/json"}

logger = logging.getLogger("gameplatform.playdapp")


class PlaydappClient(PlaydappAPI, BaseClient):
    """Client for the Playdapp Developers V2 server APIs.

    ``base_url`` is the partner's Item Manager host (``https://{itemManagerHost}``), which
    serves items, NFTs, staking and rewards; ``shop_in_shop_base_url`` and ``sis_api_key``
    (both or neither) enable :meth:`get_browser_token`. ``api_key`` is the service's
    ``svc-api-key`` and ``api_secret`` its signing secret.

    Every signed call gets a fresh nonce and millisecond timestamp on every attempt and
    sends the canonical JSON it signed. Reads are retried on timeouts, resets and
    429/5xx (``max_retries``); calls that create, move or consume something
    (:meth:`map_item`, :meth:`unmap_item`, :meth:`create_nft`, :meth:`reward`,
    :meth:`get_browser_token`) are never repeated once they may have reached Playdapp.
    ``clock`` returns unix seconds; it exists for tests.
    """

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        api_secret: str,
        shop_in_shop_base_url: str | None = None,
        sis_api_key: str | None = None,
        session: requests.Session | None = None,
        timeout: float | tuple[float, float] | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        backoff_factor: float = 0.5,
        clock: Callable[[], float] | None = None,
    ) -> None:
        base_urls = {_ITEM_MANAGER: check_base_url(base_url, setting="base_url")}
        if (shop_in_shop_base_url is None) != (sis_api_key is None):
            raise ConfigurationError("shop_in_shop_base_url and sis_api_key must be given together")
        self._sis_auth: SisApiKeyAuth | None = None
        if shop_in_shop_base_url is not None and sis_api_key is not None:
            base_urls[_SHOP_IN_SHOP] = check_base_url(shop_in_shop_base_url, setting="shop_in_shop_base_url")
            self._sis_auth = SisApiKeyAuth(sis_api_key=sis_api_key)
        self._auth = PlaydappAuth(api_key=api_key, api_secret=api_secret, clock=clock or time.time)
        self._transport = Transport(
            platform=op.PLATFORM,
            base_urls=base_urls,
            session=session,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            backoff_factor=backoff_factor,
        )
        self._errors = op.ERRORS

    @property
    def base_url(self) -> str:
        """The Item Manager base URL."""
        return self._transport.base_url(_ITEM_MANAGER)

    @property
    def shop_in_shop_base_url(self) -> str | None:
        """The Shop-in-Shop base URL, or ``None`` when not configured."""
        return self._transport.base_url(_SHOP_IN_SHOP) if self._sis_auth is not None else None

    def __repr__(self) -> str:
        return (
            f"PlaydappClient(base_url={self.base_url!r}, "
            f"shop_in_shop_base_url={self.shop_in_shop_base_url!r})"
        )

    def _flow(self, call: Call) -> Flow:
        """The canonical JSON as the body; a signature (or the Shop-in-Shop key) on every attempt."""
        # Canonicalised once, before any I/O: input JavaScript would read differently is a
        # ValidationError here, and every attempt signs and sends this same text.
        canonical = canonical_json(call.body) if call.body is not None else None
        body = canonical.encode("utf-8") if canonical is not None else None
        headers = _JSON if body is not None else _ACCEPT
        if call.operation.auth == "sis-api-key":
            if self._sis_auth is None:
                raise ConfigurationError(
                    f"{call.operation.operation_id} needs shop_in_shop_base_url and sis_api_key"
                )
            yield outgoing(call, body=body, headers=headers, auth=self._sis_auth.apply)
        else:
            yield outgoing(call, body=body, headers=headers, auth=self._auth.signer(canonical))
