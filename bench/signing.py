"""Signing against the reference runtimes: FAR Games against Python and PHP, Playdapp against Node.

- FAR Games: ``encode_body`` + ``sign`` on a game-link request body against a naive
  Python port (``json.dumps(sort_keys=True)`` + ``hmac``, which is byte-identical for this
  body), in CPU time; and, when ``php`` is installed, all three against PHP's own ``ksort`` +
  ``json_encode`` + ``hash_hmac``, in wall time (PHP's ``hrtime``), PHP's batches taking
  their turn in the same interleaved rounds. All three outputs are compared before timing.
- Playdapp: ``sign`` on the documented Mapping Item body against the vendor's JavaScript
  under Node (``tests/node/reference.js bench``), both best of 5 rounds of the same number
  of calls (the reference reports its best round); the signatures must equal the vector.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import shutil
import subprocess
import sys
import time
import timeit
from pathlib import Path
from typing import Any

from bench.timing import interleaved

__all__ = ["fargames_signing", "playdapp_signing"]

REPO = Path(__file__).resolve().parents[1]
FAR_TOKEN = "agent-api-token-7f3c"
FAR_BODY = {
    "agent_id": 7,
    "timestamp": 1700000000,
    "game_id": 1042,
    "player_id": "player_123",
    "player_username": "john_doe",
    "language": "en",
    "currency": "USD",
    "home_url": "https://casino.example.com/lobby",
    "agent_session_id": "session_abc123",
    "ip": "203.0.113.7",
}
PLAYDAPP_SECRET = "test-secret-Ab9"
PLAYDAPP_ARGS = ("POST", "/v1/items", 1663817250538, "bsD3E7ge")
PLAYDAPP_DOC_BODY = {
    "userId": "123",
    "serviceContractId": 1,
    "itemCode": "1111",
    "itemId": "11",
    "itemAttributes": [{"trait_type": "Base", "value": "Starfish"}, {"trait_type": "Eyes", "value": "Big"}],
}
PLAYDAPP_EXPECTED = "kVUpVJdFtK9YOD9KHiOXJ8x3kdMlvSRyLU0olvYPFdi/m6KMr1hVAMwc/duyr85rmq1thI7RqEnoxOgPA3GwSQ=="

_PHP_SERVER = r"""
$case = json_decode(fgets(STDIN), true, 512, JSON_THROW_ON_ERROR);
$token = $case['token'];
$data = $case['data'];
$sign = function (array $data) use ($token) {
    ksort($data);
    $json = json_encode($data);
    return [$json, hash_hmac('sha256', $json, $token)];
};
for ($i = 0; $i < 2000; $i++) { $result = $sign($data); }
echo json_encode(['body_base64' => base64_encode($result[0]), 'signature' => $result[1],
                  'php' => PHP_VERSION]), "\n";
fflush(STDOUT);
while (($line = fgets(STDIN)) !== false) {
    $loops = (int) $line;
    $start = hrtime(true);
    for ($i = 0; $i < $loops; $i++) { $result = $sign($data); }
    echo (hrtime(true) - $start) / 1e3 / $loops, "\n";
    fflush(STDOUT);
}
"""
"""PHP's ksort + json_encode + hash_hmac: answers its output first, then times one batch per line read."""


