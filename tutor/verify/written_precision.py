"""Whether a decimal written for an exact value is that value at the precision written.

"√2 ≈ 1.41" and "2/3 ≈ 0.66" are: the value rounded (1.414… to 1.41) or cut off
(0.666… to 0.66) at the places the writer gave. "√2 ≈ 1.5" and "9π ≈ 28.7" are not,
though each is within a few percent: such a decimal is never shown verified (the
checker leaves it unchecked; a rough value may have come from a rounded constant, so
it is not refuted either).

Only a plain decimal on the right (`1.41`, `-0.005333`, `28,274.3`) is read here; a
value in scientific notation or a whole number ("2^10 ≈ 1000") keeps the checker's
relative tolerance. Confirmed two ways: the exact value at 50 digits, and the written
decimal read exactly as a fraction (no floating point).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy

from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["PLAIN_DECIMAL", "agrees_at_written_places", "agrees_to_places", "decimal_inputs_result"]

PLAIN_DECIMAL = re.compile(r"(?P<sign>[-−]?)\s*(?P<whole>\d{1,3}(?:,\d{3})+|\d+)\.(?P<frac>\d+)")


def agrees_at_written_places(value: sympy.Expr, written: str, *,
                             cut_off: bool = True) -> bool | None:
    """True when `written` (a plain decimal) is `value` rounded or (with `cut_off`, when
    the problem asked no rounding) cut off at its own places; False when it is neither;
    None when `written` is no plain decimal or the value has no real number."""
    match = PLAIN_DECIMAL.fullmatch(written.strip())
    if match is None:
        return None
    try:
        number = sympy.N(value, 50)
    except (TypeError, ValueError, ArithmeticError):
        return None
    if not number.is_real or not number.is_finite:
        return None
    places = len(match.group("frac"))
    shown = Fraction(int(match.group("whole").replace(",", "") + match.group("frac")),
                     10 ** places)
    shown = -shown if match.group("sign") else shown
    exact = Fraction(str(sympy.Float(number, 50)))
    unit = Fraction(1, 10 ** places)
    if abs(exact - shown) <= unit / 2:
        return True  # rounded (a tie either way)
    if not cut_off:
        return False  # "to two decimal places": 10/7 is 1.43, not 1.42
    # cut off: same sign, and less than one unit nearer zero
    return (exact >= 0) == (shown >= 0) and abs(shown) <= abs(exact) < abs(shown) + unit


def agrees_to_places(value: sympy.Expr, written: str, *, cut_off: bool = True,
                     fewest: int = 2) -> bool:
    """`written` is a plain decimal of at least `fewest` places that `value` rounded (or cut
    off) gives (`agrees_at_written_places`); a rougher decimal fits too many values to
    confirm one."""
    match = PLAIN_DECIMAL.fullmatch(written.strip())
    return match is not None and len(match.group("frac")) >= fewest \
        and agrees_at_written_places(value, written, cut_off=cut_off) is True


def decimal_inputs_result(source: str, value: sympy.Expr, written: str,
                          cut_off: bool) -> ClaimResult:
    """A claim whose first side has decimals ("0.96/180 = 0.005333...", "2.5/0.75 = 3.333"),
    close to its second side: verified when the first side worked exactly, as written, is the
    decimal written at its own places (two at least, and no tie, so "0.5 × 0.5 = 0.3" is
    not); otherwise left unchecked, as the inputs may be rounded values of something else."""
    match = PLAIN_DECIMAL.fullmatch(written.strip())
    places = len(match.group("frac")) if match else 0
    tie = value.is_Rational and places and (
        (abs(value * 10 ** places) * 2) % 2 == 1)  # exactly half a unit of the last place
    if places >= 2 and not tie and agrees_at_written_places(value, written, cut_off=cut_off):
        return ClaimResult(source, Verdict.VERIFIED, "equal after rounding", "approximation")
    return ClaimResult(source, Verdict.UNCHECKED, "rounded inputs", "approximation")
