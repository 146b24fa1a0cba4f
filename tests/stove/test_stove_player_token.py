"""The local player-token pre-check: malformed and expired tokens are refused with no network call."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from typing import Any

import pytest
import responses
from hypothesis import given
from hypothesis import strategies as st
from stove_support import CLIENT_ID, CLIENT_SECRET, GAME_ID, MEMBER_NO, SERVICE_ID, START, ManualClock

from gameplatform.errors import AuthenticationError, ValidationError
from gameplatform.stove import (
    BadRequest,
    ExpiredUserToken,
    StoveClient,
    UnverifiedClaims,
    decode_user_token,
    precheck_user_token,
)

NOW_MS = int(START * 1000)


def b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def jwt(payload: Any, *, header: Any = None, key: bytes = b"stove-key") -> str:
    """An HS256 JWT like the ones StoveSDK_GetToken() hands out."""
    signing_input = (
        b64(json.dumps(header or {"alg": "HS256"}).encode()) + "." + b64(json.dumps(payload).encode())
    )
    signature = hmac.new(key, signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + b64(signature)


def player_token(expire_time: Any = NOW_MS + 60_000) -> str:
    return jwt({"expire_time": expire_time, "member_no": MEMBER_NO, "application_no": 10002})


def test_vendor_sample_token_is_read() -> None:
    sample = (
        "eyJhbGciOiJIUzI1NiJ9.eyJleHBpcmVfdGltZSI6MTY2MzkyNDQwNzQxNywibWVtYmVyX25vIjoyMDAwNTA2MTk4Niwi"
        "YXBwbGljYXRpb25fbm8iOjEwMDAyfQ.lVXx2gL-7keAs42wFDZLS-coqkSUFIAli3Opq4Is34K7ZgnpnneHJx15ofczp3Ep0o"
    )
    claims = precheck_user_token(access_token=sample, now=1663924407.0)
    assert claims == UnverifiedClaims(
        expire_time=1663924407417, member_no=20005061986, application_no=10002, payload=claims.payload
    )
    assert claims.expires_at == pytest.approx(1663924407.417)
    with pytest.raises(ExpiredUserToken):
        precheck_user_token(access_token=sample, now=1663924407.417)


def test_decode_reads_an_expired_token_without_judging_it() -> None:
    token = player_token(NOW_MS - 1)
    with pytest.raises(ExpiredUserToken):
        precheck_user_token(access_token=token, now=START)
    claims = decode_user_token(access_token=token)
    assert (claims.expire_time, claims.member_no, claims.application_no) == (NOW_MS - 1, MEMBER_NO, 10002)
    assert dict(claims.payload) == {
        "expire_time": NOW_MS - 1,
        "member_no": MEMBER_NO,
        "application_no": 10002,
    }
    with pytest.raises(ValidationError) as caught:
        decode_user_token(access_token=token.replace(".", "", 1))
    assert caught.value.field == "access_token"


def test_unexpired_token_passes_and_gives_its_claims() -> None:
    claims = precheck_user_token(access_token=player_token(NOW_MS + 1), now=START)
    assert (claims.expire_time, claims.member_no, claims.application_no) == (NOW_MS + 1, MEMBER_NO, 10002)


@pytest.mark.parametrize("expire_time", [NOW_MS, NOW_MS - 1, 0, -5, float(NOW_MS - 1000)])
def test_expired_token_is_refused(expire_time: Any) -> None:
    token = player_token(expire_time)
    with pytest.raises(ExpiredUserToken) as caught:
        precheck_user_token(access_token=token, now=START)
    assert isinstance(caught.value, AuthenticationError)
    assert (caught.value.platform, caught.value.http_status, caught.value.code) == ("stove", None, None)
    assert token not in str(caught.value) and token not in repr(caught.value)


def test_leeway_tolerates_a_clock_running_ahead() -> None:
    token = player_token(NOW_MS - 2_000)
    assert precheck_user_token(access_token=token, now=START, leeway=5).member_no == MEMBER_NO
    with pytest.raises(ExpiredUserToken):
        precheck_user_token(access_token=token, now=START, leeway=1)
    with pytest.raises(ValidationError) as caught:
        precheck_user_token(access_token=token, now=START, leeway=-1)
    assert caught.value.field == "leeway"


@pytest.mark.parametrize(
    "token",
    [
        "",
        "not-a-jwt",
        "a.b",
        "a.b.c.d",
        "eyJhbGciOiJIUzI1NiJ9..sig",
        "!!!.eyJleHBpcmVfdGltZSI6MX0.sig",
        b64(b"[1]") + "." + b64(b'{"expire_time": 1}') + ".sig",
        b64(b'{"alg":"HS256"}') + "." + b64(b"not json") + ".sig",
        b64(b'{"alg":"HS256"}') + "." + b64(b"[1, 2]") + ".sig",
        b64(b'{"alg":"HS256"}') + "." + b64(b'{"member_no": 1}') + ".sig",
        b64(b'{"alg":"HS256"}') + "." + b64(b'{"expire_time": "soon"}') + ".sig",
        b64(b'{"alg":"HS256"}') + "." + b64(b'{"expire_time": true}') + ".sig",
        b64(b'{"alg":"HS256"}') + "." + b64(b'{"expire_time": 9e999}') + ".sig",
        b64(b'{"alg":"HS256"}') + "." + b64(b'{"expire_time": 99999999999999}') + ".",
        b64(b'{"alg":"HS256"}') + "." + b64(b"\xff\xfe") + ".sig",
        "a" * 9000,
    ],
)
def test_malformed_token_is_a_validation_error(token: str) -> None:
    with pytest.raises(ValidationError) as caught:
        precheck_user_token(access_token=token, now=START)
    assert caught.value.field == "access_token"
    if token:
        assert token not in str(caught.value)


def test_non_string_token_is_a_validation_error() -> None:
    with pytest.raises(ValidationError):
        precheck_user_token(access_token=None, now=START)  # type: ignore[arg-type]


@given(st.text(max_size=200))
def test_any_text_gives_claims_or_a_typed_refusal(text: str) -> None:
    try:
        claims = precheck_user_token(access_token=text, now=START)
    except (ValidationError, ExpiredUserToken):
        return
    assert claims.expire_time > NOW_MS


@given(st.dictionaries(st.text(max_size=10), st.integers() | st.text(max_size=5) | st.none(), max_size=4))
def test_any_payload_gives_claims_or_a_typed_refusal(payload: dict[str, Any]) -> None:
    try:
        claims = precheck_user_token(access_token=jwt(payload), now=START)
    except (ValidationError, ExpiredUserToken):
        return
    assert claims.expire_time == payload["expire_time"] > NOW_MS


# -- through the client: refused before any request, the token call included ---------------------


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield mock


def make_client(clock: ManualClock) -> StoveClient:
    return StoveClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, service_id=SERVICE_ID, clock=clock)


@pytest.mark.parametrize(
    ("token", "error"),
    [(player_token(NOW_MS - 1), ExpiredUserToken), ("garbage", ValidationError)],
)
def test_precheck_in_verify_makes_no_network_call(
    rsps: responses.RequestsMock, token: str, error: type[Exception]
) -> None:
    with make_client(ManualClock()) as client, pytest.raises(error):
        client.verify_user_token(game_id=GAME_ID, access_token=token, precheck=True)
    assert len(rsps.calls) == 0


def test_precheck_uses_the_client_clock(rsps: responses.RequestsMock) -> None:
    clock = ManualClock()
    token = player_token(NOW_MS + 10_000)
    rsps.post(
        "https://api.onstove.com/auth/v5/server_token",
        json={
            "code": 0,
            "message": "success",
            "response_data": {"access_token": "s", "token_type": "bearer", "expires_in": 100},
        },
    )
    rsps.post(
        f"https://api.onstove.com/member/v3.0/{GAME_ID}/token/verify",
        json={"code": 0, "message": "success", "value": {"member_no": MEMBER_NO}},
    )
    with make_client(clock) as client:
        assert (
            client.verify_user_token(game_id=GAME_ID, access_token=token, precheck=True).member_no
            == MEMBER_NO
        )
        calls = len(rsps.calls)
        clock.advance(10)
        with pytest.raises(ExpiredUserToken):
            client.verify_user_token(game_id=GAME_ID, access_token=token, precheck=True)
    assert len(rsps.calls) == calls == 2


def test_without_precheck_an_expired_token_goes_to_stove(rsps: responses.RequestsMock) -> None:
    rsps.post(
        "https://api.onstove.com/auth/v5/server_token",
        json={
            "code": 0,
            "message": "success",
            "response_data": {"access_token": "s", "token_type": "bearer", "expires_in": 100},
        },
    )
    rsps.post(
        f"https://api.onstove.com/member/v3.0/{GAME_ID}/token/verify",
        json={"code": 40000, "message": "bad request"},
    )
    with make_client(ManualClock()) as client, pytest.raises(BadRequest) as caught:
        client.verify_user_token(game_id=GAME_ID, access_token=player_token(NOW_MS - 1))
    assert caught.value.code == 40000
    assert len(rsps.calls) == 2
