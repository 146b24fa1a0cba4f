"""``gameplatform sign fargames|playdapp``: the exact text signed, its signature, and why another differs."""

from __future__ import annotations

import argparse
import base64
import functools
import hmac
from collections.abc import Callable
from typing import Any

from gameplatform.cli._common import (
    EXIT_FAILED,
    EXIT_OK,
    CommandError,
    add_command,
    emit_json,
    integer_argument,
    parse_json_text,
    read_text,
    secret_from_env,
    warn,
)
from gameplatform.cli._explain import Part, Platform, explain_difference, render_difference
from gameplatform.cli._variants import (
    Variant,
    fargames_encodings,
    fargames_variants,
    first_match,
    playdapp_encodings,
    playdapp_variants,
    secret_variants,
)

__all__ = ["register"]

_Candidates = list[tuple[str, Callable[[], str | None]]]

_SIGN_DETAILS = """\
Prints one JSON line: {"signed": the exact text that is signed, "signature": ...}.
The secret is read from an environment variable only; it is never printed.
With --expect SIG the exit code says whether SIG is our signature (0) or not (1);
on a mismatch the output names the usual mistake that produces SIG when one does
(keys not sorted, '/' not escaped, hex instead of Base64, a trailing newline in the
secret, ...), and with --their-signed TEXT shows where the other side's signed
text first differs from ours and why (escaping, number format, whitespace, key
order, data). The JSON line goes to stdout; the explanation for people to stderr."""

_FARGAMES_DETAILS = """\
The JSON body is re-encoded exactly as FAR's PHP recipe does (top-level ksort, then
json_encode with default flags: compact, '\\/', \\uXXXX for non-ASCII); that text is
what FAR signs and what the SDK sends. The signature is the lowercase hex
HMAC-SHA256 of it, keyed with the agent's API token.

examples:
  export FARGAMES_API_TOKEN=...        # the agent's API token, never on the command line
  gameplatform sign fargames --body '{"agent_id": 1, "timestamp": 1640995200}'
  gameplatform sign fargames --body-file body.json --expect 97b11c57... --their-signed-file theirs.txt"""

_PLAYDAPP_DETAILS = """\
The signed text is METHOD + path + ('?' + sorted, decoded query) + nonce + timestamp
+ JSON.stringify(sortJson(body || {}, {ignoreCase: true})), exactly as the vendor's
JavaScript builds it; the signature is the Base64 HMAC-SHA512 of it, keyed with the
API secret. Without --body (or with an empty one) the body signs as {}.

examples:
  export PLAYDAPP_API_SECRET=...       # never on the command line
  gameplatform sign playdapp --method POST --path /v1/items --timestamp 1663817250538 \\
      --nonce bsD3E7ge --body '{"userId": "123", "serviceContractId": 1}'
  gameplatform sign playdapp --method GET --path '/v1/items?status=burned&limit=20' \\
      --timestamp 1663817250538 --nonce baD3N73B --expect 'FaejVOLS...'"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sign`` and its two platforms."""
    sign = add_command(
        subparsers, "sign", summary="print the exact text signed and its signature", details=_SIGN_DETAILS
    )
    platforms = sign.add_subparsers(dest="platform", metavar="PLATFORM", required=True)

    far = add_command(
        platforms, "fargames", summary="sign a FAR Games request body (PHP-exact)", details=_FARGAMES_DETAILS
    )
    _add_body_arguments(far, required=True)
    far.add_argument(
        "--raw",
        action="store_true",
        help="sign the body text exactly as given instead of re-encoding it as PHP would",
    )
    far.add_argument(
        "--api-token-env",
        default="FARGAMES_API_TOKEN",
        metavar="VAR",
        help="environment variable holding the agent's API token (default: %(default)s)",
    )
    _add_check_arguments(far)
    far.set_defaults(handler=_sign_fargames)

    playdapp = add_command(
        platforms, "playdapp", summary="sign a Playdapp request (crypto-js exact)", details=_PLAYDAPP_DETAILS
    )
    playdapp.add_argument("--method", required=True, metavar="M", help="HTTP method, signed as given")
    playdapp.add_argument("--path", required=True, metavar="P", help="request path, with its ?query if any")
    playdapp.add_argument(
        "--timestamp", required=True, type=integer_argument, metavar="MS", help="unix epoch milliseconds"
    )
    playdapp.add_argument("--nonce", required=True, metavar="N", help="the request's nonce")
    _add_body_arguments(playdapp, required=False)
    playdapp.add_argument(
        "--secret-env",
        default="PLAYDAPP_API_SECRET",
        metavar="VAR",
        help="environment variable holding the API secret (default: %(default)s)",
    )
    _add_check_arguments(playdapp)
    playdapp.set_defaults(handler=_sign_playdapp)


