"""StoveClient against canned answers (``responses``): wire shapes, hosts, error mapping, token reuse."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import responses
from stove_support import CLIENT_ID, CLIENT_SECRET, GAME_ID, GUID, MEMBER_NO, SERVICE_ID, START, ManualClock

from gameplatform.errors import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from gameplatform.stove import (
    BadRequest,
    InvalidClientCredentials,
    InvalidGameId,
    InvalidServerToken,
    MemberSearchType,
    OwnershipCode,
    StoveClient,
)
from gameplatform.tokens import MemoryTokenStore

LIVE = "https://api.onstove.com"
SANDBOX = "https://api.gate8.com"
TOKEN_PATH = "/auth/v5/server_token"
VERIFY_PATH = f"/member/v3.0/{GAME_ID}/token/verify"
MEMBER_PATH = f"/member/v3.0/{GAME_ID}"
OWNERSHIP_PATH = "/ownership/v3.0/check_ownership"
PLAYER_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJleHBpcmVfdGltZSI6MX0.c2lnbmF0dXJl"


def token_answer(token: str = "server-token-1", expires_in: int = 2_591_999) -> dict[str, Any]:
    return {
        "code": 0,
        "message": "success",
        "response_data": {"access_token": token, "token_type": "bearer", "expires_in": expires_in},
    }


VERIFIED = {"code": 0, "message": "success", "value": {"member_no": MEMBER_NO, "guid": GUID}}


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


def make_client(clock: ManualClock, **overrides: Any) -> StoveClient:
    settings: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "service_id": SERVICE_ID,
        "clock": clock,
    }
    settings.update(overrides)
    client = StoveClient(**settings)
    client._transport.sleep = lambda seconds: None
    return client


def calls_to(mock: responses.RequestsMock, path: str) -> list[Any]:
    return [call for call in mock.calls if call.request.path_url.split("?")[0] == path]


# -- hosts and settings ------------------------------------------------------------------


@pytest.mark.parametrize(("environment", "host"), [("live", LIVE), ("sandbox", SANDBOX)])
def test_environment_picks_the_documented_host(
    rsps: responses.RequestsMock, clock: ManualClock, environment: str, host: str
) -> None:
    rsps.post(host + TOKEN_PATH, json=token_answer())
    rsps.post(host + VERIFY_PATH, json=VERIFIED)
    with make_client(clock, environment=environment) as client:
        assert client.base_url == host
        client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN)
    assert [call.request.url for call in rsps.calls] == [host + TOKEN_PATH, host + VERIFY_PATH]


def test_default_environment_is_live(clock: ManualClock) -> None:
    with make_client(clock) as client:
        assert (client.environment, client.base_url) == ("live", LIVE)


def test_base_url_overrides_the_environment(rsps: responses.RequestsMock, clock: ManualClock) -> None:
    rsps.post("https://stove-proxy.example.com/auth/v5/server_token", json=token_answer())
    with make_client(clock, environment="sandbox", base_url="https://stove-proxy.example.com/") as client:
        assert client.server_token().access_token == "server-token-1"
        assert client.base_url == "https://stove-proxy.example.com"


@pytest.mark.parametrize(
    "overrides",
    [
        {"environment": "production"},
        {"client_id": ""},
        {"client_secret": ""},
        {"service_id": None},
        {"base_url": "http://api.onstove.com"},
        {"max_retries": -1},
        {"token_advisory_fraction": 1.5},
        {"token_lock_timeout": 5.0},
    ],
)
def test_unusable_settings_are_configuration_errors(clock: ManualClock, overrides: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError) as caught:
        make_client(clock, **overrides)
    assert CLIENT_SECRET not in str(caught.value)


def test_lock_timeout_defaults_above_the_token_call_budget(clock: ManualClock) -> None:
    with make_client(clock, timeout=(1.0, 2.0), max_retries=1) as client:
        lock_timeout = client._server_token._lock_timeout
    # Two attempts of 3 s each plus one backoff of at most 8 s.
    assert lock_timeout > 2 * 3.0 + 8.0


def test_token_store_key_names_environment_client_and_service_not_the_secret(clock: ManualClock) -> None:
    live = make_client(clock)
    sandbox = make_client(clock, environment="sandbox")
    other_service = make_client(clock, service_id="OTHER_SERVICE")
    local = make_client(clock, base_url="http://127.0.0.1:9")
    keys = {c.token_store_key for c in (live, sandbox, other_service, local)}
    assert len(keys) == 4
    assert "live" in live.token_store_key and CLIENT_ID in live.token_store_key
    assert SERVICE_ID in live.token_store_key and "sandbox" in sandbox.token_store_key
    assert all(CLIENT_SECRET not in key for key in keys)


# -- wire shapes --------------------------------------------------------------------------


def test_token_issue_sends_the_documented_body(rsps: responses.RequestsMock, clock: ManualClock) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    with make_client(clock) as client:
        client.server_token()
    request = rsps.calls[0].request
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.body or "") == {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "service_id": SERVICE_ID,
    }


def test_server_token_expiry_is_measured_from_receipt(
    rsps: responses.RequestsMock, clock: ManualClock
) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer(expires_in=2_591_999))
    with make_client(clock) as client:
        token = client.server_token()
    assert (token.access_token, token.token_type, token.expires_in) == ("server-token-1", "bearer", 2_591_999)
    assert token.issued_at == START
    assert token.expires_at == START + 2_591_999


def test_verify_sends_the_server_token_and_the_player_token(
    rsps: responses.RequestsMock, clock: ManualClock
) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    rsps.post(LIVE + VERIFY_PATH, json=VERIFIED)
    with make_client(clock) as client:
        user = client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN)
    assert (user.member_no, user.guid) == (MEMBER_NO, GUID)
    request = calls_to(rsps, VERIFY_PATH)[0].request
    assert request.headers["Authorization"] == "Bearer server-token-1"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.body or "") == {"access_token": PLAYER_TOKEN}


def test_verify_without_guid_gives_none(rsps: responses.RequestsMock, clock: ManualClock) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    rsps.post(LIVE + VERIFY_PATH, json={"code": 0, "message": "success", "value": {"member_no": MEMBER_NO}})
    with make_client(clock) as client:
        user = client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN)
    assert (user.member_no, user.guid) == (MEMBER_NO, None)


@pytest.mark.parametrize(
    ("search_type", "value", "query"),
    [
        ("member_no", MEMBER_NO, f"search_type=member_no&value={MEMBER_NO}"),
        (MemberSearchType("guid"), str(GUID), f"search_type=guid&value={GUID}"),
    ],
)
def test_member_lookup_query(
    rsps: responses.RequestsMock, clock: ManualClock, search_type: Any, value: Any, query: str
) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    rsps.get(
        LIVE + MEMBER_PATH,
        json={"code": 0, "message": "success", "value": {"member_no": MEMBER_NO, "guid": GUID, "x": 1}},
    )
    with make_client(clock) as client:
        member = client.lookup_member(game_id=GAME_ID, search_type=search_type, value=value)
    assert (member.member_no, member.guid) == (MEMBER_NO, GUID)
    assert member.additional_properties == {"x": 1}
    request = calls_to(rsps, MEMBER_PATH)[0].request
    assert request.path_url == f"{MEMBER_PATH}?{query}"
    assert request.headers["Authorization"] == "Bearer server-token-1"


def test_ownership_query_headers_and_envelope(rsps: responses.RequestsMock, clock: ManualClock) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    owned = {
        "game_id": "DLC_1",
        "game_cd": 7,
        "ownership_cd": "2",
        "purchase_dt": 1700000000000,
        "product_no": 55,
    }
    rsps.get(
        LIVE + OWNERSHIP_PATH,
        json={
            "response_code": 0,
            "response_message": "success",
            "value": {"member_no": MEMBER_NO, "owner_list": [owned]},
        },
    )
    with make_client(clock) as client:
        ownership = client.check_ownership(game_id=GAME_ID, member_no=MEMBER_NO, game_ids=["DLC_1", "DLC_2"])
    assert ownership.member_no == MEMBER_NO
    [entry] = ownership.owner_list
    assert (entry.game_id, entry.game_cd, entry.ownership_cd, entry.purchase_dt, entry.product_no) == (
        "DLC_1",
        "7",  # a code the vendor does not list: kept, as its text
        OwnershipCode.RELEASED,
        1700000000000,
        55,
    )
    assert entry.game_cd is not None and not entry.game_cd.is_known
    request = calls_to(rsps, OWNERSHIP_PATH)[0].request
    assert (
        request.path_url == f"{OWNERSHIP_PATH}?member_no={MEMBER_NO}&game_ids=DLC_1,DLC_2"
    )  # as documented: game_ids=A,B
    assert request.headers["caller-id"] == f"{GAME_ID}_SERVER"
    assert request.headers["authorization"] == "Bearer server-token-1"


# -- the server token is reused, renewed and re-issued on 40101 -------------------------------


def test_server_token_is_reused_until_renewal_is_due(
    rsps: responses.RequestsMock, clock: ManualClock
) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer("first", expires_in=1000))
    rsps.post(LIVE + TOKEN_PATH, json=token_answer("second", expires_in=1000))
    rsps.post(LIVE + VERIFY_PATH, json=VERIFIED)
    with make_client(clock) as client:
        for _ in range(3):
            client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN)
        clock.advance(690)  # 69 % of its life: still fresh with the default 70 % window
        assert client.server_token().access_token == "first"
        clock.advance(20)
        assert client.server_token().access_token == "second"
    assert len(calls_to(rsps, TOKEN_PATH)) == 2


def test_renewal_window_is_configurable(rsps: responses.RequestsMock, clock: ManualClock) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer("first", expires_in=1000))
    rsps.post(LIVE + TOKEN_PATH, json=token_answer("second", expires_in=1000))
    with make_client(clock, token_advisory_fraction=0.5) as client:
        client.server_token()
        clock.advance(510)
        assert client.server_token().access_token == "second"


def test_clients_sharing_a_store_share_the_token(rsps: responses.RequestsMock, clock: ManualClock) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    store = MemoryTokenStore()
    with make_client(clock, token_store=store) as one, make_client(clock, token_store=store) as two:
        assert one.server_token().access_token == two.server_token().access_token
    assert len(calls_to(rsps, TOKEN_PATH)) == 1


def test_40101_drops_the_token_and_retries_once(rsps: responses.RequestsMock, clock: ManualClock) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer("stale"))
    rsps.post(LIVE + TOKEN_PATH, json=token_answer("renewed"))
    rsps.post(LIVE + VERIFY_PATH, status=401, json={"code": 40101, "message": "invalid token"})
    rsps.post(LIVE + VERIFY_PATH, json=VERIFIED)
    with make_client(clock) as client:
        user = client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN)
        assert client.server_token().access_token == "renewed"
    assert user.member_no == MEMBER_NO
    assert len(calls_to(rsps, TOKEN_PATH)) == 2
    verify_calls = calls_to(rsps, VERIFY_PATH)
    assert [c.request.headers["Authorization"] for c in verify_calls] == ["Bearer stale", "Bearer renewed"]


def test_second_40101_raises(rsps: responses.RequestsMock, clock: ManualClock) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer("one"))
    rsps.post(LIVE + TOKEN_PATH, json=token_answer("two"))
    rsps.post(LIVE + VERIFY_PATH, status=401, json={"code": 40101, "message": "invalid token"})
    with make_client(clock) as client, pytest.raises(InvalidServerToken) as caught:
        client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN)
    assert isinstance(caught.value, AuthenticationError)
    assert (caught.value.code, caught.value.http_status) == (40101, 401)
    assert len(calls_to(rsps, TOKEN_PATH)) == 2
    assert len(calls_to(rsps, VERIFY_PATH)) == 2


def test_ownership_40101_in_its_own_envelope_is_retried(
    rsps: responses.RequestsMock, clock: ManualClock
) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer("stale"))
    rsps.post(LIVE + TOKEN_PATH, json=token_answer("renewed"))
    rsps.get(LIVE + OWNERSHIP_PATH, status=401, json={"response_code": 40101, "response_message": "invalid"})
    rsps.get(
        LIVE + OWNERSHIP_PATH,
        json={"response_code": 0, "response_message": "ok", "value": {"member_no": 1, "owner_list": []}},
    )
    with make_client(clock) as client:
        assert client.check_ownership(game_id=GAME_ID, member_no=1, game_ids=["A"]).owner_list == []
    assert len(calls_to(rsps, TOKEN_PATH)) == 2


# -- failures are typed, whatever the HTTP status ----------------------------------------------


@pytest.mark.parametrize(
    ("code", "error_class", "parent"),
    [
        (40000, BadRequest, APIError),
        (41002, InvalidGameId, PermissionDeniedError),
        (40105, InvalidClientCredentials, AuthenticationError),
        (49999, APIError, APIError),
    ],
)
def test_http_200_with_a_nonzero_code_is_an_error(
    rsps: responses.RequestsMock, clock: ManualClock, code: int, error_class: type[APIError], parent: type
) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    rsps.post(LIVE + VERIFY_PATH, json={"code": code, "message": "refused"})
    with make_client(clock) as client, pytest.raises(APIError) as caught:
        client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN)
    assert type(caught.value) is error_class
    assert isinstance(caught.value, parent)
    error = caught.value
    assert (error.platform, error.http_status, error.code, error.message) == ("stove", 200, code, "refused")
    assert len(calls_to(rsps, VERIFY_PATH)) == 1


@pytest.mark.parametrize(
    ("code", "error_class"), [(40000, BadRequest), (41002, InvalidGameId), (40123, APIError)]
)
def test_ownership_nonzero_response_code_is_an_error(
    rsps: responses.RequestsMock, clock: ManualClock, code: int, error_class: type[APIError]
) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    rsps.get(LIVE + OWNERSHIP_PATH, json={"response_code": code, "response_message": "nope"})
    with make_client(clock) as client, pytest.raises(APIError) as caught:
        client.check_ownership(game_id=GAME_ID, member_no=1, game_ids=["A"])
    assert type(caught.value) is error_class
    assert (caught.value.code, caught.value.message) == (code, "nope")


def test_invalid_client_on_token_issue(rsps: responses.RequestsMock, clock: ManualClock) -> None:
    rsps.post(LIVE + TOKEN_PATH, status=401, json={"code": 40105, "message": "invalid client"})
    with make_client(clock) as client, pytest.raises(InvalidClientCredentials) as caught:
        client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN)
    assert isinstance(caught.value, AuthenticationError)
    assert (caught.value.code, caught.value.http_status) == (40105, 401)
    assert len(rsps.calls) == 1


@pytest.mark.parametrize(
    ("status", "error_class"),
    [(500, ServerError), (404, NotFoundError), (403, PermissionDeniedError), (401, AuthenticationError)],
)
def test_failures_without_a_code_map_by_http_status(
    rsps: responses.RequestsMock, clock: ManualClock, status: int, error_class: type[APIError]
) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    rsps.post(LIVE + VERIFY_PATH, status=status, body="<html>oops</html>")
    with make_client(clock, max_retries=0) as client, pytest.raises(APIError) as caught:
        client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN)
    assert type(caught.value) is error_class
    assert (caught.value.http_status, caught.value.code) == (status, None)


def test_rate_limit_carries_retry_after(rsps: responses.RequestsMock, clock: ManualClock) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    rsps.post(
        LIVE + VERIFY_PATH, status=429, headers={"Retry-After": "7"}, json={"code": 42900, "message": "slow"}
    )
    with make_client(clock, max_retries=0) as client, pytest.raises(RateLimitError) as caught:
        client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN)
    assert caught.value.retry_after == 7.0


def test_idempotent_reads_are_retried_on_503(rsps: responses.RequestsMock, clock: ManualClock) -> None:
    rsps.post(LIVE + TOKEN_PATH, status=503)
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    rsps.post(LIVE + VERIFY_PATH, status=503)
    rsps.post(LIVE + VERIFY_PATH, json=VERIFIED)
    with make_client(clock, max_retries=1) as client:
        assert client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN).member_no == MEMBER_NO
    assert len(calls_to(rsps, TOKEN_PATH)) == 2
    assert len(calls_to(rsps, VERIFY_PATH)) == 2


@pytest.mark.parametrize(
    "answer",
    [
        {"body": "not json"},
        {"json": {"message": "no code"}},
        {"json": {"code": 0, "message": "success"}},
        {"json": {"code": 0, "message": "success", "value": {"guid": 1}}},
        {"json": {"code": 0, "message": "success", "value": {"member_no": "twelve"}}},
    ],
)
def test_malformed_success_answers_are_api_errors(
    rsps: responses.RequestsMock, clock: ManualClock, answer: dict[str, Any]
) -> None:
    rsps.post(LIVE + TOKEN_PATH, json=token_answer())
    rsps.post(LIVE + VERIFY_PATH, **answer)
    with make_client(clock) as client, pytest.raises(APIError) as caught:
        client.verify_user_token(game_id=GAME_ID, access_token=PLAYER_TOKEN)
    assert type(caught.value) is APIError
    assert caught.value.http_status == 200


@pytest.mark.parametrize(
    "data",
    [
        {"access_token": "t", "token_type": "bearer"},
        {"access_token": "t", "token_type": "bearer", "expires_in": 0},
        {"access_token": "", "token_type": "bearer", "expires_in": 100},
    ],
)
def test_unusable_issued_token_is_an_api_error_without_the_token(
    rsps: responses.RequestsMock, clock: ManualClock, data: dict[str, Any]
) -> None:
    rsps.post(LIVE + TOKEN_PATH, json={"code": 0, "message": "success", "response_data": data})
    with make_client(clock) as client, pytest.raises(APIError) as caught:
        client.server_token()
    assert type(caught.value) is APIError
    body = caught.value.body  # none at all for an answer that does not fit: nothing to leak
    assert body is None or body["response_data"]["access_token"] == "[redacted]"


# -- bad input never reaches the network ------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.verify_user_token(game_id="", access_token=PLAYER_TOKEN), "game_id"),
        (lambda c: c.verify_user_token(game_id="../admin", access_token=PLAYER_TOKEN), "game_id"),
        (lambda c: c.verify_user_token(game_id=GAME_ID, access_token=""), "access_token"),
        (lambda c: c.verify_user_token(game_id=GAME_ID, access_token=7), "access_token"),
        (lambda c: c.verify_user_token(game_id=GAME_ID, access_token="x" * 9000), "access_token"),
        (lambda c: c.lookup_member(game_id=GAME_ID, search_type="email", value=1), "search_type"),
        (lambda c: c.lookup_member(game_id=GAME_ID, search_type="guid", value="12a"), "value"),
        (lambda c: c.lookup_member(game_id=GAME_ID, search_type="guid", value=True), "value"),
        (lambda c: c.lookup_member(game_id=GAME_ID, search_type="guid", value=-5), "value"),
        (lambda c: c.check_ownership(game_id=GAME_ID, member_no=0, game_ids=["A"]), "member_no"),
        (lambda c: c.check_ownership(game_id=GAME_ID, member_no=1, game_ids=[]), "game_ids"),
        (lambda c: c.check_ownership(game_id=GAME_ID, member_no=1, game_ids="A,B"), "game_ids"),
        (lambda c: c.check_ownership(game_id=GAME_ID, member_no=1, game_ids=["A,B"]), "game_ids"),
        (lambda c: c.check_ownership(game_id="bad id", member_no=1, game_ids=["A"]), "game_id"),
        (lambda c: c.check_ownership(game_id="", member_no=1, game_ids=["A"]), "game_id"),
        (lambda c: c.check_ownership(game_id=5, member_no=1, game_ids=["A"]), "game_id"),
        (lambda c: c.check_ownership(game_id=GAME_ID, member_no=1, game_ids=5), "game_ids"),
        (lambda c: c.check_ownership(game_id=GAME_ID, member_no=True, game_ids=["A"]), "member_no"),
        (lambda c: c.lookup_member(game_id=GAME_ID, search_type=3, value=1), "search_type"),
    ],
)
def test_bad_input_never_reaches_the_network(
    rsps: responses.RequestsMock, clock: ManualClock, call: Any, field: str
) -> None:
    with make_client(clock) as client, pytest.raises(ValidationError) as caught:
        call(client)
    assert caught.value.field.split("[")[0] == field
    assert len(rsps.calls) == 0


def test_every_documented_code_has_a_typed_error_under_the_spec_class() -> None:
    from gameplatform.stove._operations import ERROR_CODES

    assert set(ERROR_CODES) == {40000, 40101, 40105, 41002}
    for code, documented in ERROR_CODES.items():
        assert documented.generic is not None and issubclass(documented.error, documented.generic), code
