"""A game link from FAR Games, a STOVE player check, and the FAR Games wallet."""

import threading
import uuid
from decimal import Decimal

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from gameplatform import APIError, NotFoundError, ValidationError
from gameplatform.contrib.django import FarGamesWalletView, clients
from gameplatform.fargames import CallbackRefused, GetBalanceCallback, MakeBetCallback


@require_GET
def game_link(request: HttpRequest, game_id: int) -> JsonResponse:
    """A link that opens a FAR Games game for the player (``?player_id=…&player_username=…``)."""
    try:
        link = clients.fargames.get_game_link(
            game_id=game_id,
            player_id=request.GET.get("player_id", ""),
            player_username=request.GET.get("player_username", ""),
            language="en",
            currency="USD",
            home_url=request.build_absolute_uri("/"),
            agent_session_id=uuid.uuid4().hex,
            ip=request.META["REMOTE_ADDR"],
        )
    except ValidationError as error:
        return JsonResponse({"error": error.field, "reason": error.reason}, status=400)
    except NotFoundError:
        return JsonResponse({"error": "no such game"}, status=404)
    return JsonResponse({"url": link.url})


@require_GET
def stove_me(request: HttpRequest) -> JsonResponse:
    """Who the STOVE player is, from the player token in ``Authorization: Bearer …``."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return JsonResponse({"error": "send the STOVE player token as a bearer token"}, status=401)
    try:
        user = clients.stove.verify_user_token(game_id=settings.STOVE_GAME_ID, access_token=token)
    except APIError as error:
        return JsonResponse({"error": "not a valid STOVE player token", "code": error.code}, status=401)
    return JsonResponse({"member_no": user.member_no, "guid": user.guid})


# Balances in memory keep the example short; a real wallet keeps them in the database and
# does make_bet's debit and credit in one transaction (transaction.atomic()).
_balances: dict[str, Decimal] = {}
_balances_lock = threading.Lock()
STARTING_BALANCE = Decimal("100.00")


class Wallet(FarGamesWalletView):
    """The endpoint FAR Games calls for balances and bets (csrf-exempt, signature-checked)."""

    def get_balance(self, callback: GetBalanceCallback) -> Decimal:
        with _balances_lock:
            return _balances.setdefault(callback.player_id, STARTING_BALANCE)

    def make_bet(self, callback: MakeBetCallback) -> Decimal:
        bet, win = Decimal(str(callback.bet)), Decimal(str(callback.win))
        with _balances_lock:
            balance = _balances.setdefault(callback.player_id, STARTING_BALANCE)
            if bet > balance:
                raise CallbackRefused("insufficient_funds", "the balance does not cover the bet")
            _balances[callback.player_id] = balance - bet + win
            return _balances[callback.player_id]
