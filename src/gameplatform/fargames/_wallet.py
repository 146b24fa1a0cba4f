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
import json
import logging
import math
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

import attrs

from gameplatform.errors import ConfigurationError, GamePlatformError, SignatureError, ValidationError
from gameplatform.fargames._answers import AnswerStore, MemoryAnswerStore
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
JSON_CONTENT_TYPE: Final = "application/json"
_PENDING: Final = '{"pending":true}'
_FIRST_POLL = 0.005
_MAX_POLL = 0.1


class CallbackRefused(GamePlatformError):
    """Raise from a wallet handler to answer ``{"error": code, "message": message}``.

    ``http_status`` (default 400) is sent with it. Answers below 500 are replayed for a
    repeated ``request_id``, so refuse for good (``insufficient_funds``) with a 4xx and
    ask for a retry (a database down) with a 5xx.
    """

    def __init__(self, code: str, message: str, *, http_status: int = 400) -> None:
        if not isinstance(code, str) or not code:
            raise ValidationError("code", "must be a non-empty string")
        if isinstance(http_status, bool) or not isinstance(http_status, int) or not 400 <= http_status <= 599:
            raise ValidationError("http_status", "must be an HTTP error status (400-599)")
        self.code = code
        self.message = message
        self.http_status = http_status
        super().__init__(f"{code}: {message}")


@attrs.frozen
class WalletAnswer:
    """What to send back: ``status``, ``body`` (JSON bytes) and ``content_type``.

    ``replayed`` is true when it is the stored first answer to a repeated ``request_id``.
    """

    status: int
    body: bytes
    content_type: str = JSON_CONTENT_TYPE
    replayed: bool = False

    def to_json(self) -> str:
        return json.dumps({"status": self.status, "body": self.body.decode("utf-8")}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | bytes) -> WalletAnswer | None:
        """A stored answer; ``None`` for the "still running" marker or an unreadable entry."""
        try:
            document = json.loads(text)
            status, body = int(document["status"]), str(document["body"]).encode("utf-8")
            return cls(status=status, body=body, replayed=True)
        except (ValueError, TypeError, KeyError):
            return None


def _positive_seconds(name: str, value: object, *, allow_zero: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(name, "must be a finite number of seconds")
    if value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(name, "must be greater than 0")
    return float(value)


def _error(status: int, code: str, message: str) -> WalletAnswer:
    return WalletAnswer(status=status, body=callback_error(code=code, message=message))


METHOD_NOT_ALLOWED: Final = _error(405, "method_not_allowed", "the wallet endpoint takes POST only")
"""The answer to anything but a POST (send it with ``Allow: POST``)."""


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
        if store is not None and not isinstance(store, AnswerStore):
            raise ConfigurationError("store must have add, get, set and delete (an AnswerStore)")
        self._api_token = api_token
        self._agent_id = agent_id
        self._handlers: dict[str, Callable[[Any], Balance]] = {
            "getBalance": get_balance,
            "makeBet": make_bet,
        }
        self._store: AnswerStore = store if store is not None else MemoryAnswerStore()
        self._answer_ttl = _positive_seconds("answer_ttl", answer_ttl)
        self._pending_ttl = _positive_seconds("pending_ttl", pending_ttl)
        self._wait_seconds = _positive_seconds("wait_seconds", wait_seconds, allow_zero=True)
        self._window_seconds = window_seconds
        self._clock = clock

    @property
    def store(self) -> AnswerStore:
        """Where answers are kept by ``request_id``."""
        return self._store

    def __repr__(self) -> str:
        return f"WalletHandler(agent_id={self._agent_id!r}, store={self._store!r})"

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
        try:
            claimed = self._store.add(key, _PENDING, self._pending_ttl)
        except Exception as error:
            return self._store_failed(error)
        if not claimed:
            earlier = self._earlier_answer(key, callback.request_id)
            if earlier is not None:
                return earlier
        return self._run(key, callback)

    def _store_key(self, request_id: str) -> str:
        # Hashed: a request id is the platform's text, and some caches (Memcached) refuse
        # keys with spaces, control characters or over 250 bytes.
        digest = hashlib.sha256(f"{self._agent_id}\x00{request_id}".encode()).hexdigest()
        return f"fargames:wallet:{digest}"

    def _run(self, key: str, callback: GetBalanceCallback | MakeBetCallback) -> WalletAnswer:
        handler = self._handlers[callback.type]
        try:
            balance = handler(callback)
        except CallbackRefused as refusal:
            answer = _error(refusal.http_status, refusal.code, refusal.message)
        except ValueError as error:  # the SDK's ValidationError included
            answer = _error(400, "validation_error", str(error))
        except GamePlatformError as error:
            logger.warning("wallet %s handler failed: %s: %s", callback.type, type(error).__name__, error)
            answer = _error(500, "internal_error", str(error) or type(error).__name__)
        except BaseException:
            # A bug (or an interrupt): most likely its database work rolled back, so a
            # retry must run the handler again.
            self._forget(key)
            raise
        else:
            try:
                answer = WalletAnswer(status=200, body=callback_balance(balance=balance))
            except ValidationError:
                self._forget(key)
                raise TypeError(
                    f"the wallet's {callback.type} handler must return the balance as a number, "
                    f"not {type(balance).__name__}"
                ) from None
        if answer.status >= 500:
            self._forget(key)
            return answer
        try:
            self._store.set(key, answer.to_json(), self._answer_ttl)
        except Exception as error:
            logger.error(
                "could not keep the answer to wallet callback %r (%s: %s): a retry within %g s is "
                "answered 503, after that the handler runs again",
                callback.request_id,
                type(error).__name__,
                error,
                self._pending_ttl,
            )
        return answer

    def _earlier_answer(self, key: str, request_id: str) -> WalletAnswer | None:
        """The first delivery's answer (waiting for it while it runs); ``None`` once this one holds
        the claim instead (the first failed, so its claim was dropped)."""
        deadline = time.monotonic() + self._wait_seconds
        poll = _FIRST_POLL
        while True:
            try:
                stored = self._store.get(key)
                # No claim any more: the first attempt failed (and dropped it) or its claim
                # expired. Whoever claims it now runs the handler.
                if stored is None and self._store.add(key, _PENDING, self._pending_ttl):
                    return None
            except Exception as error:
                return self._store_failed(error)
            if stored is not None:
                answer = WalletAnswer.from_json(stored)
                if answer is not None:
                    logger.info("wallet callback %r repeated: answered as the first time", request_id)
                    return answer
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return _error(503, "request_in_progress", "this request_id is still being handled; retry")
            # The first delivery is running in another thread or worker; a short, growing
            # poll sees its answer soon without loading the store.
            time.sleep(min(poll, remaining))
            poll = min(poll * 2, _MAX_POLL)

    def _forget(self, key: str) -> None:
        try:
            self._store.delete(key)
        except Exception as error:
            logger.warning("could not drop a wallet callback claim (%s: %s)", type(error).__name__, error)

    @staticmethod
    def _store_failed(error: Exception) -> WalletAnswer:
        logger.error("wallet answer store failed (%s: %s)", type(error).__name__, error)
        return _error(503, "service_unavailable", "the wallet cannot check for repeated callbacks now")
