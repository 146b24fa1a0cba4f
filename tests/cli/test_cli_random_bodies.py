"""Random bodies signed by the console script: the same bytes as the library, PHP and the vendor's Node code.

The vectors in ``shared/`` are few; these bodies are generated (fixed seed, so a failure
reproduces) with what breaks hand-written encoders: slashes, quotes, backslashes,
control characters, non-ASCII and astral characters, U+2028, integer-like and mixed-case
keys, nesting, floats that print differently in PHP, JavaScript and Python. Each body
goes to the command once (half inline, half through standard input as raw UTF-8); the
outputs are then compared with the library and, where installed, the vendors' reference
code (``tests/php/php_reference.py``, ``tests/node/node_reference.py``).
"""

from __future__ import annotations

import json
import random
import string
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from cli_support import json_output, run_cli
from node_reference import NodeReference
from php_reference import PhpEncoder

from gameplatform import fargames, playdapp

CASES = 16
FAR_TOKEN = "agent-api-token-7f3c"
PLAYDAPP_SECRET = "test-secret-Ab9"

_CHARACTERS = [*"/\\\"'<>&  aZ09_-.", "\x00", "\x1f", "\x7f", "\n", "\t", "é", "€", "😀", "\u2028", "한", "Ω"]
_KEYS = [
    "agent_id",
    "timestamp",
    "Zed",
    "zed",
    "_x",
    "a",
    "A",
    "0",
    "1",
    "10",
    "-1",
    "01",
    "é",
    "a/b",
    "이름",
    "x y",
]
_FLOATS = [0.0, -0.0, 1.0, 0.1, 1.5, 1e15, 1e16, 1e17, 1e21, 1e-5, 1e-7, 2.5e-5, 123456.789, -3.25]


def random_string(rng: random.Random) -> str:
    return "".join(rng.choice(_CHARACTERS) for _ in range(rng.randint(0, 8)))


def random_number(rng: random.Random) -> int | float:
    kind = rng.randrange(4)
    if kind == 0:
        return rng.randint(-(2**53) + 1, 2**53 - 1)
    if kind == 1:
        return rng.randint(-1000, 1000)
    if kind == 2:
        return rng.choice(_FLOATS)
    return rng.uniform(-1e6, 1e6) * 10.0 ** rng.randint(-20, 20)


def random_key(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(_KEYS)
    return "".join(rng.choice(string.ascii_letters + "_-") for _ in range(rng.randint(1, 5)))


def random_value(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(7 if depth < 3 else 5)
    if kind == 0:
        return rng.choice([None, True, False])
    if kind in (1, 2):
        return random_number(rng)
    if kind in (3, 4):
        return random_string(rng)
    if kind == 5:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return random_object(rng, depth + 1)


def random_object(rng: random.Random, depth: int = 0) -> dict[str, Any]:
    return {random_key(rng): random_value(rng, depth) for _ in range(rng.randint(0, 6))}


def body_arguments(index: int, data: Any) -> tuple[list[str], str | None, str]:
    """Alternate inline ASCII JSON and raw UTF-8 JSON on standard input; returns (args, stdin, text)."""
    if index % 2:
        text = json.dumps(data, ensure_ascii=False)
        return ["--body-file", "-"], text, text
    text = json.dumps(data)
    return ["--body", text], None, text


def run_all(jobs: list[tuple[list[str], str | None, dict[str, str]]]) -> list[Any]:
    def one(job: tuple[list[str], str | None, dict[str, str]]) -> Any:
        args, stdin, secrets = job
        result = run_cli(*args, stdin=stdin, secrets=secrets)
        assert result.returncode == 0, (args, result.stderr)
        return json_output(result)

    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, jobs))


@pytest.fixture(scope="module")
def far_cases() -> list[tuple[dict[str, Any], str, Any]]:
    """(data, body text given, the command's output) for each random FAR body."""
    rng = random.Random(8_2024)
    cases, jobs = [], []
    for index in range(CASES):
        data = random_object(rng)
        args, stdin, text = body_arguments(index, data)
        cases.append((data, text))
        jobs.append((["sign", "fargames", *args], stdin, {"FARGAMES_API_TOKEN": FAR_TOKEN}))
    return [(data, text, output) for (data, text), output in zip(cases, run_all(jobs), strict=True)]


@pytest.fixture(scope="module")
def playdapp_cases() -> list[tuple[dict[str, Any], Any]]:
    """(request, the command's output) for each random Playdapp request."""
    rng = random.Random(3_2024)
    requests, jobs = [], []
    for index in range(CASES):
        query = "&".join(f"{random_key(rng)}={rng.randint(0, 99)}" for _ in range(rng.randint(0, 3)))
        request = {
            "method": rng.choice(["GET", "POST", "PUT", "DELETE"]),
            "path": "/v1/items" + (f"?{query}" if query else ""),
            "timestamp": rng.randint(1_600_000_000_000, 1_900_000_000_000),
            "nonce": "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(8)),
            "body": None if index % 4 == 3 else rng.choice([random_object, random_list])(rng),
        }
        args = ["sign", "playdapp", "--method", request["method"], "--path", request["path"]]
        args += ["--timestamp", str(request["timestamp"]), "--nonce", request["nonce"]]
        stdin = None
        if request["body"] is not None:
            body_args, stdin, request["body_json"] = body_arguments(index, request["body"])
            args += body_args
        else:
            request["body_json"] = None
        requests.append(request)
        jobs.append((args, stdin, {"PLAYDAPP_API_SECRET": PLAYDAPP_SECRET}))
    return list(zip(requests, run_all(jobs), strict=True))


def random_list(rng: random.Random) -> list[Any]:
    return [random_value(rng, 1) for _ in range(rng.randint(1, 4))]


def test_fargames_random_bodies_match_the_library(far_cases: list[tuple[dict[str, Any], str, Any]]) -> None:
    for data, _, output in far_cases:
        body = fargames.encode_body(data)
        assert output == {"signed": body.decode("utf-8"), "signature": fargames.sign(body, FAR_TOKEN)}


def test_fargames_random_bodies_match_php(
    far_cases: list[tuple[dict[str, Any], str, Any]], php_binary: str
) -> None:
    php = PhpEncoder(php_binary)
    try:
        for _, text, output in far_cases:
            expected = php.encode_and_sign(json.loads(text), FAR_TOKEN)
            assert not isinstance(expected, str), f"PHP could not encode {text}: {expected}"
            body, signature = expected
            assert output["signed"].encode("utf-8") == body, text
            assert output["signature"] == signature
    finally:
        php.close()


def test_playdapp_random_requests_match_the_library(playdapp_cases: list[tuple[dict[str, Any], Any]]) -> None:
    for request, output in playdapp_cases:
        arguments = (
            request["method"],
            request["path"],
            request["timestamp"],
            request["nonce"],
            request["body"],
        )
        assert output == {
            "signed": playdapp.signing_string(*arguments),
            "signature": playdapp.sign(PLAYDAPP_SECRET, *arguments),
        }


def test_playdapp_random_requests_match_the_vendor_javascript(
    playdapp_cases: list[tuple[dict[str, Any], Any]], node_reference: NodeReference
) -> None:
    for request, output in playdapp_cases:
        expected = node_reference.sign(
            secret=PLAYDAPP_SECRET,
            method=request["method"],
            path=request["path"],
            timestamp=request["timestamp"],
            nonce=request["nonce"],
            body_json=request["body_json"],
        )
        assert output == {"signed": expected["signing_string"], "signature": expected["signature"]}, request
