"""Drive the vendor's PHP signing recipe (``ksort`` + ``json_encode`` + ``hash_hmac``) from Python.

Used by the FAR Games parity tests and the command-line tests. One ``php`` process
serves many cases: each goes in as one line of JSON and comes back as the base64 of
PHP's bytes plus PHP's signature. JSON carries the data losslessly: Python writes
floats with ``.`` or an exponent (PHP decodes them as floats, correctly rounded),
integers within 64 bits (PHP decodes them as ints), and objects keep their key order;
PHP turns integer-like keys into ints exactly as it does for array literals.
"""

from __future__ import annotations

import base64
import json
import subprocess
from typing import Any

__all__ = ["PhpEncoder"]

_PHP_LOOP = r"""
ini_set('serialize_precision', '-1');
while (($line = fgets(STDIN)) !== false) {
    $case = json_decode($line, true, 4096, JSON_THROW_ON_ERROR);
    $data = $case['data'];
    ksort($data);
    $json = json_encode($data);
    if ($json === false) {
        echo 'ERROR ', json_last_error_msg(), "\n";
    } else {
        echo base64_encode($json), ' ', hash_hmac('sha256', $json, $case['token']), "\n";
    }
    fflush(STDOUT);
}
"""


class PhpEncoder:
    """A running ``php`` that encodes and signs one case per line."""

    def __init__(self, php_binary: str) -> None:
        self._process = subprocess.Popen(
            [php_binary, "-d", "display_errors=stderr", "-r", _PHP_LOOP],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def encode_and_sign(self, data: dict[str, Any], token: str) -> tuple[bytes, str] | str:
        """PHP's ``(body, signature)``, or the ``json_encode`` error message."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps({"data": data, "token": token}).encode("ascii") + b"\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline().decode("ascii").rstrip("\n")
        if not line:
            raise RuntimeError(f"php stopped answering (exit status {self._process.poll()})")
        if line.startswith("ERROR "):
            return line[len("ERROR ") :]
        encoded, signature = line.split(" ")
        return base64.b64decode(encoded), signature

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=10)
        if self._process.stdout is not None:
            self._process.stdout.close()
