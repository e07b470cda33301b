"""What the strict and the lenient parser refuse: the errors they raise and the size limits
they keep (huge powers and factorials, long or deeply nested text), checked before any work
is done."""

from __future__ import annotations

import math

import sympy

MAX_EXPONENT = 2000
MAX_POWER_DIGITS = 20_000
MAX_FACTORIAL = 500
MAX_DIGITS = 400
MAX_TOKENS = 400
MAX_DEPTH = 40


class ParseError(ValueError):
    """The text is outside the grammar."""


class Ambiguous(ParseError):
    """The text can be read two ways; never refute on it."""


class TooBig(ParseError):
    """Evaluating would take too long or too much memory."""


def safe_pow(base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr:
    """base^exponent, refused when it has no agreed value or is too large to work out."""
    if base == 0 and exponent == 0:
        raise ParseError("0^0 has no agreed value")  # SymPy would make it 1
    if exponent.is_Integer and base.is_Rational and base not in (0, 1, -1):
        # `2^{2024}`, `(10^{2014} + 1)^4`: a whole power of a fraction is worked out exactly
        # when the result has at most MAX_POWER_DIGITS digits
        if abs(exponent) * math.log10(max(abs(base.p), base.q)) > MAX_POWER_DIGITS:
            raise TooBig("power too large")
    elif exponent.is_number and base.is_number:
        if abs(exponent) > MAX_EXPONENT and base not in (0, 1, -1):
            raise TooBig("power too large")
        if base.is_Rational and abs(base.p) > 10**12 and abs(exponent) > 50:
            raise TooBig("power too large")
    if exponent.free_symbols and base.is_number and abs(base) > 10**6:
        raise TooBig("power too large")
    return sympy.Pow(base, exponent)


def numbers_within_size(value: sympy.Expr) -> bool:
    """Every number in `value` has at most MAX_DIGITS digits. Put into an expression with
    letters, a number of thousands of digits (`(10^{2014} + 1)^4`) sends SymPy into
    primality tests and perfect-power searches that take seconds."""
    return all(max(abs(r.p), r.q).bit_length() <= _MAX_BITS for r in value.atoms(sympy.Rational))


_MAX_BITS = int(MAX_DIGITS * 3.33)  # a number of MAX_DIGITS digits


def check_size(text: str) -> None:
    """Raise TooBig for text too long or too deeply nested for any parser to try."""
    if len(text) > 4 * MAX_TOKENS:
        raise TooBig("expression too long")
    depth = 0
    for ch in text:
        depth += ch in "({["
        depth -= ch in ")}]"
        if depth > MAX_DEPTH:
            raise TooBig("nested too deeply")


__all__ = ["MAX_DEPTH", "MAX_DIGITS", "MAX_EXPONENT", "MAX_FACTORIAL", "MAX_POWER_DIGITS",
           "MAX_TOKENS", "Ambiguous", "ParseError", "TooBig", "check_size", "safe_pow"]
