# Generated from specs/stove.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Models of the STOVE server API: attrs classes generated from ``specs/stove.yaml``.

Request models (bodies and ``*Params``) check their fields when built and raise
``gameplatform.errors.ValidationError``; response models are plain and keep keys they do not name in
``additional_properties``. ``gameplatform._serde`` turns both into JSON and back.
"""

from __future__ import annotations

from typing import Any

import attrs

from gameplatform import _serde
from gameplatform import _validation as _v
from gameplatform._enums import OpenStrEnum

__all__ = [
    "BillPlatformType",
    "CheckOwnershipParams",
    "ErrorEnvelope",
    "GameCode",
    "IssueServerTokenRequest",
    "IssuedServerToken",
    "LookupMemberParams",
    "LookupMemberWithPlayerTokenParams",
    "Member",
    "MemberEnvelope",
    "MemberSearchType",
    "NotificationType",
    "OwnedGame",
    "Ownership",
    "OwnershipCode",
    "OwnershipEnvelope",
    "OwnershipErrorEnvelope",
    "PaymentNotification",
    "ServerTokenEnvelope",
    "VerifiedUser",
    "VerifyUserTokenEnvelope",
    "VerifyUserTokenParams",
    "VerifyUserTokenRequest",
]


def _as_member_search_type(value: MemberSearchType | str) -> MemberSearchType:
    """A MemberSearchType from its value."""
    return _v.as_enum(MemberSearchType, value)


@attrs.define(kw_only=True)
class IssueServerTokenRequest:
    """Request model ``IssueServerTokenRequest`` of the STOVE server API."""

    client_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=200), metadata={"json": "client_id"}
    )
    """Client id for this environment (live and sandbox differ), from the STOVE technical PM."""
    client_secret: str = attrs.field(
        validator=_v.string(min_length=1, max_length=500), repr=False, metadata={"json": "client_secret"}
    )
    """Client secret for this environment, from the STOVE technical PM."""
    service_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=100), metadata={"json": "service_id"}
    )
    """The game id (e.g. `SGP_EVENT`)."""
    instance_id: str | None = attrs.field(
        default=None,
        validator=_v.optional(_v.string(min_length=1, max_length=100, pattern="^[\\x21-\\x7e]+$")),
        metadata={"json": "instance_id"},
    )
    """Which server (instance) asks, from the client's ``instance_id`` setting; sent only when set. The
    vendor recommends it for telling servers apart (the rest of its sentence was not readable).
    """


@attrs.define(kw_only=True)
class IssuedServerToken(_serde.OpenModel):
    """Model ``IssuedServerToken`` of the STOVE server API."""

    access_token: str = attrs.field(repr=False, metadata={"json": "access_token"})
    """The server access token (an opaque AES256-encrypted string of about 200 bytes)."""
    expires_in: int = attrs.field(metadata={"json": "expires_in"})
    """Seconds until the token expires, counted from the answer."""
    token_type: str | None = attrs.field(default=None, metadata={"json": "token_type"})
    """`bearer`."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class ServerTokenEnvelope(_serde.OpenModel):
    """Model ``ServerTokenEnvelope`` of the STOVE server API."""

    code: int = attrs.field(metadata={"json": "code"})
    message: str = attrs.field(metadata={"json": "message"})
    response_data: IssuedServerToken | None = attrs.field(default=None, metadata={"json": "response_data"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class VerifyUserTokenRequest:
    """Request model ``VerifyUserTokenRequest`` of the STOVE server API."""

    access_token: str = attrs.field(
        validator=_v.string(min_length=1, max_length=8192), repr=False, metadata={"json": "access_token"}
    )
    """The game user access token the player's client got from StoveSDK_GetToken()."""


@attrs.define(kw_only=True)
class VerifiedUser(_serde.OpenModel):
    """Model ``VerifiedUser`` of the STOVE server API."""

    member_no: int = attrs.field(metadata={"json": "member_no"})
    """STOVE member number."""
    guid: int | None = attrs.field(default=None, metadata={"json": "guid"})
    """Per-game member number; present only once the player accepted the game's terms."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class VerifyUserTokenEnvelope(_serde.OpenModel):
    """Model ``VerifyUserTokenEnvelope`` of the STOVE server API."""

    code: int = attrs.field(metadata={"json": "code"})
    message: str = attrs.field(metadata={"json": "message"})
    value: VerifiedUser | None = attrs.field(default=None, metadata={"json": "value"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


class MemberSearchType(OpenStrEnum):
    """Values of ``MemberSearchType``; unknown ones read from responses are kept."""

    MEMBER_NO = "member_no"
    GUID = "guid"


@attrs.define(kw_only=True)
class Member(_serde.OpenModel):
    """Model ``Member`` of the STOVE server API."""

    member_no: int = attrs.field(metadata={"json": "member_no"})
    """STOVE member number."""
    guid: int | None = attrs.field(default=None, metadata={"json": "guid"})
    """Per-game member number, when the member accepted the game's terms."""
    nickname: str | None = attrs.field(default=None, metadata={"json": "nickname"})
    """The member's nickname."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class MemberEnvelope(_serde.OpenModel):
    """Model ``MemberEnvelope`` of the STOVE server API."""

    code: int = attrs.field(metadata={"json": "code"})
    message: str = attrs.field(metadata={"json": "message"})
    value: Member | None = attrs.field(default=None, metadata={"json": "value"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


class GameCode(OpenStrEnum):
    """What kind of game it is: ``"3"`` main game, ``"4"`` demo, ``"5"`` DLC. Read from a number or a
    string; a code the vendor adds later is kept as it came.
    """

    MAIN_GAME = "3"
    DEMO = "4"
    DLC = "5"


class OwnershipCode(OpenStrEnum):
    """The ownership's state: ``"1"`` acquired, ``"2"`` released. Read from a number or a string; a
    code the vendor adds later is kept as it came.
    """

    ACQUIRED = "1"
    RELEASED = "2"


@attrs.define(kw_only=True)
class ErrorEnvelope(_serde.OpenModel):
    """Model ``ErrorEnvelope`` of the STOVE server API."""

    code: int = attrs.field(metadata={"json": "code"})
    message: str | None = attrs.field(default=None, metadata={"json": "message"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


class BillPlatformType(OpenStrEnum):
    """Where a payment was made; a value STOVE adds later is kept."""

    ONLINE = "ONLINE"
    SHOP = "SHOP"
    MOBILE = "MOBILE"


class NotificationType(OpenStrEnum):
    """What a billing notification is about; a value STOVE adds later is kept."""

    ONLINE_PURCHASE = "ONLINE_PURCHASE"
    ONLINE_CART_PURCHASE = "ONLINE_CART_PURCHASE"
    IAP_PURCHASE = "IAP_PURCHASE"
    IAP_SUBSCRIPT = "IAP_SUBSCRIPT"
    IAP_OOAP = "IAP_OOAP"


@attrs.define(kw_only=True)
class OwnershipErrorEnvelope(_serde.OpenModel):
    """Model ``OwnershipErrorEnvelope`` of the STOVE server API."""

    response_code: int = attrs.field(metadata={"json": "response_code"})
    response_message: str | None = attrs.field(default=None, metadata={"json": "response_message"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class VerifyUserTokenParams:
    """Parameters of `POST /member/v3.0/{game_id}/token/verify` (verify_user_token)."""

    game_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=100, pattern="^[A-Za-z0-9_.-]+$"),
        metadata={"json": "game_id", "in": "path"},
    )
    """The game's STOVE id (e.g. `SGP_EVENT`)."""


@attrs.define(kw_only=True)
class LookupMemberParams:
    """Parameters of `GET /member/v3.0/{game_id}` (lookup_member)."""

    game_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=100, pattern="^[A-Za-z0-9_.-]+$"),
        metadata={"json": "game_id", "in": "path"},
    )
    """The game's STOVE id (e.g. `SGP_EVENT`)."""
    search_type: MemberSearchType = attrs.field(
        converter=_as_member_search_type,
        validator=_v.enum_member(MemberSearchType),
        metadata={"json": "search_type", "in": "query"},
    )
    value: int | str = attrs.field(
        validator=_v.any_of(
            _v.integer(minimum=1), _v.string(min_length=1, max_length=19, pattern="^[1-9][0-9]*$")
        ),
        metadata={"json": "value", "in": "query"},
    )
    """The member number or guid to look for (an int, or its decimal digits)."""


