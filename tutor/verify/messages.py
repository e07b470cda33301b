"""Refutation messages a student understands, in maths notation:
"98730 ÷ 7 = 14104.29…, not 14120 (98730 is not a multiple of 7)", "9 ≠ 1/3",
"2x = 12 has the solution x = 6, which does not satisfy 2x + 3 = 11"."""

from __future__ import annotations

import re

import sympy

from tutor.verify.notation import maths_text

_INT_DIVISION = re.compile(r"^\s*(\d{1,15})\s*(?:÷|/|\\div)\s*(\d{1,15})\s*$")
_PLACES = 2
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")


_LONGEST = 40  # digits a message shows in full


def value_text(value: sympy.Expr, decimals: int = 0, prefer_decimal: bool = False) -> str:
    """A number as a message shows it: whole numbers and short fractions exactly,
    other values in decimals (to the places the claim wrote, at least 2) with `…`."""
    if value.is_number and value.is_real and abs(value) >= 10**_LONGEST:
        # 2^{2024}: the leading digits and the power of ten, never thousands of digits
        mantissa, _, power = sympy.sstr(sympy.N(value, 12)).partition("e+")
        return f"{mantissa.rstrip('0').rstrip('.')}… × 10^{power}" if power else mantissa
    if value.is_Integer:
        return str(value)
    if value.is_Rational and not prefer_decimal and not decimals and value.q < 1000:
        return f"{value.p}/{value.q}"
    if not value.is_number:
        return maths_text(sympy.sstr(value))
    places = max(decimals, _PLACES)
    exact = sympy.N(value, 30)
    shown = f"{float(exact):.{places}f}"
    return shown if sympy.Rational(shown) == value else f"{shown}…"


def wrong_value(lhs_text: str, lhs: sympy.Expr, rhs_text: str, decimals: int,
                has_operator: bool) -> str:
    """The message for a false `lhs = rhs` between numbers."""
    if not has_operator:
        return f"{maths_text(lhs_text)} ≠ {maths_text(rhs_text)}"
    wrote_decimals = "." in rhs_text or bool(decimals)
    division = _INT_DIVISION.match(lhs_text)
    shown = value_text(lhs, decimals, prefer_decimal=wrote_decimals or bool(division))
    if lhs.is_Integer and _THOUSANDS.search(rhs_text) and abs(lhs) < 10**_LONGEST:
        shown = f"{int(lhs):,}"  # in the writer's own style: 1,004,006,004,001
    message = f"{maths_text(lhs_text)} = {shown}, not {maths_text(rhs_text)}"
    if division and lhs.is_Rational and not lhs.is_Integer and re.fullmatch(r"\d+", rhs_text):
        message += f" ({division.group(1)} is not a multiple of {division.group(2)})"
    return message


def wrong_order(source: str, lhs: sympy.Expr, rhs: sympy.Expr) -> str:
    """The message for a false inequality between numbers."""
    return f"{maths_text(source)} is false: the left side is {value_text(lhs)}, " \
        f"the right side {value_text(rhs)}"


def lost_solutions(claim: str, var: str, solution: sympy.Expr, equation: str) -> str:
    """A rewrite whose only solution does not solve the equation it came from."""
    return (
        f"{maths_text(claim)} has the solution {var} = {value_text(solution)}, "
        f"which does not satisfy {maths_text(equation)}"
    )


def not_a_solution(claim: str, equation: str, left: sympy.Expr, right: sympy.Expr) -> str:
    """A stated solution that does not solve the problem's equation."""
    return (
        f"{maths_text(claim)} is not a solution of {maths_text(equation)}: the left side is "
        f"{value_text(left)}, the right side {value_text(right)}"
    )
