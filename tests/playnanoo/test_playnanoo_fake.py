"""The fake itself, spoken to with plain ``requests``: it must refuse what PlayNANOO refuses."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from gameplatform.testing.playnanoo import DEFAULT_REFRESH_PATH, PlayNanooFake

DEVICE_FIELDS = {"device_id": "d", "platform": "aos"}
GUEST = "/api/v20240401/guest/signin"
COUNT = "/inbox/v20220901/count"


def put(fake: PlayNanooFake, path: str, body: dict[str, Any], **headers: str) -> requests.Response:
    sent = {"X-Playnanoo-Key": fake.service_key, "X-Playnanoo-Id": fake.game_id, **headers}
    return requests.put(fake.url + path, json=body, headers=sent, timeout=10)


def test_service_key_and_game_id_are_checked(fake: PlayNanooFake) -> None:
    answer = requests.put(fake.url + GUEST, json={**DEVICE_FIELDS, "linked_id": "x"}, timeout=10)
    assert answer.status_code == 403
    assert answer.json()["ErrorCode"] == "InvalidServiceKey"


def test_device_fields_are_required(fake: PlayNanooFake) -> None:
    assert put(fake, GUEST, {"linked_id": "x"}).status_code == 400
    assert put(fake, GUEST, {"linked_id": "x", "device_id": "d", "platform": "pc"}).status_code == 400
    assert put(fake, GUEST, {**DEVICE_FIELDS, "linked_id": "x"}).status_code == 200


def test_fail_next_keeps_the_older_status_first_form(fake: PlayNanooFake) -> None:
    with pytest.deprecated_call():
        fake.fail_next(401, error_code="TokenExpired", path=GUEST)
    failed = put(fake, GUEST, {**DEVICE_FIELDS, "linked_id": "x"})
    assert (failed.status_code, failed.json()["ErrorCode"]) == (401, "TokenExpired")


def test_player_calls_need_a_live_bearer_token(fake: PlayNanooFake) -> None:
    body = {**DEVICE_FIELDS, "table_code": "t"}
    assert put(fake, COUNT, body).json()["ErrorCode"] == "Unauthorized"
    assert put(fake, COUNT, body, Authorization="Bearer nope").status_code == 401
    tokens = put(fake, GUEST, {**DEVICE_FIELDS, "linked_id": "x"}).json()["Token"]
    bearer = f"Bearer {tokens['AccessToken']}"
    assert put(fake, COUNT, body, Authorization=bearer).json() == {"count": 0}
    fake.advance(fake.access_token_ttl)
    expired = put(fake, COUNT, body, Authorization=bearer)
    assert (expired.status_code, expired.json()["ErrorCode"]) == (401, "TokenExpired")


def test_refresh_tokens_rotate(fake: PlayNanooFake) -> None:
    first = put(fake, GUEST, {**DEVICE_FIELDS, "linked_id": "x"}).json()["Token"]["RefreshToken"]
    second = put(fake, DEFAULT_REFRESH_PATH, {**DEVICE_FIELDS, "refresh_token": first})
    assert second.status_code == 200
    replay = put(fake, DEFAULT_REFRESH_PATH, {**DEVICE_FIELDS, "refresh_token": first})
    assert (replay.status_code, replay.json()["ErrorCode"]) == (401, "InvalidRefreshToken")
    third = put(
        fake, DEFAULT_REFRESH_PATH, {**DEVICE_FIELDS, "refresh_token": second.json()["Token"]["RefreshToken"]}
    )
    assert third.status_code == 200
    assert fake.refresh_calls == 3


def test_wrong_method_and_unknown_path(fake: PlayNanooFake) -> None:
    sent = {"X-Playnanoo-Key": fake.service_key, "X-Playnanoo-Id": fake.game_id}
    assert requests.post(fake.url + GUEST, json=DEVICE_FIELDS, headers=sent, timeout=10).status_code == 405
    assert put(fake, "/nowhere", DEVICE_FIELDS).status_code == 404


def test_fail_next_and_rate_limit_next(fake: PlayNanooFake) -> None:
    fake.fail_next(12345, status=500, message="boom", path=GUEST)
    failed = put(fake, GUEST, {**DEVICE_FIELDS, "linked_id": "x"})
    assert (failed.status_code, failed.json()) == (500, {"Message": "boom", "ErrorCode": "12345"})
    fake.fail_next(70002)
    blocked = put(fake, GUEST, {**DEVICE_FIELDS, "linked_id": "x"})
    assert (blocked.status_code, blocked.json()["ErrorCode"]) == (403, "70002")
    assert blocked.json()["BlockKey"]
    fake.fail_next(None, status=503)
    bare = put(fake, GUEST, {**DEVICE_FIELDS, "linked_id": "x"})
    assert bare.status_code == 503
    assert "ErrorCode" not in bare.json()
    with pytest.raises(ValueError, match="status="):
        fake.fail_next(99999)
    with pytest.raises(ValueError, match="status="):
        fake.fail_next(None)
    with pytest.raises(ValueError, match="times"):
        fake.fail_next(30000, times=0)
    fake.rate_limit_next(retry_after=4)
    limited = put(fake, GUEST, {**DEVICE_FIELDS, "linked_id": "x"})
    assert (limited.status_code, limited.headers["Retry-After"]) == (429, "4")
    assert put(fake, GUEST, {**DEVICE_FIELDS, "linked_id": "x"}).status_code == 200
