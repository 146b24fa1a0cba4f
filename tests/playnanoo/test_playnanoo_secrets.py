"""No token, password, service key or account key in logs (even at DEBUG), errors or reprs."""

from __future__ import annotations

import logging

import pytest
from playnanoo_support import DEVICE

from gameplatform.errors import APIError, GamePlatformError, ValidationError
from gameplatform.playnanoo import AccountWithdrawalPending, PlayNanooClient
from gameplatform.playnanoo._models import EmailSignInRequest, TokenRefreshRequest
from gameplatform.testing.playnanoo import PlayNanooFake

PASSWORD = "correct-horse-battery-staple"


def test_nothing_secret_leaks_through_a_whole_session(
    fake: PlayNanooFake, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="gameplatform")
    shown: list[str] = []
    errors: list[GamePlatformError] = []
    with PlayNanooClient(
        game_id=fake.game_id, service_key=fake.service_key, base_url=fake.url, sleep=lambda s: None
    ) as client:
        shown.append(repr(client))
        player = client.player("user-1", device=DEVICE)
        answer = player.email_sign_up(email="ana@example.com", password=PASSWORD)
        shown += [repr(player), repr(answer), str(answer), repr(answer.token)]
        first = client.get_tokens("user-1")
        assert first is not None
        fake.expire_access_tokens()
        shown.append(repr(player.token_info()))
        second = client.get_tokens("user-1")
        assert second is not None
        shown.append(repr(second))
        withdrawal_key = fake.mark_withdrawal(second.extra["user_unique_id"])
        with pytest.raises(AccountWithdrawalPending) as pending:
            player.inbox_count(table_code="t")
        errors.append(pending.value)
        with pytest.raises(ValidationError) as invalid:
            player.email_sign_in(email="ana@example.com", password=PASSWORD * 20)
        errors.append(invalid.value)
        fake.cancel_withdrawal(second.extra["user_unique_id"])
        fake.expire_refresh_tokens()
        fake.expire_access_tokens()
        with pytest.raises(APIError) as relogin:
            player.inbox_count(table_code="t")
        errors.append(relogin.value)
    shown += [repr(EmailSignInRequest(email="a@example.com", password=PASSWORD))]
    shown += [repr(TokenRefreshRequest(refresh_token=second.refresh_token or "x"))]
    shown += [str(error) for error in errors] + [repr(error) for error in errors]

    secrets = [
        PASSWORD,
        fake.service_key,
        withdrawal_key,
        first.access_token,
        first.refresh_token,
        second.access_token,
        second.refresh_token,
    ]
    assert any(record.levelno == logging.DEBUG for record in caplog.records)
    text = caplog.text + "\n".join(shown)
    for secret in secrets:
        assert secret and secret not in text


def test_a_service_key_is_not_in_configuration_errors() -> None:
    from gameplatform.errors import ConfigurationError

    with pytest.raises(ConfigurationError) as caught:
        PlayNanooClient(game_id="g", service_key="svc-secret-1", base_url="http://example.com")
    assert "svc-secret-1" not in str(caught.value)
