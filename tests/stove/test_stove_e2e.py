"""StoveClient end to end over loopback against StoveFake: every call, token life, typed failures."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from stove_support import CLIENT_SECRET, GAME_ID, GUID, MEMBER_NO, OTHER_GAME_ID, ManualClock

from gameplatform.errors import (
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    TransportError,
)
from gameplatform.stove import (
    BadRequest,
    ExpiredUserToken,
    GameCode,
    InvalidClientCredentials,
    InvalidGameId,
    InvalidServerToken,
    OwnershipCode,
    StoveClient,
)
from gameplatform.testing import FakeResponse, Fault
from gameplatform.testing.stove import DEFAULT_SERVER_TOKEN_LIFETIME, StoveFake

MakeClient = Callable[..., StoveClient]


def test_verify_user_token(fake: StoveFake, client: StoveClient) -> None:
    token = fake.issue_player_token(GAME_ID, MEMBER_NO, guid=GUID)
    user = client.verify_user_token(game_id=GAME_ID, access_token=token)
    assert (user.member_no, user.guid) == (MEMBER_NO, GUID)
    assert fake.token_calls == 1


def test_verify_before_terms_accepted_has_no_guid(fake: StoveFake, client: StoveClient) -> None:
    token = fake.issue_player_token(GAME_ID, MEMBER_NO)
    assert client.verify_user_token(game_id=GAME_ID, access_token=token).guid is None


def test_token_of_another_game_is_invalid_game_id(fake: StoveFake, client: StoveClient) -> None:
    fake.issue_player_token(GAME_ID, 1)
    token = fake.issue_player_token(OTHER_GAME_ID, MEMBER_NO)
    with pytest.raises(InvalidGameId) as caught:
        client.verify_user_token(game_id=GAME_ID, access_token=token)
    assert isinstance(caught.value, PermissionDeniedError)
    assert (caught.value.code, caught.value.http_status) == (41002, 200)


def test_expired_player_token_is_refused_by_stove(
    fake: StoveFake, client: StoveClient, clock: ManualClock
) -> None:
    token = fake.issue_player_token(GAME_ID, MEMBER_NO, lifetime_ms=1_000)
    assert client.verify_user_token(game_id=GAME_ID, access_token=token).member_no == MEMBER_NO
    clock.advance(1)
    with pytest.raises(BadRequest) as caught:
        client.verify_user_token(game_id=GAME_ID, access_token=token)
    assert (caught.value.code, caught.value.http_status) == (40000, 200)


def test_precheck_refuses_an_expired_token_without_asking(fake: StoveFake, client: StoveClient) -> None:
    token = fake.issue_player_token(GAME_ID, MEMBER_NO, lifetime_ms=0)
    with pytest.raises(ExpiredUserToken):
        client.verify_user_token(game_id=GAME_ID, access_token=token, precheck=True)
    assert fake.requests == []


def test_forged_player_token_is_refused(fake: StoveFake, client: StoveClient) -> None:
    token = fake.issue_player_token(GAME_ID, MEMBER_NO)
    forged = token[: token.rindex(".") + 1] + "AAAA"
    with pytest.raises(BadRequest):
        client.verify_user_token(game_id=GAME_ID, access_token=forged)


def test_lookup_member_by_member_no_and_guid(fake: StoveFake, client: StoveClient) -> None:
    fake.add_member(member_no=MEMBER_NO, nickname="hero", guids={GAME_ID: GUID})
    by_member = client.lookup_member(game_id=GAME_ID, search_type="member_no", value=MEMBER_NO)
    by_guid = client.lookup_member(game_id=GAME_ID, search_type="guid", value=str(GUID))
    assert by_member == by_guid
    assert (by_member.member_no, by_member.guid, by_member.nickname) == (MEMBER_NO, GUID, "hero")


def test_lookup_of_nobody_is_not_found(fake: StoveFake, client: StoveClient) -> None:
    with pytest.raises(NotFoundError):
        client.lookup_member(game_id=GAME_ID, search_type="member_no", value=12345)


def test_check_ownership(fake: StoveFake, client: StoveClient) -> None:
    fake.grant_ownership(member_no=MEMBER_NO, game_id="DLC_1", game_cd=5, product_no=77)
    fake.grant_ownership(member_no=MEMBER_NO, game_id="DLC_3")
    ownership = client.check_ownership(game_id=GAME_ID, member_no=MEMBER_NO, game_ids=["DLC_1", "DLC_2"])
    assert ownership.member_no == MEMBER_NO
    [owned] = ownership.owner_list
    assert (owned.game_id, owned.game_cd, owned.ownership_cd, owned.product_no) == (
        "DLC_1",
        GameCode.DLC,
        OwnershipCode.ACQUIRED,
        77,
    )
    [request] = fake.requests_to("/ownership/v3.0/check_ownership")
    assert request.header("caller-id") == f"{GAME_ID}_SERVER"
    assert client.check_ownership(game_id=GAME_ID, member_no=1, game_ids=["DLC_1"]).owner_list == []


# -- server token lifecycle -----------------------------------------------------------------------


def test_server_token_follows_the_platform_70_percent_rule(
    fake: StoveFake, client: StoveClient, clock: ManualClock
) -> None:
    lifetime = DEFAULT_SERVER_TOKEN_LIFETIME
    first = client.server_token()
    assert first.expires_in == lifetime
    clock.advance(0.69 * lifetime)
    assert client.server_token() == first
    assert fake.token_calls == 1
    clock.advance(0.02 * lifetime)  # past the 70 % window: one renewal, a new token
    second = client.server_token()
    assert second.access_token != first.access_token
    assert second.expires_in == lifetime
    assert fake.token_calls == 2
    assert fake.is_valid_server_token(first.access_token)  # old tokens live out their own life
    clock.advance(0.30 * lifetime)  # now past the first token's own expiry
    assert not fake.is_valid_server_token(first.access_token)
    assert client.server_token() == second


def test_renewing_before_70_percent_gets_the_same_token_with_its_remaining_life(
    fake: StoveFake, make_client: MakeClient, clock: ManualClock
) -> None:
    client = make_client(token_advisory_fraction=0.5)
    first = client.server_token()
    clock.advance(0.6 * first.expires_in)
    again = client.server_token()
    assert again.access_token == first.access_token
    assert again.expires_at == pytest.approx(first.expires_at, abs=1)
    assert fake.token_calls == 2 and fake.tokens_issued == 1


def test_expired_token_is_replaced_before_use(
    fake: StoveFake, client: StoveClient, clock: ManualClock
) -> None:
    player_token = fake.issue_player_token(GAME_ID, MEMBER_NO, lifetime_ms=10**12)
    client.verify_user_token(game_id=GAME_ID, access_token=player_token)
    clock.advance(DEFAULT_SERVER_TOKEN_LIFETIME + 1)
    client.verify_user_token(game_id=GAME_ID, access_token=player_token)
    assert fake.token_calls == 2
    first, second = (
        r.header("Authorization") for r in fake.requests_to(f"/member/v3.0/{GAME_ID}/token/verify")
    )
    assert first != second


def test_revoked_token_is_reissued_exactly_once(fake: StoveFake, client: StoveClient) -> None:
    token = fake.issue_player_token(GAME_ID, MEMBER_NO)
    client.verify_user_token(game_id=GAME_ID, access_token=token)
    fake.revoke_server_tokens()
    assert client.verify_user_token(game_id=GAME_ID, access_token=token).member_no == MEMBER_NO
    assert fake.token_calls == 2
    assert len(fake.requests_to(f"/member/v3.0/{GAME_ID}/token/verify")) == 3
    client.lookup_member(game_id=GAME_ID, search_type="member_no", value=MEMBER_NO)
    assert fake.token_calls == 2


def test_revoked_token_recovery_for_ownership(fake: StoveFake, client: StoveClient) -> None:
    client.server_token()
    fake.revoke_server_tokens()
    assert client.check_ownership(game_id=GAME_ID, member_no=1, game_ids=["A"]).owner_list == []
    assert fake.token_calls == 2


def test_second_40101_raises_invalid_server_token(fake: StoveFake, client: StoveClient) -> None:
    token = fake.issue_player_token(GAME_ID, MEMBER_NO)
    fake.fail_next(40101, operation="verify_user_token", times=2)
    with pytest.raises(InvalidServerToken) as caught:
        client.verify_user_token(game_id=GAME_ID, access_token=token)
    assert (caught.value.code, caught.value.http_status) == (40101, 401)
    assert fake.token_calls == 2
    assert len(fake.requests_to(f"/member/v3.0/{GAME_ID}/token/verify")) == 2


def test_unknown_client_is_authentication_error(fake: StoveFake, make_client: MakeClient) -> None:
    client = make_client(client_secret="wrong-" + CLIENT_SECRET)
    with pytest.raises(InvalidClientCredentials) as caught:
        client.verify_user_token(game_id=GAME_ID, access_token=fake.issue_player_token(GAME_ID, 1))
    assert isinstance(caught.value, AuthenticationError)
    assert (caught.value.code, caught.value.http_status) == (40105, 401)
    assert fake.token_calls == 1
    assert fake.requests_to(f"/member/v3.0/{GAME_ID}/token/verify") == []


def test_wrong_service_id_is_invalid_client(make_client: MakeClient) -> None:
    with pytest.raises(InvalidClientCredentials):
        make_client(service_id="SOMEONE_ELSE").server_token()


def test_token_call_reset_after_handling_is_retried_safely(fake: StoveFake, client: StoveClient) -> None:
    fake.inject(Fault("reset", path="/auth/v5/server_token", after_handling=True))
    token = client.server_token()
    assert fake.is_valid_server_token(token.access_token)
    assert fake.token_calls == 2 and fake.tokens_issued == 1


def test_transport_failure_is_bounded(fake: StoveFake, make_client: MakeClient) -> None:
    client = make_client(max_retries=1)
    fake.inject(*(Fault("respond", FakeResponse(502, b"<html>bad gateway</html>")) for _ in range(2)))
    with pytest.raises(ServerError) as caught:
        client.server_token()
    assert caught.value.http_status == 502
    assert fake.token_calls == 0 and len(fake.requests) == 2
    fake.inject(*(Fault("reset") for _ in range(2)))
    with pytest.raises(TransportError):
        client.server_token()
    assert len(fake.requests) == 4