def _add_body_arguments(parser: argparse.ArgumentParser, *, required: bool) -> None:
    body = parser.add_mutually_exclusive_group(required=required)
    body.add_argument("--body", metavar="JSON", help="the request body as JSON text")
    body.add_argument("--body-file", metavar="PATH", help="read the body from a file ('-': standard input)")


def _add_check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expect", metavar="SIG", help="a signature to check: exit 0 when it is ours, 1 when it is not"
    )
    theirs = parser.add_mutually_exclusive_group()
    theirs.add_argument(
        "--their-signed", metavar="TEXT", help="the text the other side says it signed, to compare with ours"
    )
    theirs.add_argument(
        "--their-signed-file", metavar="PATH", help="read --their-signed from a file ('-': standard input)"
    )


def _sign_fargames(args: argparse.Namespace) -> int:
    from gameplatform import fargames

    _one_reader_of_stdin(args)
    given = read_text(inline=args.body, path=args.body_file, what="body")
    assert given is not None  # the argument group is required
    token = secret_from_env(args.api_token_env, what="FAR Games API token")
    data: dict[str, Any] | None = None
    if args.raw:
        body = _utf8(given, what="body")
    else:
        parsed = parse_json_text(given, what="body")
        if not isinstance(parsed, dict):
            raise CommandError("the body must be a JSON object, as every FAR request body is")
        data = parsed
        body = fargames.encode_body(data)
    signed = body.decode("utf-8")
    signature = fargames.sign(body, token)
    matches = None if args.expect is None else fargames.verify_signature(body, args.expect, token)

    def candidates() -> _Candidates:
        return _candidates(
            fargames_variants(data, given, signed), fargames_encodings(body, token), signed, token, _far_sign
        )

    _warn_about_whitespace(token, args.api_token_env)
    return _report(
        args,
        signed=signed,
        signature=signature,
        matches=matches,
        platform="fargames",
        parts=[Part("body", 0, len(signed))],
        candidates=candidates,
    )


def _sign_playdapp(args: argparse.Namespace) -> int:
    from gameplatform import playdapp

    _one_reader_of_stdin(args)
    text = read_text(inline=args.body, path=args.body_file, what="body")
    # An empty body is no body, as for the vendor's `body || {}`.
    body = None if text is None or not text.strip() else parse_json_text(text, what="body")
    secret = secret_from_env(args.secret_env, what="Playdapp API secret")
    method, path, timestamp, nonce = args.method, args.path, args.timestamp, args.nonce
    signed = playdapp.signing_string(method, path, timestamp, nonce, body)
    signature = playdapp.sign(secret, method, path, timestamp, nonce, body)
    matches = None
    if args.expect is not None:
        matches = hmac.compare_digest(_bytes(signature), _bytes(args.expect))
    canonical = playdapp.canonical_json(body)
    parts = _playdapp_parts(
        signed, method=method, path=path, nonce=nonce, timestamp=timestamp, body=canonical
    )

    def candidates() -> _Candidates:
        named = {part.name: signed[part.start : part.end] for part in parts}
        variants = playdapp_variants(
            method=named["method"],
            path=path,
            query=named["query"],
            nonce=nonce,
            timestamp=named["timestamp"],
            body=body,
            canonical=canonical,
        )
        return _candidates(variants, playdapp_encodings(signed, secret), signed, secret, _playdapp_sign)

    _warn_about_whitespace(secret, args.secret_env)
    return _report(
        args,
        signed=signed,
        signature=signature,
        matches=matches,
        platform="playdapp",
        parts=parts,
        candidates=candidates,
    )


