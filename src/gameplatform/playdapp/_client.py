"""The Playdapp Developers V2 client: Item Manager, NFTs, P2E and the Shop-in-Shop browser token."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import requests

from gameplatform._client import BaseClient
from gameplatform._endpoint import Endpoint
from gameplatform._serde import ResponseShapeError, from_wire, to_wire
from gameplatform._transport import (
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    Transport,
    check_base_url,
    json_or_none,
    retry_after_seconds,
)
from gameplatform.errors import APIError, ConfigurationError, RateLimitError, ValidationError
from gameplatform.playdapp._auth import PlaydappAuth, SisApiKeyAuth
from gameplatform.playdapp._endpoints import (
    CREATE_NFT,
    GET_BROWSER_TOKEN,
    GET_NFT,
    GET_STAKING,
    LIST_ITEMS,
    LIST_NFTS,
    MAP_ITEM,
    REWARD,
    UNMAP_ITEM,
)
from gameplatform.playdapp._errors import PlaydappError, error_class_for_status
from gameplatform.playdapp._models import (
    AttributeInput,
    BrowserToken,
    CreateNftRequest,
    GetBrowserTokenRequest,
    GetNftParams,
    GetStakingParams,
    ItemList,
    ListItemsParams,
    ListNftsParams,
    MapItemRequest,
    MappedItem,
    Nft,
    NftList,
    NftMetadataInput,
    RewardRequest,
    RewardResult,
    StakingList,
    UnmapItemRequest,
    UnmapItemResult,
)
from gameplatform.playdapp._pagination import iterate_pages
from gameplatform.playdapp._signing import canonical_json

__all__ = ["DEFAULT_PAGE_SIZE", "MAX_STAKING_USERS", "PlaydappClient"]

PLATFORM = "playdapp"
DEFAULT_PAGE_SIZE = 100
"""Entries per request when iterating a list (the vendor's default page size for NFTs)."""
MAX_STAKING_USERS = 300
"""At most this many user ids per :meth:`PlaydappClient.get_staking` call (vendor limit)."""

_ITEM_MANAGER = "item_manager"
_SHOP_IN_SHOP = "shop_in_shop"
_ACCEPT = {"Accept": "application/json"}
_JSON = {"Accept": "application/json", "Content-Type": "application/json"}

_ResultT = TypeVar("_ResultT")
AttributeLike = AttributeInput | Mapping[str, Any]
"""An item or NFT trait: an :class:`AttributeInput` or a mapping with ``trait_type``, ``value``
and optionally ``display_type``."""

logger = logging.getLogger("gameplatform.playdapp")


class PlaydappClient(BaseClient):
    """Client for the Playdapp Developers V2 server APIs.

    ``base_url`` is the partner's Item Manager host (``https://{itemManagerHost}``), which
    serves items, NFTs, staking and rewards; ``shop_in_shop_base_url`` and ``sis_api_key``
    (both or neither) enable :meth:`get_browser_token`. ``api_key`` is the service's
    ``svc-api-key`` and ``api_secret`` its signing secret.

    Every signed call gets a fresh nonce and millisecond timestamp on every attempt and
    sends the canonical JSON it signed. Reads are retried on timeouts, resets and
    429/502/503/504 (``max_retries``); calls that create, move or consume something
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
            platform=PLATFORM,
            base_urls=base_urls,
            session=session,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            backoff_factor=backoff_factor,
        )

    # -- settings ------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The Item Manager base URL."""
        return self._transport.base_url(_ITEM_MANAGER)

    @property
    def shop_in_shop_base_url(self) -> str | None:
        """The Shop-in-Shop base URL, or ``None`` when not configured."""
        return self._transport.base_url(_SHOP_IN_SHOP) if self._sis_auth is not None else None

    # -- Item Manager ----------------------------------------------------------------

    def map_item(
        self,
        *,
        user_id: str,
        service_contract_id: int,
        item_code: str,
        item_id: str,
        item_attributes: Sequence[AttributeLike],
    ) -> MappedItem:
        """Map an in-game item to a user so the user can turn it into an NFT (``POST /v1/items``).

        Never retried once it may have been sent: on a :class:`TransportError`, look the
        item up with :meth:`list_items` before mapping again.
        """
        request = MapItemRequest(
            user_id=user_id,
            service_contract_id=service_contract_id,
            item_code=item_code,
            item_id=item_id,
            item_attributes=_attributes(item_attributes, "item_attributes"),
        )
        return self._call(MAP_ITEM, MappedItem, body=to_wire(request))

    def list_items(
        self, *, status: str | None = None, offset: int | None = None, limit: int | None = None
    ) -> ItemList:
        """One page of mapped items (``GET /v1/items``), optionally only those in ``status``.

        ``status`` is an :class:`ItemStatus` value such as ``"burned"`` or ``"item"``.
        """
        params = ListItemsParams(status=_status_text(status), offset=offset, limit=limit)
        return self._call(LIST_ITEMS, ItemList, query=_query(params))

    def iter_items(
        self, *, status: str | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> Iterator[MappedItem]:
        """Every mapped item (in ``status``), fetched ``page_size`` at a time as the iterator advances.

        Stops at the ``total`` the platform reports or on an empty page. Arguments are
        checked now, before the first request.
        """
        status_text = _status_text(status)
        _check_page_size(page_size)
        ListItemsParams(status=status_text)

        def fetch(offset: int, limit: int) -> tuple[Sequence[MappedItem], int | None]:
            page = self.list_items(status=status_text, offset=offset, limit=limit)
            return page.list or [], page.total

        return iterate_pages(fetch, start=0, page_size=page_size)

    def unmap_item(
        self,
        *,
        user_id: str,
        service_contract_id: int,
        item_code: str,
        item_id: str,
        extra_fields: Mapping[str, Any] | None = None,
    ) -> UnmapItemResult:
        """Turn a burned NFT back into an in-game item (``DELETE /v1/items``); its status becomes ``item``.

        The request body is inferred (the vendor does not publish it): ``extra_fields``
        adds fields your Playdapp contact names. Not retried automatically: the
        burned → item change happens once, so a repeat after a lost answer would be
        refused and look like a failure. On a :class:`TransportError`, check
        :meth:`list_items` (``status="item"``) first.
        """
        request = UnmapItemRequest(
            user_id=user_id, service_contract_id=service_contract_id, item_code=item_code, item_id=item_id
        )
        body = _with_extra_fields(to_wire(request), extra_fields)
        return self._call(UNMAP_ITEM, UnmapItemResult, body=body, empty_data_ok=True)

    # -- Basic: NFTs -----------------------------------------------------------------

    def create_nft(
        self,
        *,
        wallet_address: str,
        service_contract_id: int,
        attributes: Sequence[AttributeLike],
        name: str | None = None,
        image: str | None = None,
        description: str | None = None,
    ) -> Nft:
        """Mint an NFT to ``wallet_address`` (``POST /v1/nfts``).

        ``name``, ``image`` and ``description`` default to what was registered in the
        Playdapp Developers Console. Never retried once it may have been sent.
        """
        metadata = NftMetadataInput(
            name=name,
            image=image,
            description=description,
            attributes=_attributes(attributes, "attributes"),
        )
        request = CreateNftRequest(
            wallet_address=wallet_address, service_contract_id=service_contract_id, metadata=metadata
        )
        return self._call(CREATE_NFT, Nft, body=to_wire(request))

    def list_nfts(
        self, *, wallet_address: str | None = None, offset: int | None = None, limit: int | None = None
    ) -> NftList:
        """One page of NFTs (``GET /v1/nfts``), optionally of one wallet."""
        params = ListNftsParams(wallet_address=wallet_address, offset=offset, limit=limit)
        return self._call(LIST_NFTS, NftList, query=_query(params))

    def iter_nfts(
        self, *, wallet_address: str | None = None, page_size: int = DEFAULT_PAGE_SIZE
    ) -> Iterator[Nft]:
        """Every NFT (of ``wallet_address``), fetched ``page_size`` at a time as the iterator advances."""
        _check_page_size(page_size)
        ListNftsParams(wallet_address=wallet_address)

        def fetch(offset: int, limit: int) -> tuple[Sequence[Nft], int | None]:
            page = self.list_nfts(wallet_address=wallet_address, offset=offset, limit=limit)
            return page.list or [], page.total

        return iterate_pages(fetch, start=0, page_size=page_size)

    def get_nft(self, *, nft_id: int) -> Nft:
        """One NFT by the id its mint answered (``GET /v1/nfts/{nftId}``)."""
        params = GetNftParams(nft_id=nft_id)
        path = GET_NFT.format_path(nftId=params.nft_id)
        return self._call(GET_NFT, Nft, path=path)

    # -- P2E -----------------------------------------------------------------------------

    def get_staking(self, *, user_ids: Sequence[str]) -> StakingList:
        """Staking information of up to 300 users (``GET /v1/staking?userIds=…&userIds=…``)."""
        if isinstance(user_ids, str | bytes) or not isinstance(user_ids, Sequence):
            raise ValidationError("user_ids", "must be a list of user id strings")
        if len(user_ids) > MAX_STAKING_USERS:
            raise ValidationError(
                "user_ids", f"must hold at most {MAX_STAKING_USERS} ids, got {len(user_ids)}"
            )
        params = GetStakingParams(user_ids=list(user_ids))
        return self._call(GET_STAKING, StakingList, query=_query(params))

    def reward(
        self, *, user_id: str, amount: float, extra_fields: Mapping[str, Any] | None = None
    ) -> RewardResult:
        """Pay a P2E reward to a user (``POST /v1/reward``), in the currency set in the Console.

        The request body is inferred (the vendor does not publish it): ``extra_fields``
        adds fields your Playdapp contact names. Moves value, so it is never retried once
        it may have been sent; on a :class:`TransportError`, reconcile before paying again.
        """
        request = RewardRequest(user_id=user_id, amount=amount)
        body = _with_extra_fields(to_wire(request), extra_fields)
        return self._call(REWARD, RewardResult, body=body, empty_data_ok=True)

    # -- Shop-in-Shop ----------------------------------------------------------------------

    def get_browser_token(self, *, partner_user_id: str) -> BrowserToken:
        """A single-use token that opens the Item Manager in a browser (``POST /v1/browser/token``).

        Authenticated with ``sis-api-key`` only. Each call issues a new token and is not
        retried once it may have been sent. Treat ``one_time_token`` as a secret.
        """
        if self._sis_auth is None:
            raise ConfigurationError("get_browser_token needs shop_in_shop_base_url and sis_api_key")
        request = GetBrowserTokenRequest(partner_user_id=partner_user_id)
        token = self._call(GET_BROWSER_TOKEN, BrowserToken, body=to_wire(request), auth=self._sis_auth.apply)
        if not token.one_time_token:
            # Asking again is harmless (unlike a mint), so an answer without a token is an error.
            raise _shape_error(GET_BROWSER_TOKEN, None, "no data.oneTimeToken", None, None)
        return token

    # -- lifecycle -------------------------------------------------------------------------

    def __repr__(self) -> str:
        return (
            f"PlaydappClient(base_url={self.base_url!r}, "
            f"shop_in_shop_base_url={self.shop_in_shop_base_url!r})"
        )

    # -- internals -------------------------------------------------------------------------

    def _call(
        self,
        endpoint: Endpoint,
        result: type[_ResultT],
        *,
        body: Any = None,
        query: list[tuple[str, str]] | None = None,
        path: str | None = None,
        auth: Callable[[requests.PreparedRequest], None] | None = None,
        empty_data_ok: bool = False,
    ) -> _ResultT:
        # Canonicalise once, before any I/O: input JavaScript would read differently is a
        # ValidationError here. The signer sends (and signs) this same canonical text.
        payload = canonical_json(body).encode("utf-8") if body is not None else None
        response = self._transport.send(
            endpoint.method,
            path or endpoint.path,
            host=endpoint.host or _ITEM_MANAGER,
            query=query,
            body=payload,
            headers=_JSON if payload is not None else _ACCEPT,
            auth=auth or self._auth.apply,
            idempotent=endpoint.idempotent,
        )
        try:
            return _decode(endpoint, response, result, empty_data_ok=empty_data_ok)
        finally:
            response.close()


def _decode(
    endpoint: Endpoint, response: requests.Response, result: type[_ResultT], *, empty_data_ok: bool
) -> _ResultT:
    """The result model of a success envelope, or the typed error of a failure."""
    status = response.status_code
    payload = json_or_none(response)
    envelope = payload if isinstance(payload, dict) else None
    request_id = response.headers.get("x-request-id")
    if not 200 <= status < 300:
        message = _error_message(envelope) or f"HTTP {status} {response.reason or ''}".strip()
        error_class = error_class_for_status(status)
        logger.debug("%s failed: HTTP %d", endpoint.operation_id, status)
        if issubclass(error_class, RateLimitError):
            raise error_class(
                message,
                retry_after=retry_after_seconds(response),
                platform=PLATFORM,
                http_status=status,
                request_id=request_id,
                body=payload if payload is not None else response.text,
            )
        raise error_class(
            message,
            platform=PLATFORM,
            http_status=status,
            request_id=request_id,
            body=payload if payload is not None else response.text,
        )
    if status == 204 and empty_data_ok and not response.content:
        # "No Content" to a call whose answer carries no data is a plain success.
        return from_wire(result, {})
    # A successful answer may carry a secret (the browser token): keep it out of errors.
    safe_body = None if endpoint is GET_BROWSER_TOKEN else payload
    if envelope is None or not isinstance(envelope.get("result"), bool):
        raise _shape_error(endpoint, status, "the body is not a Playdapp envelope", safe_body, request_id)
    if envelope["result"] is not True:
        logger.debug("%s failed: result false with HTTP %d", endpoint.operation_id, status)
        raise PlaydappError(
            _error_message(envelope) or "request failed (result: false)",
            platform=PLATFORM,
            http_status=status,
            request_id=request_id,
            body=payload,
        )
    data = envelope.get("data")
    if data is None and empty_data_ok:
        data = {}
    if not isinstance(data, dict):
        raise _shape_error(endpoint, status, "data is not an object", safe_body, request_id)
    try:
        model = from_wire(result, data)
    except (ResponseShapeError, ValueError, TypeError) as exc:
        raise _shape_error(endpoint, status, f"unexpected data ({exc})", safe_body, request_id) from None
    logger.debug("%s succeeded (HTTP %d)", endpoint.operation_id, status)
    return model


def _shape_error(
    endpoint: Endpoint, status: int | None, what: str, body: Any, request_id: str | None
) -> APIError:
    return PlaydappError(
        f"unexpected {endpoint.operation_id} response: {what}",
        platform=PLATFORM,
        http_status=status,
        request_id=request_id,
        body=body,
    )


def _error_message(envelope: Mapping[str, Any] | None) -> str | None:
    if envelope is None:
        return None
    message = envelope.get("errorMessage")
    return message if isinstance(message, str) and message else None


def _attributes(values: Sequence[AttributeLike], field: str) -> list[AttributeInput]:
    """Attribute models from models or mappings; a malformed one is a ValidationError naming it."""
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Sequence):
        raise ValidationError(field, "must be a list of attributes")
    result = []
    for index, value in enumerate(values):
        label = f"{field}[{index}]"
        if isinstance(value, AttributeInput):
            result.append(value)
            continue
        if not isinstance(value, Mapping):
            raise ValidationError(label, "must be an AttributeInput or a mapping")
        unknown = set(value) - {"trait_type", "value", "display_type"}
        if unknown:
            raise ValidationError(label, f"unknown keys {sorted(map(str, unknown))}")
        if "trait_type" not in value or "value" not in value:
            raise ValidationError(label, "needs trait_type and value")
        try:
            result.append(
                AttributeInput(
                    trait_type=value["trait_type"],
                    value=value["value"],
                    display_type=value.get("display_type"),
                )
            )
        except ValidationError as exc:
            raise ValidationError(f"{label}.{exc.field}", exc.reason) from None
    return result


def _with_extra_fields(wire: dict[str, Any], extra: Mapping[str, Any] | None) -> dict[str, Any]:
    if not extra:
        return wire
    if not isinstance(extra, Mapping):
        raise ValidationError("extra_fields", "must be a mapping of JSON field names to values")
    merged = dict(wire)
    for name, value in extra.items():
        if not isinstance(name, str) or not name:
            raise ValidationError("extra_fields", "field names must be non-empty strings")
        if name in wire:
            raise ValidationError(f"extra_fields.{name}", "repeats a field the method already sends")
        merged[name] = value
    return merged


def _check_page_size(page_size: object) -> None:
    if not isinstance(page_size, int) or isinstance(page_size, bool) or page_size < 1:
        raise ValidationError("page_size", "must be a positive integer")


def _status_text(status: object) -> str | None:
    """A status filter as text (an ItemStatus member is a str already)."""
    if status is None:
        return None
    if not isinstance(status, str):
        raise ValidationError("status", "must be a string such as 'burned' or 'item'")
    return str(status)


def _query(params: object) -> list[tuple[str, str]]:
    """Query pairs from a params model: repeated names for lists, JavaScript-style numbers."""
    pairs: list[tuple[str, str]] = []
    for name, value in to_wire(params).items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((name, _query_value(item)))
    return pairs


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