class _PhpSigner:
    """A running ``php`` that signs :data:`FAR_BODY` and times batches of it on request."""

    def __init__(self, php: str) -> None:
        self._process = subprocess.Popen(
            [php, "-d", "display_errors=stderr", "-r", _PHP_SERVER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.handshake: dict[str, Any] = json.loads(
            self._exchange(json.dumps({"data": FAR_BODY, "token": FAR_TOKEN}))
        )

    def _exchange(self, line: str) -> str:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(line + "\n")
        self._process.stdin.flush()
        answer = self._process.stdout.readline()
        if not answer:
            raise RuntimeError(f"php stopped answering (exit status {self._process.poll()})")
        return answer

    def batch(self, loops: int) -> float:
        """µs per call of one batch of ``loops`` calls, as PHP's ``hrtime`` measured it."""
        return float(self._exchange(str(loops)))

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=30)
        if self._process.stdout is not None:
            self._process.stdout.close()


def _naive_far(data: dict[str, Any]) -> tuple[bytes, str]:
    body = json.dumps(data, sort_keys=True, separators=(",", ":")).replace("/", "\\/").encode()
    return body, hmac.new(FAR_TOKEN.encode(), body, hashlib.sha256).hexdigest()


def fargames_signing(*, rounds: int, batch_seconds: float, php: bool = True) -> dict[str, Any]:
    """``encode_body`` + ``sign`` per call against the naive port and, if ``php``, PHP (when installed)."""
    from gameplatform.fargames import encode_body, sign

    def sdk() -> tuple[bytes, str]:
        body = encode_body(FAR_BODY)
        return body, sign(body, FAR_TOKEN)

    def naive() -> tuple[bytes, str]:
        return _naive_far(FAR_BODY)

    sdk_output, naive_output = sdk(), naive()
    if sdk_output != naive_output:
        raise AssertionError(f"the naive port differs from encode_body: {naive_output} != {sdk_output}")
    timings = interleaved(
        {"sdk": sdk, "naive": naive},
        rounds=rounds,
        batch_seconds=batch_seconds,
    )
    report: dict[str, Any] = {
        "sdk_us": timings.median_us("sdk"),
        "naive_us": timings.median_us("naive"),
        "sdk_over_naive": timings.ratio("sdk", "naive"),
    }
    if not php:
        return report
    php_binary = shutil.which("php")
    if php_binary is None:
        report["php"] = "php is not installed"
        return report
    signer = _PhpSigner(php_binary)
    try:
        php_output = (base64.b64decode(signer.handshake["body_base64"]), signer.handshake["signature"])
        if php_output != sdk_output:
            raise AssertionError("PHP's json_encode + hash_hmac differ from encode_body + sign")
        loops = max(1, round(batch_seconds / 2e-6))  # PHP takes a few µs per call
        wall = interleaved(
            {"sdk": sdk, "naive": naive},
            rounds=rounds,
            batch_seconds=batch_seconds,
            clock=time.perf_counter,
            external={"php": lambda: signer.batch(loops)},
        )
    finally:
        signer.close()
    report.update(
        php_version=signer.handshake["php"],
        php_us=wall.median_us("php"),
        sdk_over_php=wall.ratio("sdk", "php"),
        naive_over_php=wall.ratio("naive", "php"),
    )
    return report


def playdapp_signing(*, loops: int) -> dict[str, Any]:
    """``sign`` per call (best of 5 rounds of ``loops``) against the vendor's JavaScript under Node."""
    from gameplatform.playdapp import sign

    signature = sign(PLAYDAPP_SECRET, *PLAYDAPP_ARGS, PLAYDAPP_DOC_BODY)
    if signature != PLAYDAPP_EXPECTED:
        raise AssertionError(f"sign() gives {signature}, not the documented vector")
    timer = timeit.Timer(lambda: sign(PLAYDAPP_SECRET, *PLAYDAPP_ARGS, PLAYDAPP_DOC_BODY))
    python_us = min(timer.repeat(repeat=5, number=loops)) / loops * 1e6
    report: dict[str, Any] = {"python_us": python_us}
    sys.path.insert(0, str(REPO / "tests" / "node"))
    try:
        from node_reference import NodeUnavailable, ensure_installed, node_environment
    finally:
        sys.path.pop(0)
    try:
        node = ensure_installed()
    except NodeUnavailable as unavailable:
        report["node"] = f"unavailable: {unavailable}"
        return report
    result = subprocess.run(
        [node, "reference.js", "bench", str(loops)],
        cwd=REPO / "tests" / "node",
        env=node_environment(),
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    answer = json.loads(result.stdout)
    if answer["signature"] != PLAYDAPP_EXPECTED:
        raise AssertionError(f"Node's reference gives {answer['signature']}, not the documented vector")
    report.update(
        node_version=answer["node"],
        node_us=float(answer["per_call_us"]),
        python_over_node=python_us / float(answer["per_call_us"]),
    )
    return report