@attrs.define(kw_only=True)
class LookupMemberWithPlayerTokenParams:
    """Parameters of `GET /member/v3.0/{game_id}` (lookup_member_with_player_token)."""

    game_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=100, pattern="^[A-Za-z0-9_.-]+$"),
        metadata={"json": "game_id", "in": "path"},
    )
    """The game's STOVE id (e.g. `SGP_EVENT`)."""


@attrs.define(kw_only=True)
class CheckOwnershipParams:
    """Parameters of `GET /ownership/v3.0/check_ownership` (check_ownership)."""

    member_no: int = attrs.field(
        validator=_v.integer(minimum=1), metadata={"json": "member_no", "in": "query"}
    )
    game_ids: list[str] = attrs.field(
        validator=_v.array(
            _v.string(min_length=1, max_length=100, pattern="^[A-Za-z0-9_.-]+$"), min_items=1, max_items=100
        ),
        metadata={"json": "game_ids", "in": "query", "explode": False, "style": "form"},
    )
    """Game ids to check, sent comma-separated (`game_ids=A,B`)."""
    caller_id: str = attrs.field(
        validator=_v.string(min_length=1, max_length=107, pattern="^[A-Za-z0-9_.-]+$"),
        metadata={"json": "caller-id", "in": "header"},
    )
    """The calling application's name: the client's ``caller_id`` setting, else ``{game_id}_SERVER``."""


