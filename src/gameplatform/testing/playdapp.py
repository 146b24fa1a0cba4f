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
"""

from __future__ import annotations

import copy
import hmac
import json
import math
import re
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypedDict, TypeGuard

import attrs

from gameplatform.errors import ValidationError
from gameplatform.playdapp._signing import sign
from gameplatform.testing._server import (
    FailureQueue,
    FakeRequest,
    FakeResponse,
    FakeServer,
    check_times,
    json_response,
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
_NONCE = re.compile(r"^[A-Za-z0-9]{8}$")
_TIMESTAMP = re.compile(r"^[0-9]{1,16}$")
_DIGITS = re.compile(r"^[0-9]{1,15}$")
_WALLET = re.compile(r"^0x[0-9a-fA-F]{40}$")
_MAX_STAKING_USERS = 300
_DEFAULT_PAGE_SIZE = 100
_MAX_SAFE_INTEGER = 2**53 - 1
_PAGING_DIGITS = re.compile(r"[0-9]{1,16}")

ItemKey = tuple[int, str, str]


class _Refusal(Exception):
    """Ends handling of one request with a failure envelope."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@attrs.frozen
class _QueuedFailure:
    http_status: int
    error_message: str


@attrs.define
class _BrowserToken:
    partner_user_id: str
    used: bool = False


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
        self._nonces: dict[str, float] = {}
        self._items: dict[ItemKey, dict[str, Any]] = {}
        self._nfts: dict[int, dict[str, Any]] = {}
        self._staking: dict[str, dict[str, Any]] = {}
        self._rewards: list[dict[str, Any]] = []
        self._browser_tokens: dict[str, _BrowserToken] = {}
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
            self._staking[user_id] = {
                "walletAddress": wallet_address,
                "userId": user_id,
                "staking": [dict(entry) for entry in staking],
            }

    def set_item_status(
        self, *, service_contract_id: int, item_code: str, item_id: str, status: ItemStatus
    ) -> None:
        """Move a mapped item along, as the user's minting or burning in the Item Manager would."""
        with self.lock:
            item = self._items.get((service_contract_id, item_code, item_id))
            if item is None:
                raise KeyError(f"no mapped item {item_code}/{item_id} (contract {service_contract_id})")
            item["status"] = status

    # -- inspection ----------------------------------------------------------------

    @property
    def items(self) -> list[dict[str, Any]]:
        """Every mapped item, as the platform would list it (copies)."""
        with self.lock:
            return copy.deepcopy(list(self._items.values()))

    @property
    def nfts(self) -> list[dict[str, Any]]:
        """Every minted NFT (copies)."""
        with self.lock:
            return copy.deepcopy(list(self._nfts.values()))

    @property
    def rewards(self) -> list[dict[str, Any]]:
        """Every reward paid, with the body fields it was paid with (copies)."""
        with self.lock:
            return copy.deepcopy(self._rewards)

    @property
    def rejections(self) -> list[tuple[Operation | None, int, str]]:
        """``(operation, http_status, errorMessage)`` of every request the fake refused."""
        with self.lock:
            return list(self._rejections)

    @property
    def browser_tokens_issued(self) -> int:
        with self.lock:
            return len(self._browser_tokens)

    def redeem_browser_token(self, token: str) -> str:
        """Use a browser token as the Item Manager would; return its ``partnerUserId``.

        A token works once: an unknown or already used token raises :class:`KeyError`
        (the Item Manager answers 401).
        """
        with self.lock:
            entry = self._browser_tokens.get(token)
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
                    raise _Refusal(404, f"Cannot {request.method} {request.path}")
                failure = self._failures.take(operation)
                if failure is not None:
                    raise _Refusal(failure.http_status, failure.error_message)
                if operation == "get_browser_token":
                    self._check_sis_api_key(request)
                    body = _json_body(request)
                    return _ok(self._get_browser_token(body))
                body = self._authenticate(request)
                data = self._dispatch(operation, request, body, nft_id)
                self._remember_nonce(request)
                return _ok(data)
            except _Refusal as refusal:
                self._rejections.append((operation, refusal.status, refusal.message))
                return _failure(refusal.status, refusal.message)

    def _check_sis_api_key(self, request: FakeRequest) -> None:
        if not _same(request.header("sis-api-key"), self.sis_api_key):
            raise _Refusal(401, "Invalid sis-api-key")

    def _authenticate(self, request: FakeRequest) -> Any:
        """Check key, timestamp, nonce and signature; return the parsed body (``None``: none)."""
        if not _same(request.header("svc-api-key"), self.api_key):
            raise _Refusal(401, "Invalid svc-api-key")
        timestamp_text = request.header("timestamp") or ""
        if not _TIMESTAMP.fullmatch(timestamp_text):
            raise _Refusal(401, "Invalid timestamp")
        nonce = request.header("nonce") or ""
        if not _NONCE.fullmatch(nonce):
            raise _Refusal(401, "Invalid nonce")
        signature = request.header("signature") or ""
        body = _json_body(request) if request.body else None
        timestamp = int(timestamp_text)
        path = request.path + ("?" + request.raw_query if request.raw_query else "")
        try:
            expected = sign(self.api_secret, request.method, path, timestamp, nonce, body)
        except ValidationError:
            # JavaScript would read this body differently from what the client signed.
            raise _Refusal(401, "Invalid signature") from None
        if not _same(signature, expected):
            raise _Refusal(401, "Invalid signature")
        now = self._clock()
        if abs(now * 1000 - timestamp) > self.timestamp_tolerance * 1000:
            raise _Refusal(401, "Request timestamp expired")
        used_at = self._nonces.get(nonce)
        if used_at is not None and now - used_at < self.nonce_window:
            raise _Refusal(409, "Nonce already used")
        return body

    def _remember_nonce(self, request: FakeRequest) -> None:
        now = self._clock()
        self._nonces[request.header("nonce") or ""] = now
        if len(self._nonces) > 1024:
            horizon = now - self.nonce_window
            self._nonces = {n: t for n, t in self._nonces.items() if t >= horizon}

    def _dispatch(self, operation: Operation, request: FakeRequest, body: Any, nft_id: str | None) -> Any:
        if operation == "map_item":
            return self._map_item(_object(body))
        if operation == "list_items":
            return self._list_items(_query(request))
        if operation == "unmap_item":
            return self._unmap_item(_object(body))
        if operation == "create_nft":
            return self._create_nft(_object(body))
        if operation == "list_nfts":
            return self._list_nfts(_query(request))
        if operation == "get_nft":
            return self._get_nft(nft_id or "")
        if operation == "get_staking":
            return self._get_staking(request)
        return self._reward(_object(body))

    # -- operations ----------------------------------------------------------------

    def _map_item(self, body: dict[str, Any]) -> dict[str, Any]:
        key = _item_key(body)
        user_id = _string(body, "userId")
        attributes = _attributes(body.get("itemAttributes"), "itemAttributes")
        existing = self._items.get(key)
        if existing is not None and existing["status"] != "item":
            raise _Refusal(200, "Item is already mapped")
        item = {
            "userId": user_id,
            "serviceContractId": key[0],
            "itemCode": key[1],
            "itemId": key[2],
            "itemAttributes": attributes,
            "status": "mapped",
        }
        self._items.pop(key, None)
        self._items[key] = item
        return copy.deepcopy(item)

    def _list_items(self, query: dict[str, list[str]]) -> dict[str, Any]:
        status = _single(query, "status")
        entries = [i for i in self._items.values() if status is None or i["status"] == status]
        return _page(entries, query)

    def _unmap_item(self, body: dict[str, Any]) -> dict[str, Any]:
        key = _item_key(body)
        user_id = _string(body, "userId")
        item = self._items.get(key)
        if item is None:
            raise _Refusal(404, "Item not found")
        if item["userId"] != user_id:
            raise _Refusal(400, "Item is mapped to another user")
        if item["status"] != "burned":
            raise _Refusal(200, "Item is not burned")
        item["status"] = "item"
        return copy.deepcopy(item)

    def _create_nft(self, body: dict[str, Any]) -> dict[str, Any]:
        wallet = body.get("walletAddress")
        if not isinstance(wallet, str) or not _WALLET.fullmatch(wallet):
            raise _Refusal(400, "walletAddress must be a wallet address")
        contract = _contract_id(body)
        metadata_in = body.get("metadata")
        if not isinstance(metadata_in, dict):
            raise _Refusal(400, "metadata is required")
        metadata: dict[str, Any] = {}
        for name in ("name", "image", "description"):
            if name in metadata_in:
                if not isinstance(metadata_in[name], str):
                    raise _Refusal(400, f"metadata.{name} must be a string")
                metadata[name] = metadata_in[name]
        metadata["attributes"] = _attributes(metadata_in.get("attributes"), "metadata.attributes")
        nft_id = len(self._nfts) + 1
        nft = {"nftId": nft_id, "walletAddress": wallet, "serviceContractId": contract, "metadata": metadata}
        self._nfts[nft_id] = nft
        return copy.deepcopy(nft)

    def _list_nfts(self, query: dict[str, list[str]]) -> dict[str, Any]:
        wallet = _single(query, "walletAddress")
        entries = [
            n for n in self._nfts.values() if wallet is None or n["walletAddress"].lower() == wallet.lower()
        ]
        return _page(entries, query)

    def _get_nft(self, raw_id: str) -> dict[str, Any]:
        if not _DIGITS.fullmatch(raw_id):
            raise _Refusal(400, "nftId must be a number")
        nft = self._nfts.get(int(raw_id))
        if nft is None:
            raise _Refusal(404, "NFT not found")
        return copy.deepcopy(nft)

    def _get_staking(self, request: FakeRequest) -> dict[str, Any]:
        user_ids = _query(request).get("userIds", [])
        if not user_ids:
            raise _Refusal(400, "userIds is required")
        if len(user_ids) > _MAX_STAKING_USERS:
            raise _Refusal(400, f"userIds can hold at most {_MAX_STAKING_USERS} ids")
        found = [copy.deepcopy(self._staking[u]) for u in dict.fromkeys(user_ids) if u in self._staking]
        return {"total": len(found), "list": found}

    def _reward(self, body: dict[str, Any]) -> dict[str, Any]:
        user_id = _string(body, "userId")
        amount = body.get("amount")
        if not _is_number(amount) or amount <= 0:
            raise _Refusal(400, "amount must be a positive number")
        reward = {**body, "rewardId": len(self._rewards) + 1}
        self._rewards.append(reward)
        return {"rewardId": reward["rewardId"], "userId": user_id, "amount": amount}

    def _get_browser_token(self, body: Any) -> dict[str, Any]:
        partner_user_id = _string(_object(body), "partnerUserId")
        token = secrets.token_urlsafe(24)
        self._browser_tokens[token] = _BrowserToken(partner_user_id)
        return {"oneTimeToken": token}


