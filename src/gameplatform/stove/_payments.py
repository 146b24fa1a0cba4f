"""STOVE's payment completion notification, received by the game server: check, parse, deliver once.

After a player pays, STOVE's billing middleware POSTs the payment to the URL the game
registered in Partners: JSON with ``bill_platform_type``, ``noti_type``, ``world_id``, the
player's ``guid``, the payment's ``tid`` and the product information, a ``caller-id`` header
and the game id as the ``service_id`` path variable. The vendor: "the TID must be stored and
managed by the game server to prevent double payment or non-payment".

:class:`PaymentNotificationHandler` does everything such an endpoint must, given the raw body,
the caller's address and headers; the Django view and the Flask blueprint only move bytes:

1. The caller is checked (:func:`check_payment_caller`); a refused one is answered 403.
2. The body becomes a :class:`PaymentNotification` (:func:`parse_payment_notification`); one
   that does not fit is answered 400.
3. A notification whose ``tid`` was answered before gets that first answer again without the
   handler running; one that arrives while the first is running waits for its answer. The
   TIDs live in an :class:`~gameplatform.fargames.AnswerStore` (Redis for several workers).
4. ``deliver(notification)`` delivers the purchase: returning is success (200), raising
   :class:`PaymentRefused` answers a failure of your choosing; ``ValueError`` answers 400,
   other SDK errors 500 (not kept: STOVE's retry runs ``deliver`` again).

**What can be checked about the caller.** STOVE documents no signature and no shared secret
for this call. What it documents: the sender (the billing middleware at
``https://I-api.onstove.com`` live, ``https://I-api.gate8.com`` sandbox; the addresses it
sends from are not published: ask STOVE for them), the ``caller-id`` header (required; its
value is an application name, e.g. ``clientapp``) and the ``service_id`` path variable (your
game id). So the handler checks the source address against ``allowed_networks`` (the only
check an outsider cannot pass by writing a header; ``None`` turns it off, e.g. when your
ingress filters already), that ``caller-id`` is present (and one of ``caller_ids`` when
given), and that ``service_id`` is your game's. A hard-to-guess URL over HTTPS helps too.

**Answers.** The vendor's answer format could not be read. The handler answers STOVE's own
envelope, ``{"code": 0, "message": "success"}`` with HTTP 200 on success, and
``{"code": <non-zero>, "message": …}`` otherwise: 40000/400 for a malformed body (or a
``ValueError`` from ``deliver``), 40300/403 for a refused caller, 50000/500 when ``deliver``
fails, 50300/503 while the first delivery of that TID is still running or the store is down.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import logging
from collections.abc import Callable, Collection, Iterable, Mapping
from types import MappingProxyType
from typing import Final

import attrs

from gameplatform._answers import AnswerOnce, AnswerStore, MemoryAnswerStore, StoredAnswer, error_status
from gameplatform._serde import ResponseShapeError, from_wire
from gameplatform.errors import ConfigurationError, GamePlatformError, SignatureError, ValidationError
from gameplatform.stove._models import PaymentNotification

__all__ = [
    "BILLING_ORIGINS",
    "PaymentAnswer",
    "PaymentNotificationHandler",
    "PaymentRefused",
    "check_payment_caller",
    "parse_payment_notification",
]

logger = logging.getLogger("gameplatform.stove")

BILLING_ORIGINS: Final[Mapping[str, str]] = MappingProxyType(
    {"live": "https://I-api.onstove.com", "sandbox": "https://I-api.gate8.com"}
)
"""Where STOVE documents the payment notifications come from (hosts, not addresses)."""

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class PaymentRefused(GamePlatformError):
    """Raise from ``deliver`` to answer ``{"code": code, "message": message}`` with ``http_status``.

    Answers below 500 are kept and replayed for the same TID, so refuse for good (an unknown
    product) with a 4xx and ask for a retry (a database down) with a 5xx.
    """

    def __init__(self, code: int, message: str, *, http_status: int = 400) -> None:
        if isinstance(code, bool) or not isinstance(code, int) or code == 0:
            raise ValidationError("code", "must be a non-zero integer (0 is success)")
        if not isinstance(message, str):
            raise ValidationError("message", "must be a string")
        self.code = code
        self.message = message
        self.http_status = error_status(http_status)
        super().__init__(f"{code}: {message}")


@attrs.frozen
class PaymentAnswer(StoredAnswer):
    """What to send back to STOVE: ``status``, ``body`` (JSON bytes) and ``content_type``.

    ``replayed`` is true when it is the stored first answer to a repeated TID.
    """


def payment_answer(*, code: int = 0, message: str = "success", status: int = 200) -> PaymentAnswer:
    """``{"code": code, "message": message}`` as a :class:`PaymentAnswer` with HTTP ``status``."""
    body = json.dumps({"code": code, "message": message}, ensure_ascii=False, separators=(",", ":"))
    return PaymentAnswer(status=status, body=body.encode("utf-8"))


SUCCESS: Final = payment_answer()
METHOD_NOT_ALLOWED: Final = payment_answer(code=40500, message="POST only", status=405)
"""The answer to anything but a POST (send it with ``Allow: POST``)."""
_BUSY: Final = payment_answer(code=50300, message="this TID is still being handled; retry", status=503)
_UNAVAILABLE: Final = payment_answer(
    code=50300, message="repeated notifications cannot be checked now; retry", status=503
)


def networks(allowed: Iterable[str | Network]) -> tuple[Network, ...]:
    """``allowed`` (addresses or CIDR blocks) as networks; ``ConfigurationError`` for a bad one."""
    if isinstance(allowed, str | bytes):
        raise ConfigurationError(
            "allowed_networks must be a list of addresses or CIDR blocks, not one string"
        )
    parsed: list[Network] = []
    for entry in allowed:
        if isinstance(entry, ipaddress.IPv4Network | ipaddress.IPv6Network):
            parsed.append(entry)
            continue
        try:
            parsed.append(ipaddress.ip_network(entry, strict=False))
        except (TypeError, ValueError):
            raise ConfigurationError(
                f"allowed_networks: {entry!r} is not an IP address or CIDR block"
            ) from None
    if not parsed:
        raise ConfigurationError(
            "allowed_networks is empty: name STOVE's addresses, or pass None to not check"
        )
    return tuple(parsed)


def check_payment_caller(
    *,
    service_id: str,
    remote_addr: str | None,
    caller_id: str | None,
    path_service_id: str | None = None,
    allowed_networks: Iterable[str | Network] | None,
    caller_ids: Collection[str] | None = None,
) -> None:
    """Refuse a payment notification that does not come the way STOVE documents.

    ``remote_addr`` is the sender's address (behind a proxy, the one your proxy vouches for),
    ``caller_id`` the ``caller-id`` header, ``path_service_id`` the URL's ``service_id``
    (``None`` when your URL has none); ``service_id`` is your game's id. Raises
    :class:`~gameplatform.errors.SignatureError` naming the failed check.
    """
    if allowed_networks is not None:
        allowed = networks(allowed_networks)
        address = _address(remote_addr)
        if address is None:
            raise SignatureError("payment notification from no usable IP address")
        if not any(address.version == network.version and address in network for network in allowed):
            raise SignatureError("payment notification from an address outside allowed_networks")
    if not caller_id:
        raise SignatureError("payment notification without a caller-id header")
    if caller_ids is not None and caller_id not in caller_ids:
        raise SignatureError("payment notification from a caller-id not in caller_ids")
    if path_service_id is not None and path_service_id != service_id:
        raise SignatureError("payment notification for another service_id")


def _address(remote_addr: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    if not isinstance(remote_addr, str) or not remote_addr:
        return None
    try:
        address = ipaddress.ip_address(remote_addr.strip())
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped  # ::ffff:203.0.113.5 from a dual-stack socket
    return address


def parse_payment_notification(body: bytes) -> PaymentNotification:
    """The typed notification of a raw request ``body``.

    Fields the model does not name are kept in ``additional_properties``; unknown
    ``bill_platform_type``/``noti_type`` values are kept. Raises
    :class:`~gameplatform.errors.ValidationError` (the field's JSON path, never its value)
    for a body that is not a JSON object, lacks a required field (``tid`` included, which may
    not be empty) or has one of the wrong kind.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        raise ValidationError("body", "must be the raw request body (bytes)")
    try:
        data = json.loads(bytes(body))
    except ValueError:
        raise ValidationError("body", "is not JSON") from None
    if not isinstance(data, dict):
        raise ValidationError("body", "must be a JSON object")
    try:
        notification = from_wire(PaymentNotification, data)
    except ResponseShapeError as error:
        field, _, reason = error.problems[0].partition(": ")
        raise ValidationError(field, reason) from None
    if not notification.tid.strip():
        raise ValidationError("tid", "must not be empty")
    return notification


class PaymentNotificationHandler:
    """Answers STOVE payment completion notifications with your ``deliver`` (see the module doc).

    ``deliver(notification: PaymentNotification)`` delivers the purchase to the player (in
    one database transaction that also records ``notification.tid``); it returns on success
    or raises :class:`PaymentRefused`. ``service_id`` is your game's STOVE id.
    ``allowed_networks`` (required: addresses or CIDR blocks STOVE sends from, or ``None`` to
    not check the address) and ``caller_ids`` (optional) check the caller. ``store`` keeps
    answers by TID for ``answer_ttl`` seconds (default 7 days; default store: a
    :class:`~gameplatform.fargames.MemoryAnswerStore` of this handler, one process only);
    ``pending_ttl`` bounds how long a claim by a handler that died stays; ``wait_seconds``
    how long a repeat waits for the first delivery's answer before it is answered 503.
    """

    def __init__(
        self,
        *,
        deliver: Callable[[PaymentNotification], object],
        service_id: str,
        allowed_networks: Iterable[str | Network] | None,
        caller_ids: Collection[str] | None = None,
        store: AnswerStore | None = None,
        answer_ttl: float = 7 * 86400.0,
        pending_ttl: float = 60.0,
        wait_seconds: float = 10.0,
    ) -> None:
        if not callable(deliver):
            raise ConfigurationError("deliver must be a callable taking a PaymentNotification")
        if not isinstance(service_id, str) or not service_id:
            raise ConfigurationError("service_id must be your game's STOVE id (a non-empty string)")
        if caller_ids is not None and (
            isinstance(caller_ids, str) or not all(isinstance(c, str) and c for c in caller_ids)
        ):
            raise ConfigurationError("caller_ids must be a collection of non-empty strings")
        self._deliver = deliver
        self._service_id = service_id
        self._networks = None if allowed_networks is None else networks(allowed_networks)
        self._caller_ids = None if caller_ids is None else frozenset(caller_ids)
        try:
            self._once = AnswerOnce(
                store=store if store is not None else MemoryAnswerStore(),
                answer_type=PaymentAnswer,
                busy=_BUSY,
                unavailable=_UNAVAILABLE,
                answer_ttl=answer_ttl,
                pending_ttl=pending_ttl,
                wait_seconds=wait_seconds,
                logger=logger,
                what="payment notification",
            )
        except ValidationError as error:
            raise ConfigurationError(f"{error.field}: {error.reason}") from None

    @property
    def store(self) -> AnswerStore:
        """Where answers are kept by TID."""
        return self._once.store

    @property
    def service_id(self) -> str:
        """The game id notifications must be for."""
        return self._service_id

    def __repr__(self) -> str:
        return f"PaymentNotificationHandler(service_id={self._service_id!r}, store={self.store!r})"

    def handle(
        self,
        *,
        body: bytes,
        remote_addr: str | None,
        caller_id: str | None,
        service_id: str | None = None,
    ) -> PaymentAnswer:
        """The answer to one notification: the raw ``body``, the sender's address, its
        ``caller-id`` header and the URL's ``service_id`` (``None`` when the URL has none)."""
        try:
            check_payment_caller(
                service_id=self._service_id,
                remote_addr=remote_addr,
                caller_id=caller_id,
                path_service_id=service_id,
                allowed_networks=self._networks,
                caller_ids=self._caller_ids,
            )
        except SignatureError as error:
            logger.warning("refused a payment notification: %s", error)
            return payment_answer(code=40300, message=str(error), status=403)
        try:
            notification = parse_payment_notification(body)
        except ValidationError as error:
            logger.warning("refused a payment notification: %s", error)
            return payment_answer(code=40000, message=str(error), status=400)
        digest = hashlib.sha256(f"{self._service_id}\x00{notification.tid}".encode()).hexdigest()
        return self._once.answer(f"stove:payment:{digest}", notification.tid, lambda: self._run(notification))

    def _run(self, notification: PaymentNotification) -> PaymentAnswer:
        """``deliver``'s answer; a bug propagates (and the TID's claim is dropped)."""
        try:
            self._deliver(notification)
        except PaymentRefused as refusal:
            return payment_answer(code=refusal.code, message=refusal.message, status=refusal.http_status)
        except ValueError as error:  # the SDK's ValidationError included
            return payment_answer(code=40000, message=str(error), status=400)
        except GamePlatformError as error:
            logger.warning(
                "payment %r: deliver failed: %s: %s", notification.tid, type(error).__name__, error
            )
            return payment_answer(code=50000, message=str(error) or type(error).__name__, status=500)
        return SUCCESS
