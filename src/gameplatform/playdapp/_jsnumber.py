"""JavaScript's ``Number::toString`` (what ``JSON.stringify`` prints) for Python numbers.

``JSON.stringify`` prints the shortest decimal digits that round-trip to the same double
(as Python's ``repr`` does), but lays them out differently: no ``.0`` on integral values,
plain notation from ``1e-6`` up to below ``1e21`` (``1e16`` → ``10000000000000000``,
``2.5e-5`` → ``0.000025``), exponent notation outside it with an explicit sign and no
zero padding (``1e+21``, ``1e-7``), and ``-0`` as ``0``.

A Python ``int`` reaches JavaScript as a double: integers whose text would change on the
way (beyond 2**53 and not exactly representable, or from 1e21 up, where the exponent form
starts) are reported by :func:`int_text` returning ``None`` so callers can refuse them.
"""

from __future__ import annotations

import math

__all__ = ["float_text", "int_text"]

_EXACT_LIMIT = 2**53
"""Every integer of at most this magnitude is a double and prints as its decimal text."""


def float_text(value: float) -> str | None:
    """Return ``String(value)`` as JavaScript prints it, or ``None`` for NaN and ±Infinity."""
    if value == 0.0:
        return "0"
    if not math.isfinite(value):
        return None
    text = repr(value)
    if "e" not in text:
        # Python's repr is plain only for 1e-4 <= |x| < 1e16, a range JavaScript also
        # prints plainly with the same shortest digits; only the ".0" differs.
        return text[:-2] if text.endswith(".0") else text
    return _layout(text)


def int_text(value: int) -> str | None:
    """Return the text JavaScript prints for ``value`` parsed as a JSON number.

    ``None`` when that text is not ``str(value)``: the value would change on its way
    through a JavaScript number (or overflow to ``Infinity``, which prints ``null``).
    """
    if -_EXACT_LIMIT <= value <= _EXACT_LIMIT:
        return str(value)
    try:
        as_double = float(value)
    except OverflowError:
        return None
    text = float_text(as_double)
    return text if text == str(value) else None


def _layout(text: str) -> str:
    """Lay out a Python ``repr`` of a finite non-zero float by ECMAScript's Number::toString."""
    negative = text.startswith("-")
    if negative:
        text = text[1:]
    mantissa, _, exponent_text = text.partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    # ``point`` is ECMAScript's n: value = 0.<digits> * 10**point.
    point = len(whole) + (int(exponent_text) if exponent_text else 0)
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    count = len(digits)
    if count <= point <= 21:
        out = digits + "0" * (point - count)
    elif 0 < point <= 21:
        out = digits[:point] + "." + digits[point:]
    elif -6 < point <= 0:
        out = "0." + "0" * -point + digits
    else:
        exponent = point - 1
        sign = "+" if exponent >= 0 else "-"
        head = digits if count == 1 else digits[0] + "." + digits[1:]
        out = f"{head}e{sign}{abs(exponent)}"
    return "-" + out if negative else out
