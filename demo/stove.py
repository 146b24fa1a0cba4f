"""STOVE: shared server token (issue, reuse, renewal, 40101 recovery), every call, typed failures,
and payment completion notifications received once per TID."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from gameplatform import AuthenticationError, NotFoundError, ValidationError
from gameplatform.stove import (
    BadRequest,
    ExpiredUserToken,
    InvalidClientCredentials,
    InvalidGameId,
    InvalidServerToken,
    PaymentNotification,
    PaymentNotificationHandler,
    StoveClient,
)
from gameplatform.testing.stove import StoveFake
from gameplatform.tokens import MemoryTokenStore

CLIENT_ID = "com.example.demo.server"
CLIENT_SECRET = "demo-client-secret"
GAME_ID = "DEMO_GAME"
MEMBER_NO = 20005061986
GUID = 200000000397
DAY = 24 * 3600


class DemoClock:
    """Unix seconds that the demo moves forward by hand, shared by the fake and the client."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def run() -> None:
    clock = DemoClock()
    with StoveFake(clock=clock) as fake:
        fake.add_client(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, service_id=GAME_ID)
        fake.add_member(member_no=MEMBER_NO, nickname="demo_hero", guids={GAME_ID: GUID})
        fake.grant_ownership(member_no=MEMBER_NO, game_id="DEMO_DLC", game_cd=5, product_no=1001)
        store = MemoryTokenStore()

        def make_client(
            client_secret: str = CLIENT_SECRET, token_store: MemoryTokenStore | None = store
        ) -> StoveClient:
            return StoveClient(
                client_id=CLIENT_ID,
                client_secret=client_secret,
                service_id=GAME_ID,
                base_url=fake.url,
                token_store=token_store,
                clock=clock,
            )

        with make_client() as stove:
            print(f"fake STOVE at {fake.url}; client {stove!r}")

            player_token = fake.issue_player_token(GAME_ID, MEMBER_NO, guid=GUID)
            user = stove.verify_user_token(game_id=GAME_ID, access_token=player_token, precheck=True)
            print(f"verify_user_token: member_no={user.member_no} guid={user.guid}")
            print(f"  the server token was issued on first use (token calls: {fake.token_calls})")
            token = stove.server_token()
            print(f"server_token: {token!r}")

            member = stove.lookup_member(game_id=GAME_ID, search_type="guid", value=GUID)
            print(f"lookup_member(guid): member_no={member.member_no} nickname={member.nickname!r}")
            owned = stove.check_ownership(
                game_id=GAME_ID, member_no=MEMBER_NO, game_ids=["DEMO_DLC", "OTHER"]
            )
            print(
                "check_ownership: owns "
                f"{[(game.game_id, game.game_cd, game.ownership_cd) for game in owned.owner_list]}"
            )

            own = stove.lookup_member_with_player_token(game_id=GAME_ID, access_token=player_token)
            print(
                f"lookup_member_with_player_token: member_no={own.member_no} guid={own.guid} "
                "(the player's token in Authorization, no server token involved)"
            )

            with make_client() as sibling:
                sibling.verify_user_token(game_id=GAME_ID, access_token=player_token)
            print(f"a second client on the same store reuses the token (token calls: {fake.token_calls})")

            clock.now += 20 * DAY
            stove.server_token()
            print(f"after 20 of 30 days: same token, no call (token calls: {fake.token_calls})")
            clock.now += 3 * DAY
            renewed = stove.server_token()
            print(
                f"after 23 days: renewed once (token calls: {fake.token_calls}); "
                f"old token still valid: {fake.is_valid_server_token(token.access_token)}; "
                f"new one expires in {renewed.expires_in // DAY} days"
            )

            player_token = fake.issue_player_token(GAME_ID, MEMBER_NO, guid=GUID)  # 6 h tokens: a fresh one
            fake.revoke_server_tokens()
            stove.verify_user_token(game_id=GAME_ID, access_token=player_token)
            print(f"server token revoked -> 40101, dropped, re-issued once (token calls: {fake.token_calls})")

            fake.fail_next(40101, operation="verify_user_token", times=2)
            try:
                stove.verify_user_token(game_id=GAME_ID, access_token=player_token)
            except InvalidServerToken as exc:
                print(f"40101 twice -> {type(exc).__name__}: code={exc.code} status={exc.http_status}")

            other_game_token = fake.issue_player_token("OTHER_GAME", MEMBER_NO)
            try:
                stove.verify_user_token(game_id=GAME_ID, access_token=other_game_token)
            except InvalidGameId as exc:
                print(
                    f"token of another game -> {type(exc).__name__}: code={exc.code} status={exc.http_status}"
                )

            expired = fake.issue_player_token(GAME_ID, MEMBER_NO, lifetime_ms=0)
            try:
                stove.verify_user_token(game_id=GAME_ID, access_token=expired, precheck=True)
            except ExpiredUserToken as exc:
                print(f"expired player token, precheck -> {type(exc).__name__} with no request sent")
            try:
                stove.verify_user_token(game_id=GAME_ID, access_token=expired)
            except BadRequest as exc:
                print(f"expired player token, asked STOVE -> {type(exc).__name__}: code={exc.code}")

            try:
                stove.lookup_member(game_id=GAME_ID, search_type="member_no", value=1)
            except NotFoundError as exc:
                print(f"lookup of nobody -> {type(exc).__name__}: status={exc.http_status}")
            try:
                stove.check_ownership(game_id=GAME_ID, member_no=MEMBER_NO, game_ids="DEMO_DLC")
            except ValidationError as exc:
                print(f"bad input -> ValidationError({exc.field}: {exc.reason}), nothing sent")

        with StoveClient(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            service_id=GAME_ID,
            base_url=fake.url,
            clock=clock,
            instance_id="battle-03",
            caller_id="ownership-api",
        ) as instance:
            instance.check_ownership(member_no=MEMBER_NO, game_ids=["DEMO_DLC"])
            sent = json.loads(fake.requests_to("/auth/v5/server_token")[-1].body)
            caller = fake.requests_to("/ownership/v3.0/check_ownership")[-1].header("caller-id")
            print(
                f"instance_id={sent['instance_id']!r} sent with the token request; caller-id={caller!r} "
                f"from the caller_id setting; token key {instance.token_store_key!r}"
            )

        payments_demo(fake)

        with make_client("not-the-secret", token_store=None) as wrong:
            try:
                wrong.server_token()
            except InvalidClientCredentials as exc:
                assert isinstance(exc, AuthenticationError)
                print(
                    f"wrong client secret -> {type(exc).__name__}: code={exc.code} status={exc.http_status}"
                )


