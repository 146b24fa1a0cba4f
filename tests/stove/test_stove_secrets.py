"""No client secret, server token or player token in logs (even at DEBUG), errors or reprs."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from stove_support import CLIENT_SECRET, GAME_ID, MEMBER_NO, OTHER_GAME_ID, ManualClock

from gameplatform.errors import GamePlatformError
from gameplatform.stove import StoveClient
from gameplatform.testing.stove import StoveFake


def test_nothing_secret_in_logs_errors_or_reprs(
    fake: StoveFake,
    make_client: Callable[..., StoveClient],
    clock: ManualClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client()
    player_token = fake.issue_player_token(GAME_ID, MEMBER_NO, guid=7)
    other_game_token = fake.issue_player_token(OTHER_GAME_ID, MEMBER_NO)
    texts: list[str] = [repr(client), str(client)]
    server_tokens: set[str] = set()

    def attempt(call: Callable[[], object]) -> None:
        try:
            result = call()
        except GamePlatformError as exc:
            texts.extend([str(exc), repr(exc), repr(getattr(exc, "body", None))])
        else:
            texts.extend([repr(result), str(result)])

    def remember_server_token() -> None:
        token = client.server_token()
        server_tokens.add(token.access_token)
        texts.extend([repr(token), str(token)])

    remember_server_token()
    attempt(lambda: client.verify_user_token(game_id=GAME_ID, access_token=player_token))
    attempt(lambda: client.verify_user_token(game_id=GAME_ID, access_token=other_game_token))
    attempt(lambda: client.verify_user_token(game_id=GAME_ID, access_token=player_token + "x"))
    fake.revoke_server_tokens()
    attempt(lambda: client.verify_user_token(game_id=GAME_ID, access_token=player_token))
    remember_server_token()
    fake.fail_next(40101, operation="verify_user_token", times=2)
    attempt(lambda: client.verify_user_token(game_id=GAME_ID, access_token=player_token))
    remember_server_token()
    clock.advance(29 * 24 * 3600)
    remember_server_token()
    attempt(lambda: client.lookup_member(game_id=GAME_ID, search_type="member_no", value=MEMBER_NO))
    attempt(lambda: client.check_ownership(game_id=GAME_ID, member_no=MEMBER_NO, game_ids=["A"]))
    attempt(lambda: client.verify_user_token(game_id=GAME_ID, access_token="x" * 10_000))
    wrong = make_client(client_secret=CLIENT_SECRET + "-wrong", service_id="ELSE")
    texts.append(repr(wrong))
    attempt(wrong.server_token)
    attempt(lambda: wrong.verify_user_token(game_id=GAME_ID, access_token=player_token))

    assert len(server_tokens) >= 3
    logged = [record.getMessage() for record in caplog.records]
    assert any(record.name.startswith("gameplatform") for record in caplog.records)
    secrets = {CLIENT_SECRET, player_token, other_game_token, *server_tokens}
    for text in texts + logged:
        for secret in secrets:
            assert secret not in text, f"a secret leaked into: {text[:80]}"
