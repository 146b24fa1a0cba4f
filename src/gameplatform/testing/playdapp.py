"""A local Playdapp server for tests: real HTTP on 127.0.0.1, Playdapp's checks and envelope.

Usage::

    with PlaydappFake() as fake:
        client = PlaydappClient(**fake.client_settings())
        client.map_item(user_id="u1", service_contract_id=1, item_code="sword",
                        item_id="42", item_attributes=[{"trait_type": "Base", "value": "Steel"}])

One server plays both Playdapp hosts (Item Manager and Shop-in-Shop): point both base
URLs at :attr:`url` (``client_settings()`` does).

What it checks, as the vendor documents it (seeds 003/004, platforms.md §2):

- every call but the browser token carries ``svc-api-key``, ``timestamp`` (ms), ``nonce``
  (8 of ``[A-Za-z0-9]``) and ``signature``; the fake parses the JSON body it received,
  re-canonicalises it with :func:`~gameplatform.playdapp.canonical_json` and recomputes
  the signature with :func:`~gameplatform.playdapp.sign` over the method, the path and
  query exactly as received, the nonce and the timestamp;
- a nonce is refused when it was used by a *successful* request less than
  ``nonce_window`` seconds (20) earlier;
- the browser token takes only ``sis-api-key`` and is single use
  (:meth:`PlaydappFake.redeem_browser_token` plays the browser opening the Item Manager);
- failures are ``{"result": false, "data": null, "errorMessage": "…"}``.

What it assumes where the vendor is silent (say so in your own tests if you rely on it):
HTTP 401 for a wrong key, a bad signature, a malformed nonce or timestamp, or a timestamp
more than ``timestamp_tolerance`` seconds (60) away from its clock; HTTP 409 for a
replayed nonce; HTTP 400 for malformed input; HTTP 404 for an unknown NFT or item and for
unknown routes; HTTP **200** with ``result: false`` for business-rule refusals (mapping an
item that is already mapped, un-mapping an item that is not burned). Item statuses go
``mapped`` → ``nft`` → ``burned`` → ``item`` (the user's minting and burning happen in
the Item Manager browser; tests move them with :meth:`PlaydappFake.set_item_status`).

This module holds the fake itself (its settings, set-up, inspection, test controls and
routing); request authentication is in ``_playdapp_auth``, the items, NFTs, staking,
rewards and browser tokens with their operations in ``_playdapp_store``, and the envelope
and input readers in ``_playdapp_wire``.
"""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypedDict

import attrs

from gameplatform.testing._playdapp_auth import NonceMemory, authenticate, check_sis_api_key
from gameplatform.testing._playdapp_store import PlaydappStore
from gameplatform.testing._playdapp_wire import ItemKey as ItemKey
from gameplatform.testing._playdapp_wire import (
    Refusal,
    failure_envelope,
    json_body,
    json_object,
    ok_envelope,
    query,
)
from gameplatform.testing._server import (
    FailureQueue,
    FakeRequest,
    FakeResponse,
    FakeServer,
    check_times,
    renamed_option,
)

__all__ = ["ClientSettings", "Operation", "PlaydappFake"]

Operation = Literal[
    "map_item",
    "list_items",
    "unmap_item",
    "create_nft",
    "list_nfts",
    "get_nft",
    "get_staking",
    "reward",
    "get_browser_token",
]

ItemStatus = Literal["mapped", "nft", "burned", "item"]


class ClientSettings(TypedDict):
    """The keyword arguments :meth:`PlaydappFake.client_settings` gives ``PlaydappClient``."""

    base_url: str
    shop_in_shop_base_url: str
    api_key: str
    api_secret: str
    sis_api_key: str


_ROUTES: dict[tuple[str, str], Operation] = {
    ("POST", "/v1/items"): "map_item",
    ("GET", "/v1/items"): "list_items",
    ("DELETE", "/v1/items"): "unmap_item",
    ("POST", "/v1/nfts"): "create_nft",
    ("GET", "/v1/nfts"): "list_nfts",
    ("GET", "/v1/staking"): "get_staking",
    ("POST", "/v1/reward"): "reward",
    ("POST", "/v1/browser/token"): "get_browser_token",
}
_NFT_PATH = re.compile(r"^/v1/nfts/([^/]+)$")


