"""``gameplatform sign``: the vendors' own vectors byte for byte, --expect exit codes, and the diagnosis."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from cli_support import json_output, run_cli

from gameplatform import fargames, playdapp

FAR_TOKEN = "agent-api-token-7f3c"
PLAYDAPP_SECRET = "test-secret-Ab9"
FAR_SECRETS = {"FARGAMES_API_TOKEN": FAR_TOKEN}
PLAYDAPP_SECRETS = {"PLAYDAPP_API_SECRET": PLAYDAPP_SECRET}
DOC_BODY = {"agent_id": 1, "timestamp": 1640995200, "home_url": "https://example.com/é", "name": "Zoë"}


def vectors(shared_dir: Path, platform: str) -> list[dict[str, Any]]:
    document = json.loads((shared_dir / "vectors" / f"{platform}.json").read_text(encoding="utf-8"))
    found: list[dict[str, Any]] = document["vectors"]
    assert found, f"no {platform} vectors"
    return found


def sign_far(*args: str, secrets: dict[str, str] | None = None) -> Any:
    return run_cli("sign", "fargames", *args, secrets=FAR_SECRETS if secrets is None else secrets)


def playdapp_args(vector: dict[str, Any]) -> list[str]:
    args = ["--method", vector["method"], "--path", vector["path"]]
    args += ["--timestamp", str(vector["timestamp"]), "--nonce", vector["nonce"]]
    if vector["body_json"] is not None:
        args += ["--body", vector["body_json"]]
    return args


def other_signature(signature: str) -> str:
    """The same signature with its first character changed."""
    return ("0" if signature[0] != "0" else "1") + signature[1:]


# -- the vendors' vectors -----------------------------------------------------------------


def test_every_fargames_vector_is_reproduced_byte_for_byte(shared_dir: Path) -> None:
    for vector in vectors(shared_dir, "fargames"):
        secrets = {"FARGAMES_API_TOKEN": vector["api_token"]}
        result = sign_far("--body", vector["body_json"], secrets=secrets)
        assert result.returncode == 0, result.stderr
        assert json_output(result) == {"signed": vector["body"], "signature": vector["signature"]}, vector[
            "name"
        ]

        matched = sign_far("--body", vector["body_json"], "--expect", vector["signature"], secrets=secrets)
        assert matched.returncode == 0, matched.stderr
        assert json_output(matched)["match"] is True

        other = other_signature(vector["signature"])
        mismatched = sign_far("--body", vector["body_json"], "--expect", other, secrets=secrets)
        assert mismatched.returncode == 1
        output = json_output(mismatched)
        assert (output["match"], output["expected"], output["signature"]) == (
            False,
            other,
            vector["signature"],
        )
        assert "the signatures differ" in mismatched.stderr


def test_every_playdapp_vector_is_reproduced_byte_for_byte(shared_dir: Path) -> None:
    for vector in vectors(shared_dir, "playdapp"):
        secrets = {"PLAYDAPP_API_SECRET": vector["secret"]}
        result = run_cli("sign", "playdapp", *playdapp_args(vector), secrets=secrets)
        assert result.returncode == 0, result.stderr
        expected = {"signed": vector["signing_string"], "signature": vector["signature"]}
        assert json_output(result) == expected, vector["name"]

        args = ["sign", "playdapp", *playdapp_args(vector), "--expect"]
        matched = run_cli(*args, vector["signature"], secrets=secrets)
        assert (matched.returncode, json_output(matched)["match"]) == (0, True)
        mismatched = run_cli(*args, other_signature(vector["signature"]), secrets=secrets)
        assert (mismatched.returncode, json_output(mismatched)["match"]) == (1, False)

        if vector["body_json"] is None:  # "no body" spelled the other ways a script may spell it
            for spelled in ("null", ""):
                again = run_cli(
                    "sign", "playdapp", *playdapp_args(vector), "--body", spelled, secrets=secrets
                )
                assert json_output(again) == expected, spelled


def test_python_dash_m_is_the_same_command(shared_dir: Path) -> None:
    vector = vectors(shared_dir, "fargames")[0]
    secrets = {"FARGAMES_API_TOKEN": vector["api_token"]}
    result = run_cli(
        "sign",
        "fargames",
        "--body",
        vector["body_json"],
        secrets=secrets,
        command=[sys.executable, "-m", "gameplatform"],
    )
    assert result.returncode == 0, result.stderr
    assert json_output(result)["signed"] == vector["body"]


def test_body_file_and_stdin_sign_the_same(tmp_path: Path) -> None:
    text = json.dumps(DOC_BODY)
    path = tmp_path / "body.json"
    path.write_text(text, encoding="utf-8")
    expected = fargames.encode_body(DOC_BODY).decode()
    assert json_output(sign_far("--body-file", str(path)))["signed"] == expected
    from_stdin = run_cli("sign", "fargames", "--body-file", "-", secrets=FAR_SECRETS, stdin=text)
    assert json_output(from_stdin)["signed"] == expected


def test_raw_signs_the_text_as_given() -> None:
    text = '{"b": 1, "a": "x/y"}'
    output = json_output(sign_far("--body", text, "--raw"))
    assert output == {"signed": text, "signature": fargames.sign(text.encode(), FAR_TOKEN)}


# -- usage errors -----------------------------------------------------------------------------


def test_missing_secret_is_a_usage_error_naming_the_variable() -> None:
    result = sign_far("--body", "{}", secrets={})
    assert (result.returncode, result.stdout) == (2, "")
    assert "FARGAMES_API_TOKEN" in result.stderr and "not set" in result.stderr
    other = run_cli(
        "sign", "playdapp", "--method", "GET", "--path", "/v1/items", "--timestamp", "1",
        "--nonce", "abcdefgh", "--secret-env", "MY_PLAYDAPP_SECRET", secrets=PLAYDAPP_SECRETS,
    )  # fmt: skip
    assert other.returncode == 2 and "MY_PLAYDAPP_SECRET" in other.stderr


def test_the_secret_variable_can_be_renamed() -> None:
    result = sign_far("--body", "{}", "--api-token-env", "MY_TOKEN", secrets={"MY_TOKEN": "another-token"})
    assert json_output(result)["signature"] == fargames.sign(b"[]", "another-token")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"x": NaN}', "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"big": 99999999999999999999}', "big"),
    ],
)
def test_bad_fargames_bodies_are_usage_errors(body: str, message: str) -> None:
    result = sign_far("--body", body)
    assert (result.returncode, result.stdout) == (2, "")
    assert message in result.stderr


def test_standard_input_is_read_for_one_option_only() -> None:
    result = sign_far("--body-file", "-", "--their-signed-file", "-")
    assert result.returncode == 2 and "cannot both read standard input" in result.stderr


def test_bad_playdapp_input_is_a_usage_error() -> None:
    base = ["sign", "playdapp", "--method", "POST", "--path", "/v1/items", "--nonce", "abcdefgh"]
    unsafe = run_cli(*base, "--timestamp", "1", "--body", '{"n": 9007199254740993}', secrets=PLAYDAPP_SECRETS)
    assert unsafe.returncode == 2 and "body.n" in unsafe.stderr
    not_a_number = run_cli(*base, "--timestamp", "1_000", secrets=PLAYDAPP_SECRETS)
    assert not_a_number.returncode == 2 and "not an integer" in not_a_number.stderr


# -- diagnosing a signature that is not ours ------------------------------------------------


def far_diagnosis(their_text: str, token: str = FAR_TOKEN) -> Any:
    signature = hmac.new(token.encode(), their_text.encode(), hashlib.sha256).hexdigest()
    result = sign_far("--body", json.dumps(DOC_BODY, indent=2), "--expect", signature)
    assert result.returncode == 1
    return json_output(result)["diagnosis"]


def test_fargames_diagnosis_names_the_usual_mistakes() -> None:
    ours = fargames.encode_body(DOC_BODY).decode()
    assert "JSON_UNESCAPED_SLASHES" in far_diagnosis(ours.replace("\\/", "/"))
    assert "JSON_UNESCAPED_UNICODE" in far_diagnosis(ours.replace("\\u00e9", "é").replace("\\u00eb", "ë"))
    assert "no ksort" in far_diagnosis(json.dumps(DOC_BODY, separators=(",", ":")).replace("/", "\\/"))
    assert "json.dumps(data)" in far_diagnosis(json.dumps(DOC_BODY))
    assert "exactly as given" in far_diagnosis(json.dumps(DOC_BODY, indent=2))
    assert far_diagnosis('{"something":"else"}') is None


def test_fargames_diagnosis_names_encodings_and_a_secret_with_a_newline() -> None:
    body = fargames.encode_body(DOC_BODY)
    upper = fargames.sign(body, FAR_TOKEN).upper()
    result = sign_far("--body", json.dumps(DOC_BODY), "--expect", upper)
    assert result.returncode == 1 and "upper-case hex" in json_output(result)["diagnosis"]

    pasted = sign_far("--body", json.dumps(DOC_BODY), "--expect", fargames.sign(body, FAR_TOKEN) + "\n")
    assert pasted.returncode == 1
    assert json_output(pasted)["diagnosis"] == "the expected signature as given has surrounding whitespace"

    secrets = {"FARGAMES_API_TOKEN": FAR_TOKEN + "\n"}
    result = sign_far(
        "--body", json.dumps(DOC_BODY), "--expect", fargames.sign(body, FAR_TOKEN), secrets=secrets
    )
    assert result.returncode == 1
    assert json_output(result)["diagnosis"] == "the secret without its surrounding whitespace"
    assert "FARGAMES_API_TOKEN starts or ends with whitespace" in result.stderr


def playdapp_diagnosis(expected: str, *extra: str) -> Any:
    result = run_cli(
        "sign", "playdapp", "--method", "GET", "--path", "/v1/items?status=burned&offset=0&limit=20",
        "--timestamp", "1663817250538", "--nonce", "baD3N73B", "--expect", expected, *extra,
        secrets=PLAYDAPP_SECRETS,
    )  # fmt: skip
    assert result.returncode == 1
    return json_output(result)["diagnosis"]


def sha512_b64(text: str) -> str:
    return base64.b64encode(hmac.digest(PLAYDAPP_SECRET.encode(), text.encode(), "sha512")).decode()


def test_playdapp_diagnosis_names_the_usual_mistakes() -> None:
    ours = "GET/v1/items?limit=20&offset=0&status=burnedbaD3N73B1663817250538{}"
    unsorted = "GET/v1/items?status=burned&offset=0&limit=20baD3N73B1663817250538{}"
    assert "not sorted" in playdapp_diagnosis(sha512_b64(unsorted))
    swapped = "GET/v1/items?limit=20&offset=0&status=burned1663817250538baD3N73B{}"
    assert playdapp_diagnosis(sha512_b64(swapped)) == "the timestamp before the nonce"
    assert "signed as nothing" in playdapp_diagnosis(sha512_b64(ours[:-2]))
    hexed = hmac.digest(PLAYDAPP_SECRET.encode(), ours.encode(), "sha512").hex()
    assert "hex instead of Base64" in playdapp_diagnosis(hexed)
    sha256 = base64.b64encode(hmac.digest(PLAYDAPP_SECRET.encode(), ours.encode(), "sha256")).decode()
    assert playdapp_diagnosis(sha256) == "HMAC-SHA256 instead of HMAC-SHA512"
    assert playdapp_diagnosis(sha512_b64(ours + " ")) is None


def test_playdapp_diagnosis_of_body_key_order() -> None:
    body = {"userId": "123", "item": {"b": 1, "C": 2}}
    base = ["sign", "playdapp", "--method", "POST", "--path", "/v1/items", "--timestamp", "1663817250538",
            "--nonce", "bsD3E7ge", "--body", json.dumps(body)]  # fmt: skip
    prefix = "POST/v1/itemsbsD3E7ge1663817250538"
    given_order = sha512_b64(prefix + json.dumps(body, separators=(",", ":")))
    result = run_cli(*base, "--expect", given_order, secrets=PLAYDAPP_SECRETS)
    assert "no sortJson" in json_output(result)["diagnosis"]
    code_point = sha512_b64(prefix + json.dumps(body, separators=(",", ":"), sort_keys=True))
    result = run_cli(*base, "--expect", code_point, secrets=PLAYDAPP_SECRETS)
    assert "case-sensitively" in json_output(result)["diagnosis"]


# -- comparing with the text the other side signed ------------------------------------------------


def far_difference(their_text: str) -> tuple[dict[str, Any], str]:
    result = sign_far(
        "--body", json.dumps({**DOC_BODY, "amount": 1.5, "Zed": 1}), "--their-signed", their_text
    )
    assert result.returncode == 1
    output = json_output(result)
    assert output["same_signed_text"] is False
    return output["difference"], result.stderr


FAR_OURS = fargames.encode_body({**DOC_BODY, "amount": 1.5, "Zed": 1}).decode()


@pytest.mark.parametrize(
    ("theirs", "kind", "explained"),
    [
        (FAR_OURS.replace("\\/", "/"), "escaping", "'/' as '\\/'"),
        (FAR_OURS.replace("\\u00e9", "é"), "escaping", "\\uXXXX with lowercase hex"),
        (FAR_OURS.replace("\\u00e9", "\\u00E9"), "escaping", "only the case of the hex digits"),
        (FAR_OURS.replace("1.5", "1.50"), "number format", "shortest form"),
        (FAR_OURS.replace(",", ", "), "whitespace", "compact JSON"),
        (FAR_OURS + "\n", "whitespace", "ends with extra whitespace"),
        (FAR_OURS.replace('{"Zed":1,', "{").replace("}", ',"Zed":1}'), "key order", "ksort"),
        (FAR_OURS.replace('"agent_id":1', '"agent_id":"1"'), "data", "ours is a number, theirs a string"),
        (FAR_OURS.replace('"name":"Zo\\u00eb",', ""), "data", "only ours has ['name']"),
    ],
)
def test_fargames_difference_is_located_and_explained(theirs: str, kind: str, explained: str) -> None:
    difference, stderr = far_difference(theirs)
    offset = next(i for i, (a, b) in enumerate(zip(FAR_OURS + "\0", theirs + "\0", strict=False)) if a != b)
    assert (difference["offset"], difference["kind"], difference["part"]) == (offset, kind, "body")
    assert explained in difference["explanation"]
    start = difference["context_start"]
    assert FAR_OURS[start:].startswith(difference["ours_context"])
    assert theirs[start:].startswith(difference["theirs_context"])
    # The caret sits under the first differing character of the snippets.
    lines = stderr.splitlines()
    ours_line = next(line for line in lines if line.startswith("  ours:"))
    caret_line = lines[lines.index(ours_line) + 2]
    assert caret_line.strip() == "^"


def test_the_difference_says_when_keys_are_also_reordered() -> None:
    spaced = json.dumps(json.loads(FAR_OURS)).replace("/", "\\/")
    difference, _ = far_difference(spaced)
    assert difference["kind"] == "whitespace"
    assert difference["same_data"] is True
    assert difference["same_key_order"] is True
    reordered = {"Zed": 1, "agent_id": 1, "timestamp": 1640995200, "amount": 1.5, **DOC_BODY}
    unsorted = json.dumps(reordered).replace("/", "\\/")
    difference, _ = far_difference(unsorted)
    assert (difference["kind"], difference["same_key_order"]) == ("whitespace", False)
    assert "keys are also in another order" in difference["explanation"]


def test_identical_texts_pass_and_a_matching_signature_with_another_text_fails() -> None:
    result = sign_far(
        "--body", json.dumps(DOC_BODY), "--their-signed", fargames.encode_body(DOC_BODY).decode()
    )
    assert (result.returncode, json_output(result)["same_signed_text"]) == (0, True)
    signature = fargames.sign(fargames.encode_body(DOC_BODY), FAR_TOKEN)
    result = sign_far("--body", json.dumps(DOC_BODY), "--expect", signature, "--their-signed", "{}")
    assert result.returncode == 1
    assert "not exactly what was signed" in result.stderr


PLAYDAPP_BASE = ["--method", "GET", "--path", "/v1/items?status=burned&offset=0&limit=20",
                 "--timestamp", "1663817250538", "--nonce", "baD3N73B"]  # fmt: skip
PLAYDAPP_OURS = "GET/v1/items?limit=20&offset=0&status=burnedbaD3N73B1663817250538{}"


@pytest.mark.parametrize(
    ("theirs", "part", "explained"),
    [
        ("get" + PLAYDAPP_OURS[3:], "method", "signed exactly as sent"),
        ("GET/v1/items?status=burned&offset=0&limit=20baD3N73B1663817250538{}", "query", "another order"),
        ("GET/v1/itemsbaD3N73B1663817250538{}", "query", "leaves the query out"),
        ("GET/v1/items?limit=20&offset=0&status=burned1663817250538baD3N73B{}", "nonce", "timestamp before"),
        ("GET/v1/items?limit=20&offset=0&status=burnedbaD3N73B1663817250{}", "timestamp", "milliseconds"),
        (PLAYDAPP_OURS[:-2] + "{ }", "body", "whitespace"),
    ],
)
def test_playdapp_difference_names_the_part(theirs: str, part: str, explained: str) -> None:
    result = run_cli("sign", "playdapp", *PLAYDAPP_BASE, "--their-signed", theirs, secrets=PLAYDAPP_SECRETS)
    assert result.returncode == 1
    difference = json_output(result)["difference"]
    assert difference["part"] == part
    assert explained in difference["explanation"]


def test_playdapp_difference_in_nested_key_order(tmp_path: Path) -> None:
    body = {"b": 1, "a": {"Y": 2, "x": 1}}
    ours = playdapp.signing_string("POST", "/v1/items", 1663817250538, "bsD3E7ge", body)
    theirs = ours.replace('{"x":1,"Y":2}', '{"Y":2,"x":1}')
    their_file = tmp_path / "theirs.txt"
    their_file.write_text(theirs, encoding="utf-8")
    result = run_cli(
        "sign", "playdapp", "--method", "POST", "--path", "/v1/items", "--timestamp", "1663817250538",
        "--nonce", "bsD3E7ge", "--body", json.dumps(body), "--their-signed-file", str(their_file),
        secrets=PLAYDAPP_SECRETS,
    )  # fmt: skip
    difference = json_output(result)["difference"]
    assert (difference["kind"], difference["part"]) == ("key order", "body")
    assert "at a:" in difference["explanation"] and "every depth" in difference["explanation"]
