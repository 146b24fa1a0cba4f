"""``GamePlatform``: the Flask extension (clients per app), the FAR Games wallet blueprint and the
STOVE payment notification blueprint."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from flask import Blueprint, Flask, Response, current_app, request

from gameplatform.contrib._clients import ClientSet
from gameplatform.contrib._settings import DEFAULT_TOKEN_STORE, PLATFORMS, check_settings, raise_for_problems
from gameplatform.errors import ConfigurationError
from gameplatform.fargames import (
    AnswerStore,
    GetBalanceCallback,
    MakeBetCallback,
    MemoryAnswerStore,
    RedisAnswerStore,
    WalletHandler,
)
from gameplatform.fargames._wallet import METHOD_NOT_ALLOWED, Balance
from gameplatform.stove import PaymentNotification, PaymentNotificationHandler
from gameplatform.stove._payments import METHOD_NOT_ALLOWED as PAYMENT_METHOD_NOT_ALLOWED
from gameplatform.stove._payments import networks
from gameplatform.tokens import TokenStore

if TYPE_CHECKING:
    from gameplatform.fargames import FarGamesClient
    from gameplatform.playdapp import PlaydappClient
    from gameplatform.playnanoo import PlayNanooClient
    from gameplatform.stove import StoveClient

__all__ = ["EXTENSION_KEY", "GamePlatform"]

EXTENSION_KEY = "gameplatform"
"""Where each app keeps its clients: ``app.extensions["gameplatform"]`` (a ``ClientSet``)."""


def _missing(key: str) -> Exception:
    return ConfigurationError(
        f"GAMEPLATFORM has no {key!r} settings: add app.config['GAMEPLATFORM'][{key!r}] to use "
        f"gp.{PLATFORMS[key].attribute}"
    )


def _invalid(key: str, error: Exception) -> Exception:
    return ConfigurationError(f"GAMEPLATFORM[{key!r}] is unusable: {error}")


class GamePlatform:
    """The platform clients of a Flask app, from ``app.config["GAMEPLATFORM"]`` (the Django dict).

    ``gp = GamePlatform(app)``, or ``gp = GamePlatform()`` then ``gp.init_app(app)`` in an app
    factory. :meth:`init_app` checks the settings (``ConfigurationError`` listing every
    problem, with the ids of the Django checks). Inside an app context, ``gp.fargames``,
    ``gp.playdapp``, ``gp.stove`` and ``gp.playnanoo`` are that app's clients, built on first
    use, once per process (rebuilt after ``fork()``), and closed when the app is torn down
    (garbage-collected or the interpreter exits) or by :meth:`close`. ``TOKEN_STORE`` is
    ``"memory"`` (the default) or a redis:// URL.
    """

    def __init__(self, app: Flask | None = None) -> None:
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        """Check ``app.config["GAMEPLATFORM"]`` and attach the app's clients to ``app.extensions``."""
        settings = app.config.get("GAMEPLATFORM")
        raise_for_problems(check_settings(settings, framework="flask"))
        assert isinstance(settings, Mapping)  # checked above
        clients = ClientSet(
            settings,
            default_token_store=DEFAULT_TOKEN_STORE["flask"],
            cache_store=None,
            missing=_missing,
            invalid=_invalid,
        )
        previous = app.extensions.get(EXTENSION_KEY)
        if isinstance(previous, ClientSet):
            previous.close()
        app.extensions[EXTENSION_KEY] = clients
        weakref.finalize(app, clients.close)

    @staticmethod
    def clients(app: Flask | None = None) -> ClientSet:
        """The clients of ``app`` (default: the current app)."""
        target = app if app is not None else current_app
        clients = target.extensions.get(EXTENSION_KEY)
        if not isinstance(clients, ClientSet):
            raise ConfigurationError("GamePlatform.init_app(app) was not called for this Flask app")
        return clients

    @property
    def fargames(self) -> FarGamesClient:
        """The current app's :class:`~gameplatform.fargames.FarGamesClient`."""
        client: FarGamesClient = self.clients().get("FARGAMES")
        return client

    @property
    def playdapp(self) -> PlaydappClient:
        """The current app's :class:`~gameplatform.playdapp.PlaydappClient`."""
        client: PlaydappClient = self.clients().get("PLAYDAPP")
        return client

    @property
    def stove(self) -> StoveClient:
        """The current app's :class:`~gameplatform.stove.StoveClient`."""
        client: StoveClient = self.clients().get("STOVE")
        return client

    @property
    def playnanoo(self) -> PlayNanooClient:
        """The current app's :class:`~gameplatform.playnanoo.PlayNanooClient`."""
        client: PlayNanooClient = self.clients().get("PLAYNANOO")
        return client

    @property
    def token_store(self) -> TokenStore:
        """The token store the current app's STOVE and PlayNANOO clients share."""
        return self.clients().token_store()

    def close(self, app: Flask | None = None) -> None:
        """Close the clients of ``app`` (default: the current app); later use builds new ones."""
        self.clients(app).close()

    def fargames_wallet_blueprint(
        self,
        *,
        get_balance: Callable[[GetBalanceCallback], Balance],
        make_bet: Callable[[MakeBetCallback], Balance],
        url_prefix: str = "/fargames",
        store: AnswerStore | str | None = None,
        name: str = "gameplatform_fargames_wallet",
        answer_ttl: float = 86400.0,
        wait_seconds: float = 10.0,
        window_seconds: float | None = 300,
    ) -> Blueprint:
        """A blueprint answering FAR Games wallet callbacks at ``POST {url_prefix}/wallet``.

        The same behaviour as the Django ``FarGamesWalletView``: the signature is checked
        with ``GAMEPLATFORM["FARGAMES"]["api_token"]``, answers are JSON, and a repeated
        ``request_id`` gets the first answer without ``make_bet`` running again. ``store``
        keeps the answers: in this process's memory by default (one worker), or a
        :class:`~gameplatform.fargames.RedisAnswerStore` (or a redis:// URL) shared by
        several workers. With Flask-WTF's ``CSRFProtect``, exempt the blueprint.
        """
        answers: AnswerStore
        if store is None:
            answers = MemoryAnswerStore()
        elif isinstance(store, str):
            answers = RedisAnswerStore.from_url(store)
        else:
            answers = store
        blueprint = Blueprint(name, __name__, url_prefix=url_prefix)
        extension = self

        @blueprint.route("/wallet", methods=["POST", "GET", "PUT", "PATCH", "DELETE"])
        def wallet() -> Response:
            if request.method != "POST":
                refused = METHOD_NOT_ALLOWED
                headers = {"Allow": "POST"}
                return Response(refused.body, refused.status, headers, content_type=refused.content_type)
            handler = WalletHandler(
                **extension._wallet_credentials(),
                get_balance=get_balance,
                make_bet=make_bet,
                store=answers,
                answer_ttl=answer_ttl,
                wait_seconds=wait_seconds,
                window_seconds=window_seconds,
            )
            answer = handler.handle(body=request.get_data(), signature=request.headers.get("X-Signature"))
            return Response(answer.body, status=answer.status, content_type=answer.content_type)

        return blueprint

    def stove_payment_blueprint(
        self,
        *,
        deliver: Callable[[PaymentNotification], object],
        allowed_networks: Sequence[str] | None,
        url_prefix: str = "/stove",
        store: AnswerStore | str | None = None,
        caller_ids: Collection[str] | None = None,
        name: str = "gameplatform_stove_payments",
        answer_ttl: float = 7 * 86400.0,
        wait_seconds: float = 10.0,
    ) -> Blueprint:
        """A blueprint answering STOVE payment completion notifications at
        ``POST {url_prefix}/payment/<service_id>`` (and ``POST {url_prefix}/payment``).

        The same behaviour as the Django ``StovePaymentView``
        (:class:`~gameplatform.stove.PaymentNotificationHandler`): the caller is checked
        against ``allowed_networks`` (the addresses STOVE sends from; ``None``: not checked),
        ``caller-id`` and ``GAMEPLATFORM["STOVE"]["service_id"]``; ``deliver`` runs once per
        TID and a repeat gets the first answer. ``store`` keeps the answers: in this process's
        memory by default (one worker), or a :class:`~gameplatform.fargames.RedisAnswerStore`
        (or a redis:// URL) shared by several workers. The sender's address is
        ``request.remote_addr`` (behind a proxy, use werkzeug's ``ProxyFix``).
        """
        if allowed_networks is not None:
            networks(allowed_networks)  # a bad entry is a ConfigurationError now, not per request
        answers: AnswerStore
        if store is None:
            answers = MemoryAnswerStore()
        elif isinstance(store, str):
            answers = RedisAnswerStore.from_url(store)
        else:
            answers = store
        blueprint = Blueprint(name, __name__, url_prefix=url_prefix)
        extension = self
        methods = ["POST", "GET", "PUT", "PATCH", "DELETE"]

        @blueprint.route("/payment", methods=methods, defaults={"service_id": None})
        @blueprint.route("/payment/<service_id>", methods=methods)
        def payment(service_id: str | None) -> Response:
            if request.method != "POST":
                refused = PAYMENT_METHOD_NOT_ALLOWED
                headers = {"Allow": "POST"}
                return Response(refused.body, refused.status, headers, content_type=refused.content_type)
            handler = PaymentNotificationHandler(
                deliver=deliver,
                service_id=extension._stove_service_id(),
                allowed_networks=allowed_networks,
                caller_ids=caller_ids,
                store=answers,
                answer_ttl=answer_ttl,
                wait_seconds=wait_seconds,
            )
            answer = handler.handle(
                body=request.get_data(),
                remote_addr=request.remote_addr,
                caller_id=request.headers.get("caller-id"),
                service_id=service_id,
            )
            return Response(answer.body, status=answer.status, content_type=answer.content_type)

        return blueprint

    def _stove_service_id(self) -> str:
        stove = self.clients().settings.get("STOVE")
        service_id = stove.get("service_id") if isinstance(stove, Mapping) else None
        if not isinstance(service_id, str) or not service_id:
            raise ConfigurationError(
                "the STOVE payment blueprint needs app.config['GAMEPLATFORM']['STOVE']['service_id']"
            )
        return service_id

    def _wallet_credentials(self) -> dict[str, Any]:
        fargames = self.clients().settings.get("FARGAMES")
        if not isinstance(fargames, Mapping) or not fargames.get("api_token"):
            raise ConfigurationError(
                "the FAR Games wallet needs app.config['GAMEPLATFORM']['FARGAMES']['api_token']"
            )
        return {"api_token": fargames["api_token"], "agent_id": fargames.get("agent_id")}

    def __repr__(self) -> str:
        return "GamePlatform()"