@attrs.define(kw_only=True)
class OwnedGame(_serde.OpenModel):
    """Model ``OwnedGame`` of the STOVE server API."""

    game_id: str = attrs.field(metadata={"json": "game_id"})
    game_cd: GameCode | None = attrs.field(default=None, metadata={"json": "game_cd"})
    """What kind of game it is (main game, demo, DLC)."""
    ownership_cd: OwnershipCode | None = attrs.field(default=None, metadata={"json": "ownership_cd"})
    """Whether the member holds the game (acquired) or gave it up (released)."""
    purchase_dt: int | None = attrs.field(default=None, metadata={"json": "purchase_dt"})
    """When the member got the game, in unix milliseconds."""
    product_no: int | None = attrs.field(default=None, metadata={"json": "product_no"})
    """The store product the ownership came from."""
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class Ownership(_serde.OpenModel):
    """Model ``Ownership`` of the STOVE server API."""

    member_no: int = attrs.field(metadata={"json": "member_no"})
    owner_list: list[OwnedGame] = attrs.field(metadata={"json": "owner_list"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class OwnershipEnvelope(_serde.OpenModel):
    """Model ``OwnershipEnvelope`` of the STOVE server API."""

    response_code: int = attrs.field(metadata={"json": "response_code"})
    response_message: str = attrs.field(metadata={"json": "response_message"})
    value: Ownership | None = attrs.field(default=None, metadata={"json": "value"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class PaymentNotification(_serde.OpenModel):
    """A payment completion notification: the player paid, and the game server must deliver the
    purchase, then answer. ``tid`` identifies the payment: the same notification may arrive more
    than once and must be delivered once. Fields the SDK does not name (the product and game-item
    information, …) are kept in ``additional_properties``.
    """

    bill_platform_type: BillPlatformType = attrs.field(metadata={"json": "bill_platform_type"})
    """Where the player paid (``ONLINE`` billing or the ``SHOP``)."""
    noti_type: NotificationType = attrs.field(metadata={"json": "noti_type"})
    """What the notification is about (``ONLINE_PURCHASE``)."""
    tid: str = attrs.field(metadata={"json": "tid"})
    """STOVE billing's order number for the payment (e.g. ``T202202103125``): keep it with the
    delivery, so that one payment is never delivered twice.
    """
    world_id: str | None = attrs.field(default=None, metadata={"json": "world_id"})
    """The world (game server) the purchase is for, when the game has several."""
    guid: str | None = attrs.field(default=None, metadata={"json": "guid"})
    """The player's per-game STOVE member id (a number, read as its text). The vendor marks it required
    except for games without one (single-player games), so it may be absent.
    """
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


_new = object.__new__
_set = object.__setattr__
_Unusual = _serde.Unusual
_enum = _serde.open_enum
_extras = _serde.extras


def _decode_issue_server_token_request(data: Any) -> IssueServerTokenRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["client_id"]
        v1 = data["client_secret"]
        v2 = data["service_id"]
    except KeyError:
        raise _Unusual from None
    v3 = data.get("instance_id")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if type(v2) is not str:
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    extra = len(data) != 3 + ("instance_id" in data)
    if extra:
        _extras(
            data, ("client_id", "client_secret", "service_id", "instance_id")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(IssueServerTokenRequest)
    _set(obj, "client_id", v0)
    _set(obj, "client_secret", v1)
    _set(obj, "service_id", v2)
    _set(obj, "instance_id", v3)
    return obj


def _decode_issued_server_token(data: Any) -> IssuedServerToken:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["access_token"]
        v1 = data["expires_in"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("token_type")
    if type(v0) is not str:
        raise _Unusual
    if type(v1) is not int:
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 2 + ("token_type" in data)
    obj = _new(IssuedServerToken)
    obj.access_token = v0
    obj.expires_in = v1
    obj.token_type = v2
    if extra:
        obj.additional_properties = _extras(data, ("access_token", "expires_in", "token_type"))
    return obj


def _decode_server_token_envelope(data: Any) -> ServerTokenEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["code"]
        v1 = data["message"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("response_data")
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if v2 is not None:
        v2 = _decode_issued_server_token(v2)
    extra = len(data) != 2 + ("response_data" in data)
    obj = _new(ServerTokenEnvelope)
    obj.code = v0
    obj.message = v1
    obj.response_data = v2
    if extra:
        obj.additional_properties = _extras(data, ("code", "message", "response_data"))
    return obj


def _decode_verify_user_token_request(data: Any) -> VerifyUserTokenRequest:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["access_token"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("access_token",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(VerifyUserTokenRequest)
    _set(obj, "access_token", v0)
    return obj


def _decode_verified_user(data: Any) -> VerifiedUser:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["member_no"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("guid")
    if type(v0) is not int:
        raise _Unusual
    if v1 is not None and (type(v1) is not int):
        raise _Unusual
    extra = len(data) != 1 + ("guid" in data)
    obj = _new(VerifiedUser)
    obj.member_no = v0
    obj.guid = v1
    if extra:
        obj.additional_properties = _extras(data, ("member_no", "guid"))
    return obj


def _decode_verify_user_token_envelope(data: Any) -> VerifyUserTokenEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["code"]
        v1 = data["message"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("value")
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if v2 is not None:
        v2 = _decode_verified_user(v2)
    extra = len(data) != 2 + ("value" in data)
    obj = _new(VerifyUserTokenEnvelope)
    obj.code = v0
    obj.message = v1
    obj.value = v2
    if extra:
        obj.additional_properties = _extras(data, ("code", "message", "value"))
    return obj


def _decode_member(data: Any) -> Member:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["member_no"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("guid")
    v2 = data.get("nickname")
    if type(v0) is not int:
        raise _Unusual
    if v1 is not None and (type(v1) is not int):
        raise _Unusual
    if v2 is not None and (type(v2) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("guid" in data) + ("nickname" in data)
    obj = _new(Member)
    obj.member_no = v0
    obj.guid = v1
    obj.nickname = v2
    if extra:
        obj.additional_properties = _extras(data, ("member_no", "guid", "nickname"))
    return obj


def _decode_member_envelope(data: Any) -> MemberEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["code"]
        v1 = data["message"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("value")
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if v2 is not None:
        v2 = _decode_member(v2)
    extra = len(data) != 2 + ("value" in data)
    obj = _new(MemberEnvelope)
    obj.code = v0
    obj.message = v1
    obj.value = v2
    if extra:
        obj.additional_properties = _extras(data, ("code", "message", "value"))
    return obj


def _decode_error_envelope(data: Any) -> ErrorEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["code"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("message")
    if type(v0) is not int:
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("message" in data)
    obj = _new(ErrorEnvelope)
    obj.code = v0
    obj.message = v1
    if extra:
        obj.additional_properties = _extras(data, ("code", "message"))
    return obj


def _decode_ownership_error_envelope(data: Any) -> OwnershipErrorEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["response_code"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("response_message")
    if type(v0) is not int:
        raise _Unusual
    if v1 is not None and (type(v1) is not str):
        raise _Unusual
    extra = len(data) != 1 + ("response_message" in data)
    obj = _new(OwnershipErrorEnvelope)
    obj.response_code = v0
    obj.response_message = v1
    if extra:
        obj.additional_properties = _extras(data, ("response_code", "response_message"))
    return obj


def _decode_verify_user_token_params(data: Any) -> VerifyUserTokenParams:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["game_id"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("game_id",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(VerifyUserTokenParams)
    _set(obj, "game_id", v0)
    return obj


def _decode_lookup_member_params(data: Any) -> LookupMemberParams:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["game_id"]
        v1 = data["search_type"]
        v2 = data["value"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    v1 = _enum(MemberSearchType, v1)
    if type(v2) not in (
        int,
        str,
    ):
        raise _Unusual
    extra = len(data) != 3
    if extra:
        _extras(
            data, ("game_id", "search_type", "value")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(LookupMemberParams)
    _set(obj, "game_id", v0)
    _set(obj, "search_type", v1)
    _set(obj, "value", v2)
    return obj


def _decode_lookup_member_with_player_token_params(data: Any) -> LookupMemberWithPlayerTokenParams:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["game_id"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not str:
        raise _Unusual
    extra = len(data) != 1
    if extra:
        _extras(data, ("game_id",))  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(LookupMemberWithPlayerTokenParams)
    _set(obj, "game_id", v0)
    return obj


def _decode_check_ownership_params(data: Any) -> CheckOwnershipParams:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["member_no"]
        v1 = data["game_ids"]
        v2 = data["caller-id"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not list:
        raise _Unusual
    for item in v1:
        if type(item) is not str:
            raise _Unusual
    if type(v2) is not str:
        raise _Unusual
    extra = len(data) != 3
    if extra:
        _extras(
            data, ("member_no", "game_ids", "caller-id")
        )  # unknown keys are dropped, wrongly cased ones are not
    obj = _new(CheckOwnershipParams)
    _set(obj, "member_no", v0)
    _set(obj, "game_ids", v1)
    _set(obj, "caller_id", v2)
    return obj


def _decode_owned_game(data: Any) -> OwnedGame:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["game_id"]
    except KeyError:
        raise _Unusual from None
    v1 = data.get("game_cd")
    v2 = data.get("ownership_cd")
    v3 = data.get("purchase_dt")
    v4 = data.get("product_no")
    if type(v0) is not str:
        raise _Unusual
    if v1 is not None:
        v1 = _enum(GameCode, v1)
    if v2 is not None:
        v2 = _enum(OwnershipCode, v2)
    if v3 is not None and (type(v3) is not int):
        raise _Unusual
    if v4 is not None and (type(v4) is not int):
        raise _Unusual
    extra = len(data) != 1 + ("game_cd" in data) + ("ownership_cd" in data) + ("purchase_dt" in data) + (
        "product_no" in data
    )
    obj = _new(OwnedGame)
    obj.game_id = v0
    obj.game_cd = v1
    obj.ownership_cd = v2
    obj.purchase_dt = v3
    obj.product_no = v4
    if extra:
        obj.additional_properties = _extras(
            data, ("game_id", "game_cd", "ownership_cd", "purchase_dt", "product_no")
        )
    return obj


def _decode_ownership(data: Any) -> Ownership:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["member_no"]
        v1 = data["owner_list"]
    except KeyError:
        raise _Unusual from None
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not list:
        raise _Unusual
    v1 = [_decode_owned_game(item) for item in v1]
    extra = len(data) != 2
    obj = _new(Ownership)
    obj.member_no = v0
    obj.owner_list = v1
    if extra:
        obj.additional_properties = _extras(data, ("member_no", "owner_list"))
    return obj


def _decode_ownership_envelope(data: Any) -> OwnershipEnvelope:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["response_code"]
        v1 = data["response_message"]
    except KeyError:
        raise _Unusual from None
    v2 = data.get("value")
    if type(v0) is not int:
        raise _Unusual
    if type(v1) is not str:
        raise _Unusual
    if v2 is not None:
        v2 = _decode_ownership(v2)
    extra = len(data) != 2 + ("value" in data)
    obj = _new(OwnershipEnvelope)
    obj.response_code = v0
    obj.response_message = v1
    obj.value = v2
    if extra:
        obj.additional_properties = _extras(data, ("response_code", "response_message", "value"))
    return obj


def _decode_payment_notification(data: Any) -> PaymentNotification:
    if type(data) is not dict:
        raise _Unusual
    try:
        v0 = data["bill_platform_type"]
        v1 = data["noti_type"]
        v2 = data["tid"]
    except KeyError:
        raise _Unusual from None
    v3 = data.get("world_id")
    v4 = data.get("guid")
    v0 = _enum(BillPlatformType, v0)
    v1 = _enum(NotificationType, v1)
    if type(v2) is not str:
        raise _Unusual
    if v3 is not None and (type(v3) is not str):
        raise _Unusual
    if v4 is not None and (type(v4) is not str):
        raise _Unusual
    extra = len(data) != 3 + ("world_id" in data) + ("guid" in data)
    obj = _new(PaymentNotification)
    obj.bill_platform_type = v0
    obj.noti_type = v1
    obj.tid = v2
    obj.world_id = v3
    obj.guid = v4
    if extra:
        obj.additional_properties = _extras(
            data, ("bill_platform_type", "noti_type", "tid", "world_id", "guid")
        )
    return obj


def _encode_issue_server_token_request(obj: IssueServerTokenRequest) -> dict[str, Any]:
    data: dict[str, Any] = {
        "client_id": obj.client_id,
        "client_secret": obj.client_secret,
        "service_id": obj.service_id,
    }
    v3 = obj.instance_id
    if v3 is not None:
        data["instance_id"] = v3
    return data


def _encode_verify_user_token_request(obj: VerifyUserTokenRequest) -> dict[str, Any]:
    data: dict[str, Any] = {"access_token": obj.access_token}
    return data


def _encode_verify_user_token_params(obj: VerifyUserTokenParams) -> dict[str, Any]:
    data: dict[str, Any] = {"game_id": obj.game_id}
    return data


def _encode_lookup_member_params(obj: LookupMemberParams) -> dict[str, Any]:
    data: dict[str, Any] = {
        "game_id": obj.game_id,
        "search_type": obj.search_type._value_,
        "value": obj.value,
    }
    return data


def _encode_lookup_member_with_player_token_params(obj: LookupMemberWithPlayerTokenParams) -> dict[str, Any]:
    data: dict[str, Any] = {"game_id": obj.game_id}
    return data


def _encode_check_ownership_params(obj: CheckOwnershipParams) -> dict[str, Any]:
    data: dict[str, Any] = {"member_no": obj.member_no, "game_ids": obj.game_ids, "caller-id": obj.caller_id}
    return data


_serde.register_codecs(
    decoders={
        IssueServerTokenRequest: _decode_issue_server_token_request,
        IssuedServerToken: _decode_issued_server_token,
        ServerTokenEnvelope: _decode_server_token_envelope,
        VerifyUserTokenRequest: _decode_verify_user_token_request,
        VerifiedUser: _decode_verified_user,
        VerifyUserTokenEnvelope: _decode_verify_user_token_envelope,
        Member: _decode_member,
        MemberEnvelope: _decode_member_envelope,
        ErrorEnvelope: _decode_error_envelope,
        OwnershipErrorEnvelope: _decode_ownership_error_envelope,
        VerifyUserTokenParams: _decode_verify_user_token_params,
        LookupMemberParams: _decode_lookup_member_params,
        LookupMemberWithPlayerTokenParams: _decode_lookup_member_with_player_token_params,
        CheckOwnershipParams: _decode_check_ownership_params,
        OwnedGame: _decode_owned_game,
        Ownership: _decode_ownership,
        OwnershipEnvelope: _decode_ownership_envelope,
        PaymentNotification: _decode_payment_notification,
    },
    encoders={
        IssueServerTokenRequest: _encode_issue_server_token_request,
        VerifyUserTokenRequest: _encode_verify_user_token_request,
        VerifyUserTokenParams: _encode_verify_user_token_params,
        LookupMemberParams: _encode_lookup_member_params,
        LookupMemberWithPlayerTokenParams: _encode_lookup_member_with_player_token_params,
        CheckOwnershipParams: _encode_check_ownership_params,
    },
)
