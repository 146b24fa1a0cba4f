"""Endpoints platforms call, as Django class-based views: ``FarGamesWalletView`` (FAR Games
wallet callbacks) and ``StovePaymentView`` (STOVE payment completion notifications)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any, Final

from django.http import HttpRequest, HttpResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from gameplatform.contrib.django._cache import DjangoCacheAnswerStore
from gameplatform.contrib.django._registry import (
    GamePlatformImproperlyConfigured,
    cache_alias,
    gameplatform_settings,
)
from gameplatform.errors import ConfigurationError
from gameplatform.fargames import GetBalanceCallback, MakeBetCallback, WalletHandler
from gameplatform.fargames._wallet import METHOD_NOT_ALLOWED, Balance
from gameplatform.stove import PaymentNotification, PaymentNotificationHandler
from gameplatform.stove._payments import METHOD_NOT_ALLOWED as PAYMENT_METHOD_NOT_ALLOWED

__all__ = ["FarGamesWalletView", "StovePaymentView"]


class _Unset:
    def __repr__(self) -> str:
        return "<not set>"


UNSET: Final = _Unset()


@method_decorator(csrf_exempt, name="dispatch")
class FarGamesWalletView(View):
    """The endpoint FAR Games POSTs wallet callbacks to (csrf-exempt: the signature authenticates it).

    Subclass it, implement :meth:`get_balance` and :meth:`make_bet` (``self.request`` is
    the request), and route a URL to ``YourView.as_view()``::

        class Wallet(FarGamesWalletView):
            def get_balance(self, callback):
                return Account.objects.get(player_id=callback.player_id).balance

            def make_bet(self, callback):
                with transaction.atomic():
                    ...  # debit callback.bet, credit callback.win
                    return account.balance

    The signature is checked with ``GAMEPLATFORM["FARGAMES"]["api_token"]`` and callbacks
    for another ``agent_id`` are refused (403 and the error JSON); a repeated
    ``request_id`` gets the first answer from the cache ``GAMEPLATFORM["CACHE_ALIAS"]``
    without your method running again (use a cache shared by all workers). Raise
    :class:`~gameplatform.fargames.CallbackRefused` to answer an error of your choosing;
    ``ValueError`` answers 400 ``validation_error``, other SDK errors 500
    ``internal_error``. Every answer is ``application/json``. Class attributes
    ``api_token``, ``agent_id``, ``cache_alias``, ``answer_ttl``, ``wait_seconds`` and
    ``window_seconds`` override the defaults.
    """

    http_method_names = ["post"]  # noqa: RUF012 (a Django View attribute)
    api_token: str | None = None
    agent_id: int | None = None
    cache_alias: str | None = None
    answer_ttl: float = 86400.0
    wait_seconds: float = 10.0
    window_seconds: float | None = 300

    def get_balance(self, callback: GetBalanceCallback) -> Balance:
        """The player's balance (``callback.player_id``, ``callback.currency``)."""
        raise NotImplementedError(f"{type(self).__name__} must implement get_balance(callback)")

    def make_bet(self, callback: MakeBetCallback) -> Balance:
        """Debit ``callback.bet``, credit ``callback.win``, and return the new balance."""
        raise NotImplementedError(f"{type(self).__name__} must implement make_bet(callback)")

    def wallet_handler(self) -> WalletHandler:
        """The framework-neutral handler this view delegates to (built per request)."""
        fargames: Any = gameplatform_settings().get("FARGAMES")
        if not isinstance(fargames, Mapping):
            fargames = {}
        api_token = self.api_token if self.api_token is not None else fargames.get("api_token")
        if not isinstance(api_token, str) or not api_token:
            raise GamePlatformImproperlyConfigured(
                f"{type(self).__name__} needs GAMEPLATFORM['FARGAMES']['api_token'] "
                "(or an api_token class attribute)"
            )
        agent_id = self.agent_id if self.agent_id is not None else fargames.get("agent_id")
        return WalletHandler(
            api_token=api_token,
            agent_id=agent_id,
            get_balance=self.get_balance,
            make_bet=self.make_bet,
            store=DjangoCacheAnswerStore(self.cache_alias or cache_alias()),
            answer_ttl=self.answer_ttl,
            wait_seconds=self.wait_seconds,
            window_seconds=self.window_seconds,
        )

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        answer = self.wallet_handler().handle(body=request.body, signature=request.headers.get("X-Signature"))
        return HttpResponse(answer.body, status=answer.status, content_type=answer.content_type)

    def http_method_not_allowed(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        answer = METHOD_NOT_ALLOWED
        response = HttpResponse(answer.body, status=answer.status, content_type=answer.content_type)
        response["Allow"] = "POST"
        return response


@method_decorator(csrf_exempt, name="dispatch")
class StovePaymentView(View):
    """The endpoint STOVE's billing middleware POSTs payment completion notifications to.

    Subclass it, implement :meth:`deliver` (``self.request`` is the request), set
    ``allowed_networks`` and route the URL you registered in Partners, with or without the
    ``service_id`` path variable::

        class Payments(StovePaymentView):
            allowed_networks = ["203.0.113.0/24"]   # STOVE's sending addresses; None: no check

            def deliver(self, notification):
                with transaction.atomic():
                    Purchase.objects.create(tid=notification.tid, ...)  # a unique tid column

        path("stove/payment/<str:service_id>", Payments.as_view())

    Everything else is :class:`~gameplatform.stove.PaymentNotificationHandler`: the caller
    is checked (403), the body typed (400), a repeated TID gets the first answer from the
    cache ``GAMEPLATFORM["CACHE_ALIAS"]`` without :meth:`deliver` running again (use a cache
    shared by all workers), answers are STOVE's ``{"code", "message"}`` JSON. The game id is
    ``GAMEPLATFORM["STOVE"]["service_id"]`` (or a ``service_id`` class attribute). Class
    attributes ``caller_ids``, ``cache_alias``, ``answer_ttl`` and ``wait_seconds`` override the
    defaults; behind a reverse proxy, override :meth:`remote_addr`.
    """

    http_method_names = ["post"]  # noqa: RUF012 (a Django View attribute)
    service_id: str | None = None
    allowed_networks: Sequence[str] | _Unset | None = UNSET
    caller_ids: Collection[str] | None = None
    cache_alias: str | None = None
    answer_ttl: float = 7 * 86400.0
    wait_seconds: float = 10.0

    def deliver(self, notification: PaymentNotification) -> None:
        """Deliver the purchase (and record ``notification.tid``); raise ``PaymentRefused`` to refuse."""
        raise NotImplementedError(f"{type(self).__name__} must implement deliver(notification)")

    def remote_addr(self) -> str | None:
        """The sender's address: ``REMOTE_ADDR`` (override it with the address your proxy vouches for)."""
        value = self.request.META.get("REMOTE_ADDR")
        return value if isinstance(value, str) else None

    def payment_handler(self) -> PaymentNotificationHandler:
        """The framework-neutral handler this view delegates to (built per request)."""
        name = type(self).__name__
        if isinstance(self.allowed_networks, _Unset):
            raise GamePlatformImproperlyConfigured(
                f"{name} needs an allowed_networks class attribute: the addresses STOVE sends "
                "payment notifications from (or None not to check them)"
            )
        stove: Any = gameplatform_settings().get("STOVE")
        service_id = self.service_id if self.service_id is not None else (stove or {}).get("service_id")
        if not isinstance(service_id, str) or not service_id:
            raise GamePlatformImproperlyConfigured(
                f"{name} needs GAMEPLATFORM['STOVE']['service_id'] (or a service_id class attribute)"
            )
        try:
            return PaymentNotificationHandler(
                deliver=self.deliver,
                service_id=service_id,
                allowed_networks=self.allowed_networks,
                caller_ids=self.caller_ids,
                store=DjangoCacheAnswerStore(self.cache_alias or cache_alias()),
                answer_ttl=self.answer_ttl,
                wait_seconds=self.wait_seconds,
            )
        except ConfigurationError as error:
            raise GamePlatformImproperlyConfigured(f"{name}: {error}") from None

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        answer = self.payment_handler().handle(
            body=request.body,
            remote_addr=self.remote_addr(),
            caller_id=request.headers.get("caller-id"),
            service_id=kwargs.get("service_id"),
        )
        return HttpResponse(answer.body, status=answer.status, content_type=answer.content_type)

    def http_method_not_allowed(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        answer = PAYMENT_METHOD_NOT_ALLOWED
        response = HttpResponse(answer.body, status=answer.status, content_type=answer.content_type)
        response["Allow"] = "POST"
        return response