# -- helpers -----------------------------------------------------------------------


def _route(request: FakeRequest) -> tuple[Operation | None, str | None]:
    operation = _ROUTES.get((request.method, request.path))
    if operation is not None:
        return operation, None
    match = _NFT_PATH.fullmatch(request.path)
    if match is not None and request.method == "GET":
        return "get_nft", match.group(1)
    return None, None


def _ok(data: Any) -> FakeResponse:
    return json_response(200, {"result": True, "data": data})


def _failure(status: int, message: str) -> FakeResponse:
    return json_response(status, {"result": False, "data": None, "errorMessage": message})


def _same(given: str | None, expected: str) -> bool:
    if given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def _json_body(request: FakeRequest) -> Any:
    try:
        return json.loads(request.body.decode("utf-8"))
    except ValueError:
        raise _Refusal(400, "Body must be JSON") from None


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise _Refusal(400, "Body must be a JSON object")
    return body


def _string(body: Mapping[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise _Refusal(400, f"{name} must be a non-empty string")
    return value


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _contract_id(body: Mapping[str, Any]) -> int:
    value = body.get("serviceContractId")
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= _MAX_SAFE_INTEGER:
        raise _Refusal(400, "serviceContractId must be a number")
    return value


def _item_key(body: Mapping[str, Any]) -> ItemKey:
    return _contract_id(body), _string(body, "itemCode"), _string(body, "itemId")


def _attributes(value: Any, name: str) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise _Refusal(400, f"{name} must be an array")
    result = []
    for index, entry in enumerate(value):
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("trait_type"), str)
            or not (isinstance(entry.get("value"), str) or _is_number(entry.get("value")))
        ):
            raise _Refusal(400, f"{name}[{index}] must have a trait_type and a value")
        result.append(dict(entry))
    return result


def _query(request: FakeRequest) -> dict[str, list[str]]:
    query: dict[str, list[str]] = {}
    for name, value in request.query:
        query.setdefault(name, []).append(value)
    return query


def _single(query: Mapping[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise _Refusal(400, f"{name} must be given once")
    return values[0]


def _count(query: Mapping[str, list[str]], name: str, default: int, minimum: int) -> int:
    """A paging number: the vendor's default when absent; an integer JavaScript holds exactly."""
    raw = _single(query, name)
    if raw is None:
        return default
    if not _PAGING_DIGITS.fullmatch(raw) or not minimum <= int(raw) <= _MAX_SAFE_INTEGER:
        raise _Refusal(400, f"{name} must be an integer from {minimum} to {_MAX_SAFE_INTEGER}")
    return int(raw)


def _page(entries: list[dict[str, Any]], query: Mapping[str, list[str]]) -> dict[str, Any]:
    offset = _count(query, "offset", 0, 0)
    limit = _count(query, "limit", _DEFAULT_PAGE_SIZE, 1)
    return {
        "total": len(entries),
        "list": copy.deepcopy(entries[offset : offset + limit]),
        "offset": offset,
        "limit": limit,
    }
