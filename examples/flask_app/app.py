"""The Flask example: a FAR Games game link, a STOVE player check and the FAR Games wallet."""

import os
import threading
import uuid
from decimal import Decimal
from typing import Any

from flask import Flask, current_app, jsonify, request
from flask.typing import ResponseReturnValue

from gameplatform import APIError, NotFoundError, ValidationError
from gameplatform.contrib.flask import GamePlatform
from gameplatform.fargames import CallbackRefused, GetBalanceCallback, MakeBetCallback

gp = GamePlatform()

# Balances in memory keep the example short; a real wallet keeps them in its database and
# does make_bet's debit and credit in one transaction.
_balances: dict[str, Decimal] = {}
_balances_lock = threading.Lock()


def get_balance(callback: GetBalanceCallback) -> Decimal:
    with _balances_lock:
        return _balances.setdefault(callback.player_id, Decimal("100.00"))


def make_bet(callback: MakeBetCallback) -> Decimal:
    bet, win = Decimal(str(callback.bet)), Decimal(str(callback.win))
    with _balances_lock:
        balance = _balances.setdefault(callback.player_id, Decimal("100.00"))
        if bet > balance:
            raise CallbackRefused("insufficient_funds", "the balance does not cover the bet")
        _balances[callback.player_id] = balance - bet + win
        return _balances[callback.player_id]


def create_app(settings: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config["GAMEPLATFORM"] = settings or {
        "FARGAMES": {
            "base_url": os.environ.get("FARGAMES_BASE_URL", "https://agent-api.example.com"),
            "agent_id": int(os.environ.get("FARGAMES_AGENT_ID", "1")),
            "api_token": os.environ.get("FARGAMES_API_TOKEN"),
        },
        "STOVE": {
            "client_id": os.environ.get("STOVE_CLIENT_ID"),
            "client_secret": os.environ.get("STOVE_CLIENT_SECRET"),
            "service_id": os.environ.get("STOVE_SERVICE_ID"),
            "base_url": os.environ.get("STOVE_BASE_URL"),  # None: STOVE's live host
        },
        "TOKEN_STORE": "memory",  # or "redis://…", shared by several worker processes
    }
    app.config["STOVE_GAME_ID"] = os.environ.get("STOVE_GAME_ID", "MY_GAME")
    gp.init_app(app)  # ConfigurationError (with the check ids) for bad settings
    # POST /fargames/wallet; with several workers pass store="redis://…" too.
    app.register_blueprint(gp.fargames_wallet_blueprint(get_balance=get_balance, make_bet=make_bet))

    @app.get("/games/<int:game_id>/link")
    def game_link(game_id: int) -> ResponseReturnValue:
        try:
            link = gp.fargames.get_game_link(
                game_id=game_id,
                player_id=request.args.get("player_id", ""),
                player_username=request.args.get("player_username", ""),
                language="en",
                currency="USD",
                home_url=request.host_url,
                agent_session_id=uuid.uuid4().hex,
                ip=request.remote_addr or "",
            )
        except ValidationError as error:
            return jsonify(error=error.field, reason=error.reason), 400
        except NotFoundError:
            return jsonify(error="no such game"), 404
        return jsonify(url=link.url)

    @app.get("/stove/me")
    def stove_me() -> ResponseReturnValue:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            return jsonify(error="send the STOVE player token as a bearer token"), 401
        try:
            user = gp.stove.verify_user_token(game_id=current_app.config["STOVE_GAME_ID"], access_token=token)
        except APIError as error:
            return jsonify(error="not a valid STOVE player token", code=error.code), 401
        return jsonify(member_no=user.member_no, guid=user.guid)

    return app