def _one_reader_of_stdin(args: argparse.Namespace) -> None:
    if args.body_file == "-" and args.their_signed_file == "-":
        raise CommandError("--body-file and --their-signed-file cannot both read standard input")


def _playdapp_parts(
    signed: str, *, method: str, path: str, nonce: str, timestamp: int, body: str
) -> list[Part]:
    """The signed text cut into method, path, query, nonce, timestamp and body."""
    request_path = path.partition("?")[0]
    tail = nonce + str(timestamp) + body
    if not (signed.startswith(method + request_path) and signed.endswith(tail)):
        return [Part("body", 0, len(signed))]  # normalised input (surrogate pairs): no finer cut
    lengths = [
        ("method", len(method)),
        ("path", len(request_path)),
        ("query", len(signed) - len(method) - len(request_path) - len(tail)),
        ("nonce", len(nonce)),
        ("timestamp", len(str(timestamp))),
        ("body", len(body)),
    ]
    parts, start = [], 0
    for name, length in lengths:
        parts.append(Part(name, start, start + length))
        start += length
    return parts


def _candidates(
    variants: list[Variant],
    encodings: _Candidates,
    signed: str,
    secret: str,
    sign_text: Callable[[str, str], str],
) -> _Candidates:
    """Every usual mistake as (description, its signature computed on demand)."""
    found: _Candidates = [(d, functools.partial(sign_text, text, secret)) for d, text in variants]
    found += encodings
    found += [
        (description, functools.partial(sign_text, signed, key))
        for description, key in secret_variants(secret)
    ]
    return found


def _far_sign(text: str, key: str) -> str:
    from gameplatform import fargames

    return fargames.sign(text.encode("utf-8"), key)


def _playdapp_sign(text: str, key: str) -> str:
    """Base64 HMAC-SHA512 of any text (``playdapp.sign`` takes the request, not the text)."""
    return base64.b64encode(hmac.digest(key.encode("utf-8"), text.encode("utf-8"), "sha512")).decode("ascii")


def _report(
    args: argparse.Namespace,
    *,
    signed: str,
    signature: str,
    matches: bool | None,
    platform: Platform,
    parts: list[Part],
    candidates: Callable[[], _Candidates],
) -> int:
    """Print the JSON line (stdout) and the explanation (stderr); the exit code of the checks."""
    document: dict[str, Any] = {"signed": signed, "signature": signature}
    explanation: list[str] = []
    if args.expect is not None:
        document.update(expected=args.expect, match=matches)
        if not matches:
            trimmed = args.expect.strip()
            if trimmed != args.expect and hmac.compare_digest(_bytes(trimmed), _bytes(signature)):
                diagnosis: str | None = "the expected signature as given has surrounding whitespace"
            else:
                diagnosis = first_match(args.expect, candidates())
            document["diagnosis"] = diagnosis
            explanation.append(f"the signatures differ: ours {signature}, expected {args.expect}")
            if diagnosis is not None:
                explanation.append(f"likely cause: {diagnosis}")
            else:
                explanation.append(
                    "none of the usual mistakes gives the expected signature: compare the signed texts "
                    "(--their-signed); if they are the same, the secret differs"
                )
    their_text = read_text(inline=args.their_signed, path=args.their_signed_file, what="their signed text")
    same_text = True
    if their_text is not None:
        difference = explain_difference(signed, their_text, platform=platform, parts=parts)
        same_text = difference is None
        document["same_signed_text"] = same_text
        if difference is not None:
            document["difference"] = difference
            explanation.append(render_difference(difference))
            if matches:
                explanation.append(
                    "the signatures match, so the text given as theirs is not exactly what was signed"
                )
        else:
            explanation.append("the signed texts are identical")
    emit_json(document)
    if explanation:
        warn("\n".join(explanation))
    return EXIT_FAILED if matches is False or not same_text else EXIT_OK


def _warn_about_whitespace(secret: str, variable: str) -> None:
    if secret != secret.strip():
        warn(f"note: ${variable} starts or ends with whitespace, which is part of the key as given")


def _bytes(text: str) -> bytes:
    """For comparing: lone surrogates (undecodable argument bytes) kept, never an error."""
    return text.encode("utf-8", "surrogatepass")


def _utf8(text: str, *, what: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise CommandError(f"the {what} is not valid UTF-8") from None
