"""``gameplatform stove decode-token``: payload and expiry of a player token, marked not verified."""

from __future__ import annotations

import base64
import datetime
import json

import pytest
from cli_support import json_output, run_cli

from gameplatform.testing import StoveFake

VENDOR_SAMPLE = (
    "eyJhbGciOiJIUzI1NiJ9.eyJleHBpcmVfdGltZSI6MTY2MzkyNDQwNzQxNywibWVtYmVyX25vIjoyMDAwNTA2MTk4Niwi"
    "YXBwbGljYXRpb25fbm8iOjEwMDAyfQ.lVXx2gL-7keAs42wFDZLS-coqkSUFIAli3Opq4Is34K7ZgnpnneHJx15ofczp3Ep0o"
)


def test_the_vendor_sample_is_decoded_and_expired() -> None:
    result = run_cli("stove", "decode-token", VENDOR_SAMPLE)
    assert result.returncode == 0, result.stderr
    assert json_output(result) == {
        "verified": False,
        "warning": json_output(result)["warning"],
        "payload": {"expire_time": 1663924407417, "member_no": 20005061986, "application_no": 10002},
        "expire_time": "2022-09-23T09:13:27.417Z",
        "expire_time_ms": 1663924407417,
        "expired": True,
    }
    assert "not verified" in json_output(result)["warning"]
    failing = run_cli("stove", "decode-token", "--fail-if-expired", VENDOR_SAMPLE)
    assert failing.returncode == 1 and json_output(failing)["expired"] is True


def test_a_fresh_token_from_the_fake_is_not_expired_and_can_come_from_stdin() -> None:
    with StoveFake() as fake:
        token = fake.issue_player_token("MY_GAME", 7, lifetime_ms=3_600_000)
    result = run_cli("stove", "decode-token", "--fail-if-expired", "-", stdin=token + "\n")
    assert result.returncode == 0, result.stderr
    output = json_output(result)
    assert (output["verified"], output["expired"], output["payload"]["member_no"]) == (False, False, 7)
    expiry = datetime.datetime.fromisoformat(output["expire_time"].replace("Z", "+00:00"))
    assert expiry.timestamp() * 1000 == pytest.approx(output["expire_time_ms"], abs=1)


def segment(document: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(document).encode()).rstrip(b"=").decode()


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        ("just-some-words-that-are-no-token-" * 3, "three dot-separated parts"),
        (segment({"alg": "HS256"}) + ".%%%." + "c2ln", "payload is not base64url"),
        (segment({"alg": "HS256"}) + "." + segment({"member_no": 1}) + ".c2ln", "no numeric expire_time"),
        (segment([1]) + "." + segment({"expire_time": 1}) + ".c2ln", "header is not a JSON object"),
    ],
)
def test_malformed_tokens_are_usage_errors_that_do_not_echo_the_token(token: str, reason: str) -> None:
    result = run_cli("stove", "decode-token", token)
    assert (result.returncode, result.stdout) == (2, "")
    assert reason in result.stderr
    assert token not in result.stderr
