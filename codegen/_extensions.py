"""The ``x-`` extensions codegen knows, and the check that refuses any other (with a suggestion).

Every extension documented in docs/spec-conventions.md is listed here; a key that is not, such
as a misspelling, is refused naming the closest known one, instead of being silently ignored.
"""

from __future__ import annotations

import difflib
from typing import Any

from codegen._spec_types import SpecError

__all__ = ["EXTENSIONS", "check_extensions"]

EXTENSIONS: dict[str, str] = {
    # document
    "x-platform": "the platform's name (the spec's file name)",
    "x-source": "where a shape or rule comes from (documentation)",
    "x-signing": "the signing scheme (documentation; the signer is hand-written)",
    "x-error-envelope": "the schema of error bodies",
    "x-error-codes": "documented error codes and the classes they raise",
    "x-http-statuses": "classes for HTTP statuses that carry no documented code",
    "x-error-base": "the platform's base error class (in its _errors.py)",
    "x-envelope": "how answers are wrapped: success test, code, message, request id",
    "x-common-body": "a schema whose fields every request body also carries (the client fills them)",
    "x-api-classes": "the generated method classes, per scope ({client: FarGamesAPI})",
    "x-host": "which host setting serves an operation (or names a server)",
    # operation
    "x-idempotent": "whether the transport may retry the operation after it may have arrived",
    "x-result": "the envelope property that carries the result",
    "x-auth": "the credential the call carries (signature, server-token, player-token, none, …)",
    "x-method-name": "the method's name when it differs from the operationId",
    "x-sdk-internal": "no public method (the client calls it itself)",
    "x-scope": "which generated class gets the method (a key of x-api-classes)",
    "x-pagination": "offset/limit paging, and the iter_* method that walks it",
    "x-empty-result": "a success without data is an empty result",
    "x-effects": "platform behaviours the answer triggers (keeps-tokens, drops-tokens)",
    "x-options": "method arguments that are not sent (they steer the client's handling)",
    # property or parameter
    "x-secret": "a secret: kept out of repr and redacted from error bodies",
    "x-python-name": "the Python name of a field (and of its argument)",
    "x-fill": "the client fills the field itself (from a named source); no argument",
    "x-fill-if-missing": "the argument is optional; the client fills it when not given",
    "x-bool-encoding": "a bool argument sent as text: [true text, false text]",
    "x-join": "a list argument sent as one string joined with this separator",
    "x-map-entries": "a mapping argument sent as a list of {key, value} objects",
    "x-flatten": "the properties of this JSON-in-a-string document become the arguments",
    "x-python-default": "the argument's Python default",
    "x-not-less-than": "a number field that must not be lower than another field",
    "x-required-if": "an optional field that is required when another field has a value",
    "x-must-contain": "an array that must hold an item with these field values",
    # schema
    "x-enum-varnames": "the member names of a string enum, in value order (for values like '3')",
}
"""Every ``x-`` key codegen knows; any other is refused (a misspelt key would be silently ignored)."""


def check_extensions(shown: str, node: Any, location: str) -> None:
    """Refuse every ``x-`` key codegen does not know, naming the closest known one."""
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{location}.{key}" if location else str(key)
            if isinstance(key, str) and key.startswith("x-") and key not in EXTENSIONS:
                close = difflib.get_close_matches(key, EXTENSIONS, n=1)
                hint = (
                    f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(sorted(EXTENSIONS))})"
                )
                raise SpecError(shown, where, f"unknown extension {key!r}{hint}")
            if key in ("x-source", "x-signing", "example", "examples"):
                continue  # free text and sample data
            check_extensions(shown, value, where)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            check_extensions(shown, item, f"{location}[{index}]")
