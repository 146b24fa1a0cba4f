"""Error mapping, unit by unit: canned answers through ``responses``, no fake server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import responses
from playnanoo_support import DEVICE

from gameplatform.errors import (
    APIError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from gameplatform.playnanoo import (
    AccountBlocked,
    AccountNotFound,
    AccountWithdrawalPending,
    PlayNanooClient,
    PlayNanooPlayer,
)

API = "https://api.pn.test"
ACCOUNT = "https://account.pn.test"
TIME = "https://time.pn.test"
LOAD = "https://storage.pn.test/storage/v20221001/load"
GUEST = ACCOUNT + "/api/v20240401/guest/signin"


@pytest.fixture
def mocked() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


@pytest.fixture
def player() -> Iterator[PlayNanooPlayer]:
    with PlayNanooClient(
        game_id="g",
        service_key="service-key-123",
        account_base_url=ACCOUNT,
        api_base_url=API,
        storage_base_url="https://storage.pn.test",
        time_base_url=TIME,
        max_retries=0,
        sleep=lambda seconds: None,
    ) as client:
        client.set_tokens("p", access_token="at-1", refresh_token="rt-1", user_unique_id="uuid-1")
        yield client.player("p", device=DEVICE)


def answer(mock: responses.RequestsMock, status: int, body: Any, *, url: str = LOAD, **kwargs: Any) -> None:
    if isinstance(body, str):
        mock.add(responses.PUT, url, status=status, body=body, **kwargs)
    else:
        mock.add(responses.PUT, url, status=status, json=body, **kwargs)


@pytest.mark.parametrize("status", [200, 400, 403, 404])
def test_30000_is_account_not_found_whatever_the_status(
    mocked: responses.RequestsMock, player: PlayNanooPlayer, status: int
) -> None:
    answer(mocked, status, {"ErrorCode": "30000", "Message": "NotFoundAccountException"})
    with pytest.raises(AccountNotFound) as caught:
        player.storage_load(storage_key="k")
    assert isinstance(caught.value, NotFoundError)
    assert (caught.value.code, caught.value.http_status, caught.value.platform) == (
        30000,
        status,
        "playnanoo",
    )


def test_30007_carries_the_withdrawal_key_but_does_not_print_it(
    mocked: responses.RequestsMock, player: PlayNanooPlayer
) -> None:
    answer(mocked, 403, {"ErrorCode": "30007", "Message": "withdrawal pending", "WithdrawalKey": "wk-secret"})
    with pytest.raises(AccountWithdrawalPending) as caught:
        player.storage_load(storage_key="k")
    error = caught.value
    assert isinstance(error, PermissionDeniedError)
    assert error.withdrawal_key == "wk-secret"
    assert "wk-secret" not in str(error) and "wk-secret" not in repr(error)


def test_70002_carries_the_block_key(mocked: responses.RequestsMock, player: PlayNanooPlayer) -> None:
    answer(mocked, 403, {"ErrorCode": 70002, "Message": "blocked", "BlockKey": "bk-1"})
    with pytest.raises(AccountBlocked) as caught:
        player.storage_load(storage_key="k")
    assert isinstance(caught.value, PermissionDeniedError)
    assert (caught.value.block_key, caught.value.code) == ("bk-1", 70002)
    assert "bk-1" not in repr(caught.value)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, APIError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_other_failures_follow_the_http_status(
    mocked: responses.RequestsMock, player: PlayNanooPlayer, status: int, expected: type[APIError]
) -> None:
    answer(mocked, status, {"ErrorCode": "99999", "Message": "something"})
    with pytest.raises(APIError) as caught:
        player.storage_load(storage_key="k")
    assert type(caught.value) is expected
    assert (caught.value.code, caught.value.message, caught.value.http_status) == (99999, "something", status)
    assert caught.value.body == {"ErrorCode": "99999", "Message": "something"}


def test_a_non_numeric_code_is_kept_as_sent(mocked: responses.RequestsMock, player: PlayNanooPlayer) -> None:
    answer(mocked, 400, {"ErrorCode": "InvalidParameter", "Message": "bad"})
    with pytest.raises(APIError) as caught:
        player.storage_load(storage_key="k")
    assert caught.value.code == "InvalidParameter"


def test_a_2xx_carrying_an_error_code_is_a_failure(
    mocked: responses.RequestsMock, player: PlayNanooPlayer
) -> None:
    answer(mocked, 200, {"ErrorCode": "70002", "Message": "blocked", "BlockKey": "bk"})
    with pytest.raises(AccountBlocked):
        player.storage_load(storage_key="k")


@pytest.mark.parametrize("code", ["", "0", 0, None])
def test_an_empty_or_zero_error_code_in_a_2xx_is_success(
    mocked: responses.RequestsMock, player: PlayNanooPlayer, code: Any
) -> None:
    answer(mocked, 200, {"ErrorCode": code, "StorageKey": "k", "StorageValue": "v"})
    record = player.storage_load(storage_key="k")
    assert record.storage_value == "v"
    assert record.additional_properties == {"ErrorCode": code}


def test_an_html_error_page_is_a_server_error_with_the_text(
    mocked: responses.RequestsMock, player: PlayNanooPlayer
) -> None:
    answer(mocked, 502, "<html>Bad Gateway</html>", content_type="text/html")
    with pytest.raises(ServerError) as caught:
        player.storage_load(storage_key="k")
    assert caught.value.code is None
    assert caught.value.body == "<html>Bad Gateway</html>"


def test_a_200_that_is_not_json_is_an_api_error(
    mocked: responses.RequestsMock, player: PlayNanooPlayer
) -> None:
    answer(mocked, 200, "OK", content_type="text/plain")
    with pytest.raises(APIError) as caught:
        player.storage_load(storage_key="k")
    assert "the body is not JSON" in caught.value.message


def test_a_sign_in_answer_without_its_token_is_an_api_error(mocked: responses.RequestsMock) -> None:
    with PlayNanooClient(game_id="g", service_key="k", account_base_url=ACCOUNT) as client:
        answer(mocked, 200, {"Player": {"UserUniqueID": "u"}}, url=GUEST)
        with pytest.raises(APIError) as caught:
            client.player("p", device=DEVICE).guest_sign_in(linked_id="d")
        assert "Token: required field missing" in caught.value.message
        answer(mocked, 200, {"Token": {"AccessToken": ""}}, url=GUEST)
        with pytest.raises(APIError):
            client.player("p", device=DEVICE).guest_sign_in(linked_id="d")
        assert client.get_tokens("p") is None


def test_a_401_on_a_sign_in_is_an_authentication_error_without_refresh(
    mocked: responses.RequestsMock,
) -> None:
    with PlayNanooClient(game_id="g", service_key="k", account_base_url=ACCOUNT) as client:
        answer(mocked, 401, {"ErrorCode": "InvalidPassword", "Message": "no"}, url=GUEST)
        with pytest.raises(AuthenticationError):
            client.player("p", device=DEVICE).guest_sign_in(linked_id="d")
        assert len(mocked.calls) == 1


def test_rate_limited_answer_carries_retry_after(
    mocked: responses.RequestsMock, player: PlayNanooPlayer
) -> None:
    answer(mocked, 429, {"Message": "slow down"}, headers={"Retry-After": "7"})
    with pytest.raises(RateLimitError) as caught:
        player.storage_load(storage_key="k")
    assert caught.value.retry_after == 7.0


def test_request_id_header_is_kept(mocked: responses.RequestsMock, player: PlayNanooPlayer) -> None:
    answer(mocked, 500, {"Message": "boom"}, headers={"X-Request-Id": "req-9"})
    with pytest.raises(ServerError) as caught:
        player.storage_load(storage_key="k")
    assert caught.value.request_id == "req-9"
    assert "req-9" in str(caught.value)


def test_server_time_uses_its_own_envelope(mocked: responses.RequestsMock, player: PlayNanooPlayer) -> None:
    url = TIME + "/server_time/call"
    mocked.add(responses.POST, url, json={"code": 200, "message": 0, "value": {"timestamp": 1700000000}})
    assert player.server_time().timestamp == 1700000000
    mocked.add(responses.POST, url, json={"code": 429, "message": "too many calls from this device"})
    with pytest.raises(APIError) as caught:
        player.server_time()
    assert (caught.value.code, caught.value.message, caught.value.http_status) == (
        429,
        "too many calls from this device",
        200,
    )
    mocked.add(responses.POST, url, json={"code": 200, "message": 0})
    with pytest.raises(APIError, match="carries no result"):
        player.server_time()


def test_unknown_response_fields_are_kept(mocked: responses.RequestsMock, player: PlayNanooPlayer) -> None:
    answer(mocked, 200, {"PlayerId": "u", "StorageKey": "k", "StorageValue": "v", "UpdatedAt": "2024-01-01"})
    assert player.storage_load(storage_key="k").additional_properties == {"UpdatedAt": "2024-01-01"}


def test_requests_go_to_their_own_hosts(mocked: responses.RequestsMock, player: PlayNanooPlayer) -> None:
    answer(mocked, 200, {"count": 2}, url=API + "/inbox/v20220901/count")
    answer(mocked, 200, {"StorageKey": "k", "StorageValue": "v"})
    assert player.inbox_count(table_code="t").count == 2
    player.storage_load(storage_key="k")
    assert [call.request.url for call in mocked.calls] == [API + "/inbox/v20220901/count", LOAD]
    request = mocked.calls[0].request
    assert request.headers["X-Playnanoo-Key"] == "service-key-123"
    assert request.headers["Authorization"] == "Bearer at-1"


@pytest.mark.parametrize(
    ("code", "key_field", "expected"),
    [(70002, "BlockKey", AccountBlocked), (30007, "WithdrawalKey", AccountWithdrawalPending)],
)
def test_401_naming_the_account_state_is_raised_without_a_refresh(
    mocked: responses.RequestsMock,
    player: PlayNanooPlayer,
    code: int,
    key_field: str,
    expected: type[APIError],
) -> None:
    answer(mocked, 401, {"ErrorCode": code, "Message": "account state", key_field: "k-1"})
    with pytest.raises(expected):
        player.storage_load(storage_key="progress")
    assert [call.request.url for call in mocked.calls] == [LOAD]  # no refresh, no retry