def payments_demo(fake: StoveFake) -> None:
    """The fake plays STOVE's billing middleware; a tiny game server delivers each TID once."""
    inventory: dict[str, int] = {}

    def deliver(notification: PaymentNotification) -> None:
        for product in notification.additional_properties.get("products", []):
            inventory[product["item"]] = inventory.get(product["item"], 0) + product["quantity"]

    payments = PaymentNotificationHandler(
        deliver=deliver, service_id=GAME_ID, allowed_networks=["127.0.0.1/32"]
    )
    with payment_endpoint(payments) as url:
        extra = {"products": [{"item": "gem_pack", "quantity": 2}]}
        first = fake.send_payment_notification(url, tid="T202202103125", extra=extra)
        again = fake.send_payment_notification(url, tid="T202202103125", extra=extra)
        print(
            f"payment notification T202202103125 sent twice -> {first.status_code} {first.json()} both "
            f"times (same bytes: {again.content == first.content}); inventory {inventory} (delivered once)"
        )
        refused = fake.send_payment_notification(url, tid="T202202103126", caller_id=None, extra=extra)
        print(f"a notification without caller-id -> {refused.status_code} {refused.json()}")


@contextlib.contextmanager
def payment_endpoint(payments: PaymentNotificationHandler) -> Iterator[str]:
    """Serve ``payments`` at http://127.0.0.1:<port>/stove/payment/{service_id} (no framework)."""

    class Endpoint(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            answer = payments.handle(
                body=self.rfile.read(int(self.headers.get("Content-Length") or 0)),
                remote_addr=self.client_address[0],
                caller_id=self.headers.get("caller-id"),
                service_id=self.path.rpartition("/")[2],
            )
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/stove/payment/{{service_id}}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


if __name__ == "__main__":
    run()
