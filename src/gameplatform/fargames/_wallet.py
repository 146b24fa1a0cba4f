"""The agent's wallet endpoint, framework-neutral: verify, deduplicate, call the handler, answer.

:class:`WalletHandler` does everything a wallet endpoint must, given the raw body and the
``X-Signature`` header; the Django view and the Flask blueprint only move bytes in and out.

1. The signature is checked over the raw body, in constant time (:func:`verify_callback`);
   a bad one is answered 403 ``{"error":"invalid_signature",…}``.
2. The body becomes its typed model (:func:`parse_callback`); one that does not fit is
   answered 400 ``{"error":"validation_error",…}``.
3. A callback whose ``request_id`` was answered before gets that first answer again,
   without the handler running: the platform retries a callback it got no answer to, and a
   ``makeBet`` must not be debited twice. The first caller claims the ``request_id`` with an
   atomic add on the :class:`AnswerStore`; a retry that arrives while the first is still
   running waits (up to ``wait_seconds``) for its answer.
4. The handler returns the player's balance (answered 200 ``{"content":{"balance":…}}``) or
   raises: :class:`CallbackRefused` for an answer of the agent's choosing (e.g.
   ``insufficient_funds``), ``ValueError`` (including the SDK's ``ValidationError``) for 400
   ``validation_error``, any other SDK error for 500 ``internal_error``. Answers below 500
   are kept and replayed; a 500 is not, so the platform's retry runs the handler again.

Every answer is ``application/json``, encoded like PHP's ``json_encode`` (the platform's
own encoding). The vendor does not publish which error codes and HTTP statuses it expects
from the agent: the ones above are the SDK's choice.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

import attrs

from gameplatform._answers import AnswerOnce, AnswerStore, MemoryAnswerStore, StoredAnswer, error_status
from gameplatform.errors import ConfigurationError, GamePlatformError, SignatureError, ValidationError
from gameplatform.fargames._callbacks import callback_balance, callback_error, parse_callback, verify_callback
from gameplatform.fargames._models import GetBalanceCallback, MakeBetCallback

__all__ = [
    "METHOD_NOT_ALLOWED",
    "CallbackRefused",
    "WalletAnswer",
    "WalletHandler",
]

logger = logging.getLogger("gameplatform.fargames")

Balance = int | float | Decimal


class CallbackRefused(GamePlatformError):
    """Raise from a wallet handler to answer ``{"error": code, "message": message}``.

    ``http_status`` (default 400) is sent with it. Answers below 500 are replayed for a
    repeated ``request_id``, so refuse for good (``insufficient_funds``) with a 4xx and
    ask for a retry (a database down) with a 5xx.
    """

    def __init__(self, code: str, message: str, *, http_status: int = 400) -> None:
        if not isinstance(code, str) or not code:
            raise ValidationError("code", "must be a non-empty string")
        self.code = code
        self.message = message
        self.http_status = error_status(http_status)
        super().__init__(f"{code}: {message}")


@attrs.frozen
class WalletAnswer(StoredAnswer):
    """What to send back: ``status``, ``body`` (JSON bytes) and ``content_type``.

    ``replayed`` is true when it is the stored first answer to a repeated ``request_id``.
    """


def _error(status: int, code: str, message: str) -> WalletAnswer:
    return WalletAnswer(status=status, body=callback_error(code=code, message=message))


METHOD_NOT_ALLOWED: Final = _error(405, "method_not_allowed", "the wallet endpoint takes POST only")
"""The answer to anything but a POST (send it with ``Allow: POST``)."""

_BUSY: Final = _error(503, "request_in_progress", "this request_id is still being handled; retry")
_UNAVAILABLE: Final = _error(503, "service_unavailable", "the wallet cannot check for repeated callbacks now")


class WalletHandler:
    """Answers FAR Games wallet callbacks with your ``get_balance`` and ``make_bet``.

    ``get_balance(callback: GetBalanceCallback)`` returns the player's balance;
    ``make_bet(callback: MakeBetCallback)`` debits ``callback.bet``, credits
    ``callback.win`` and returns the new balance (do both in one database transaction).
    ``api_token`` checks the signature; ``agent_id`` (optional) refuses other agents'
    callbacks. ``store`` keeps answers for ``answer_ttl`` seconds (default a day) by
    ``request_id`` (default: a :class:`MemoryAnswerStore` of this handler);
    ``pending_ttl`` bounds how long a claim by a handler that died stays;
    ``wait_seconds`` how long a repeated callback waits for the first one's answer
    before it is answered 503 ``request_in_progress``. See the module doc for the answers.
    """

    def __init__(
        self,
        *,
        api_token: str,
        get_balance: Callable[[GetBalanceCallback], Balance],
        make_bet: Callable[[MakeBetCallback], Balance],
        agent_id: int | None = None,
        store: AnswerStore | None = None,
        answer_ttl: float = 86400.0,
        pending_ttl: float = 60.0,
        wait_seconds: float = 10.0,
        window_seconds: float | None = 300,
        clock: Callable[[], float] | None = None,
    ) -> None:
        if not isinstance(api_token, str) or not api_token:
            raise ConfigurationError("api_token must be a non-empty string")
        if not callable(get_balance) or not callable(make_bet):
            raise ConfigurationError("get_balance and make_bet must be callables")
        self._api_token = api_token
        self._agent_id = agent_id
        self._handlers: dict[str, Callable[[Any], Balance]] = {
            "getBalance": get_balance,
            "makeBet": make_bet,
        }
        self._once = AnswerOnce(
            store=store if store is not None else MemoryAnswerStore(),
            answer_type=WalletAnswer,
            busy=_BUSY,
            unavailable=_UNAVAILABLE,
            answer_ttl=answer_ttl,
            pending_ttl=pending_ttl,
            wait_seconds=wait_seconds,
            logger=logger,
            what="wallet callback",
        )
        self._window_seconds = window_seconds
        self._clock = clock

    @property
    def store(self) -> AnswerStore:
        """Where answers are kept by ``request_id``."""
        return self._once.store

    def __repr__(self) -> str:
        return f"WalletHandler(agent_id={self._agent_id!r}, store={self.store!r})"

    def handle(self, *, body: bytes, signature: str | None) -> WalletAnswer:
        """The answer to one callback: ``body`` is the raw request body, ``signature`` its ``X-Signature``."""
        try:
            raw = verify_callback(
                body=bytes(body),
                signature=signature,
                api_token=self._api_token,
                agent_id=self._agent_id,
                window_seconds=self._window_seconds,
                clock=self._clock,
            )
        except SignatureError as error:
            logger.warning("refused a wallet callback: %s", error)
            return _error(403, "invalid_signature", str(error))
        try:
            callback = parse_callback(raw)
        except ValidationError as error:
            logger.warning("refused a %r wallet callback: %s", raw.type, error)
            return _error(400, "validation_error", str(error))
        key = self._store_key(callback.request_id)
        return self._once.answer(key, callback.request_id, lambda: self._run(callback))

    def _store_key(self, request_id: str) -> str:
        # Hashed: a request id is the platform's text, and some caches (Memcached) refuse
        # keys with spaces, control characters or over 250 bytes.
        digest = hashlib.sha256(f"{self._agent_id}\x00{request_id}".encode()).hexdigest()
        return f"fargames:wallet:{digest}"

    def _run(self, callback: GetBalanceCallback | MakeBetCallback) -> WalletAnswer:
        """The handler's answer; a bug propagates (and :class:`AnswerOnce` drops the claim)."""
        handler = self._handlers[callback.type]
        try:
            balance = handler(callback)
        except CallbackRefused as refusal:
            return _error(refusal.http_status, refusal.code, refusal.message)
        except ValueError as error:  # the SDK's ValidationError included
            return _error(400, "validation_error", str(error))
        except GamePlatformError as error:
            logger.warning("wallet %s handler failed: %s: %s", callback.type, type(error).__name__, error)
            return _error(500, "internal_error", str(error) or type(error).__name__)
        try:
            return WalletAnswer(status=200, body=callback_balance(balance=balance))
        except ValidationError:
            raise TypeError(
                f"the wallet's {callback.type} handler must return the balance as a number, "
                f"not {type(balance).__name__}"
            ) from None
