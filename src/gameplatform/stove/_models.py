# Generated from specs/stove.yaml by `python -m codegen` (datamodel-code-generator 0.89.0). Do not edit.
"""Models of the STOVE server API: attrs classes generated from ``specs/stove.yaml``.

Request models (bodies and ``*Params``) check their fields when built and raise
``gameplatform.errors.ValidationError``; response models are plain and keep keys they do not name in
``additional_properties``. ``gameplatform._serde`` turns both into JSON and back.
"""

from __future__ import annotations

from typing import Any

import attrs

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
class IssuedServerToken:
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
class ServerTokenEnvelope:
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
class VerifiedUser:
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
class VerifyUserTokenEnvelope:
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
class Member:
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
class MemberEnvelope:
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
class ErrorEnvelope:
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
class OwnershipErrorEnvelope:
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
class OwnedGame:
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
class Ownership:
    """Model ``Ownership`` of the STOVE server API."""

    member_no: int = attrs.field(metadata={"json": "member_no"})
    owner_list: list[OwnedGame] = attrs.field(metadata={"json": "owner_list"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class OwnershipEnvelope:
    """Model ``OwnershipEnvelope`` of the STOVE server API."""

    response_code: int = attrs.field(metadata={"json": "response_code"})
    response_message: str = attrs.field(metadata={"json": "response_message"})
    value: Ownership | None = attrs.field(default=None, metadata={"json": "value"})
    additional_properties: dict[str, Any] = attrs.field(
        factory=dict, metadata={"additional_properties": True}
    )
    """Keys the platform sent that this model does not name (kept as decoded JSON)."""


@attrs.define(kw_only=True)
class PaymentNotification:
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