@attrs.frozen
class _QueuedFailure:
    http_status: int
    error_message: str


class PlaydappFake(FakeServer):
    """A Playdapp server on 127.0.0.1 with items, NFTs, staking data, rewards and browser tokens.

    ``clock`` (unix seconds; ``time.time`` by default) decides timestamp freshness and the
    nonce window; share one controllable clock with the client under test.
    """

    platform = "playdapp"

    def __init__(
        self,
        *,
        api_key: str = "playdapp-test-svc-api-key",
        api_secret: str = "playdapp-test-api-secret",
        sis_api_key: str = "playdapp-test-sis-api-key",
        clock: Callable[[], float] | None = None,
        timestamp_tolerance: float = 60.0,
        nonce_window: float = 20.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(host=host, port=port)
        if not timestamp_tolerance > 0 or not nonce_window > 0:
            raise ValueError("timestamp_tolerance and nonce_window must be positive seconds")
        self.api_key = api_key
        self.api_secret = api_secret
        self.sis_api_key = sis_api_key
        self.timestamp_tolerance = timestamp_tolerance
        self.nonce_window = nonce_window
        self._clock = clock if clock is not None else time.time
        self.clock = self._clock  # the Date header tells the same time as the timestamp checks
        self._nonces = NonceMemory()
        self._store = PlaydappStore()
        self._failures: FailureQueue[_QueuedFailure] = FailureQueue()
        self._rejections: list[tuple[Operation | None, int, str]] = []

    def serves(self, method: str, path: str) -> bool:
        return _route(FakeRequest(method, path, "", {}, b""))[0] is not None

    def client_settings(self) -> ClientSettings:
        """Keyword arguments for :class:`~gameplatform.playdapp.PlaydappClient` pointing at this fake."""
        return {
            "base_url": self.url,
            "shop_in_shop_base_url": self.url,
            "api_key": self.api_key,
            "api_secret": self.api_secret,
            "sis_api_key": self.sis_api_key,
        }

    # -- set-up ------------------------------------------------------------------

    def set_staking(
        self, *, user_id: str, wallet_address: str, staking: Sequence[Mapping[str, Any]] = ()
    ) -> None:
        """Record a user's staking information (what ``GET /v1/staking`` returns for them)."""
        with self.lock:
            self._store.staking[user_id] = {
                "walletAddress": wallet_address,
                "userId": user_id,
                "staking": [dict(entry) for entry in staking],
            }

    def set_item_status(
        self, *, service_contract_id: int, item_code: str, item_id: str, status: ItemStatus
    ) -> None:
        """Move a mapped item along, as the user's minting or burning in the Item Manager would."""
        with self.lock:
            item = self._store.items.get((service_contract_id, item_code, item_id))
            if item is None:
                raise KeyError(f"no mapped item {item_code}/{item_id} (contract {service_contract_id})")
            item["status"] = status

    # -- inspection ----------------------------------------------------------------

    @property
    def items(self) -> list[dict[str, Any]]:
        """Every mapped item, as the platform would list it (copies)."""
        with self.lock:
            return copy.deepcopy(list(self._store.items.values()))

    @property
    def nfts(self) -> list[dict[str, Any]]:
        """Every minted NFT (copies)."""
        with self.lock:
            return copy.deepcopy(list(self._store.nfts.values()))

    @property
    def rewards(self) -> list[dict[str, Any]]:
        """Every reward paid, with the body fields it was paid with (copies)."""
        with self.lock:
            return copy.deepcopy(self._store.rewards)

    @property
    def rejections(self) -> list[tuple[Operation | None, int, str]]:
        """``(operation, http_status, errorMessage)`` of every request the fake refused."""
        with self.lock:
            return list(self._rejections)

    @property
    def browser_tokens_issued(self) -> int:
        with self.lock:
            return len(self._store.browser_tokens)

    def redeem_browser_token(self, token: str) -> str:
        """Use a browser token as the Item Manager would; return its ``partnerUserId``.

        A token works once: an unknown or already used token raises :class:`KeyError`
        (the Item Manager answers 401).
        """
        with self.lock:
            entry = self._store.browser_tokens.get(token)
            if entry is None or entry.used:
                raise KeyError("unknown or already used browser token")
            entry.used = True
            return entry.partner_user_id

    # -- test controls -------------------------------------------------------------

    def fail_next(
        self,
        code: int = 200,
        *,
        times: int = 1,
        operation: Operation | None = None,
        message: str = "Internal error",
        http_status: int | None = None,
        error_message: str | None = None,
    ) -> None:
        """Answer the next ``times`` matching requests with ``{"result": false, …}`` and nothing else.

        Playdapp documents no error codes: its failures differ only by HTTP status and
        ``errorMessage``. So ``code`` is the HTTP status to answer with: 200 (the default)
        is the platform's "failure with HTTP 200", 401 a rejected key or signature, 404,
        429, 503, …; ``message`` is the ``errorMessage``. ``operation`` limits it to one
        operation (``None``: any). The request has no effect and its nonce stays unused.
        ``http_status=`` and ``error_message=`` are the older spellings of ``code`` and
        ``message``.
        """
        code = renamed_option("PlaydappFake", "code", code, "http_status", http_status)
        message = renamed_option("PlaydappFake", "message", message, "error_message", error_message)
        if isinstance(code, bool) or not isinstance(code, int) or not 100 <= code <= 599:
            raise ValueError("code must be the HTTP status to answer with (Playdapp has no error codes)")
        times = check_times(times)
        with self.lock:
            self._failures.push(_QueuedFailure(code, message), scope=operation, times=times)

    def forget_nonces(self) -> None:
        """Clear the replay memory (as if more than ``nonce_window`` seconds had passed)."""
        with self.lock:
            self._nonces.clear()

    # -- HTTP ----------------------------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        with self.lock:
            operation, nft_id = _route(request)
            try:
                if operation is None:
                    raise Refusal(404, f"Cannot {request.method} {request.path}")
                failure = self._failures.take(operation)
                if failure is not None:
                    raise Refusal(failure.http_status, failure.error_message)
                if operation == "get_browser_token":
                    check_sis_api_key(request, self.sis_api_key)
                    body = json_body(request)
                    return ok_envelope(self._store.get_browser_token(body))
                body = authenticate(
                    request,
                    api_key=self.api_key,
                    api_secret=self.api_secret,
                    clock=self._clock,
                    timestamp_tolerance=self.timestamp_tolerance,
                    nonces=self._nonces,
                    nonce_window=self.nonce_window,
                )
                data = self._dispatch(operation, request, body, nft_id)
                self._nonces.remember(request.header("nonce") or "", self._clock(), self.nonce_window)
                return ok_envelope(data)
            except Refusal as refusal:
                self._rejections.append((operation, refusal.status, refusal.message))
                return failure_envelope(refusal.status, refusal.message)

    def _dispatch(self, operation: Operation, request: FakeRequest, body: Any, nft_id: str | None) -> Any:
        store = self._store
        if operation == "map_item":
            return store.map_item(json_object(body))
        if operation == "list_items":
            return store.list_items(query(request))
        if operation == "unmap_item":
            return store.unmap_item(json_object(body))
        if operation == "create_nft":
            return store.create_nft(json_object(body))
        if operation == "list_nfts":
            return store.list_nfts(query(request))
        if operation == "get_nft":
            return store.get_nft(nft_id or "")
        if operation == "get_staking":
            return store.get_staking(query(request))
        return store.reward(json_object(body))


# -- routing -----------------------------------------------------------------------


def _route(request: FakeRequest) -> tuple[Operation | None, str | None]:
    operation = _ROUTES.get((request.method, request.path))
    if operation is not None:
        return operation, None
    match = _NFT_PATH.fullmatch(request.path)
    if match is not None and request.method == "GET":
        return "get_nft", match.group(1)
    return None, None
