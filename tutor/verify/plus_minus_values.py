"""A name given two values at once with `±`, checked against the equation the problem asks
to solve: `x = \\frac{108 \\pm \\sqrt{67052}}{122}` for "Solve 61x^2 - 108x - 227 = 0".

Both values are put into the equation (exact arithmetic, then 40 digits: `is_zero_exact`).
Both solve it: verified. One of them certainly does not: refuted, naming that value, since
`x = a ± b` claims each of `a + b` and `a - b` is a solution. A rounded value (`258.9`) or a
`≈` leaves the claim unchecked: a rounded root does not solve the equation exactly. Only a
polynomial equation in the name alone is used, as for a single value (`equations.py`).
Worker side.
"""

from __future__ import annotations

import re

import sympy

from tutor.verify.exact import is_zero_exact, parse_pair, strict
from tutor.verify.extract.claim import RawClaim
from tutor.verify.extract.plusminus import PLUS_MINUS
from tutor.verify.messages import value_text
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

_DECIMAL = re.compile(r"\d\.\d")
_DENOMINATOR_NAMED = re.compile(r"\\frac|/")


def plus_minus_value_claim(claim: RawClaim,
                           target_equation: tuple[str, str] | None) -> ClaimResult | None:
    """The verdict on `x = a ± b` against the problem's equation in x, or None."""
    if claim.relation != "=" or target_equation is None or PLUS_MINUS.search(claim.lhs) \
            or len(PLUS_MINUS.findall(claim.rhs)) != 1 or _DECIMAL.search(claim.rhs):
        return None
    name = strict(claim.lhs)
    if name is None or not isinstance(name.expr, sympy.Symbol):
        return None
    var = name.expr
    target = parse_pair(target_equation)
    if target is None:
        return None
    before = target[0] - target[1]
    if before.free_symbols != {var} or not before.is_polynomial(var) \
            or _DENOMINATOR_NAMED.search(" ".join(target_equation)):
        return None  # a written denominator may vanish at a value: not compared
    values = []
    for sign in ("+", "-"):
        parsed = strict(PLUS_MINUS.sub(sign, claim.rhs))
        if parsed is None or parsed.expr.free_symbols:
            return None
        values.append(parsed.expr)
    solves = [is_zero_exact(sympy.expand(before.subs(var, v))) for v in values]
    equation = f"{target_equation[0]} = {target_equation[1]}"
    if all(solves):
        return ClaimResult(claim.source, Verdict.VERIFIED, "both values solve the equation",
                           "solution", method="substitution, exact + 40-digit numeric")
    if not (claim.two_values and claim.single_link and claim.asserted
            and not claim.approximate):
        return None
    for sign, value, solved in zip("+-", values, solves, strict=True):
        if solved is False:
            left, right = target[0].subs(var, value), target[1].subs(var, value)
            reason = (f"taking {'+' if sign == '+' else '−'}, {var} = {value_text(value)} is "
                      f"not a solution of {maths_text(equation)}: the left side is "
                      f"{value_text(left)}, the right side {value_text(right)}")
            return ClaimResult(claim.source, Verdict.REFUTED, reason, "solution",
                               method="substitution")
    return None


__all__ = ["plus_minus_value_claim"]
