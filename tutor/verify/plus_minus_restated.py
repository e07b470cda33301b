"""A name given two values at once with `±`, checked against the chain before it (worker
side, verify only): `y = \\frac{4 \\pm \\sqrt{20}}{2}` after `y = \\frac{4 \\pm \\sqrt{16 +
4}}{2}` gives y the same two values as the line before (the usual way of simplifying what
the quadratic formula gave, line by line or step by step); `w = 3 \\pm \\sqrt{2}` after
`w^2 - 6w + 7 = 0` gives w two values that both solve that earlier equation.

The two values of each writing are read by the strict reader (both signs), compared as
a set, exactly and then at 40 digits (`is_zero_exact`). An earlier equation is used as
the problem's equation is in `plus_minus_values`: a polynomial equation in the name
alone, without a written denominator. Rounded values (`\\frac{-6 \\pm 502.2}{2}`), `∓`,
and names given one value are not read here. Nothing is refuted: an earlier writing may
belong to another case, and two values that differ from it may still be right. Two values
that certainly fail the latest polynomial equation in the name are a claim left unchecked,
so the step is not shown verified on its other claims.
"""

from __future__ import annotations

import re

import sympy

from tutor.verify.context import Context
from tutor.verify.exact import is_zero_exact, strict
from tutor.verify.extract.claim import RawClaim
from tutor.verify.extract.plusminus import PLUS_MINUS
from tutor.verify.modular import FALSE_HERE
from tutor.verify.notation import maths_text
from tutor.verify.plus_minus_values import plus_minus_value_claim
from tutor.verify.verdict import ClaimResult, Verdict

_DECIMAL = re.compile(r"\d\.\d")
_MINUS_PLUS = re.compile(r"\\mp(?![a-zA-Z])|∓")
_MAX_EARLIER = 8  # the recent equations looked at, the latest first


def two_values(lhs: str, rhs: str) -> tuple[sympy.Symbol, tuple[sympy.Expr, sympy.Expr]] | None:
    """`y = \\frac{4 \\pm \\sqrt{20}}{2}`: the name and its two values (the `+` reading
    first), or None when the equation is not a name given two numbers with one `±`."""
    if PLUS_MINUS.search(lhs) or len(PLUS_MINUS.findall(rhs)) != 1 \
            or _MINUS_PLUS.search(lhs + rhs) or _DECIMAL.search(rhs):
        return None
    name = strict(lhs)
    if name is None or not isinstance(name.expr, sympy.Symbol):
        return None
    values = []
    for sign in ("+", "-"):
        parsed = strict(PLUS_MINUS.sub(sign, rhs))
        if parsed is None or parsed.expr.free_symbols:
            return None
        values.append(parsed.expr)
    return name.expr, (values[0], values[1])


def _same_values(mine: tuple[sympy.Expr, sympy.Expr],
                 earlier: tuple[sympy.Expr, sympy.Expr]) -> bool:
    """The two pairs are the same two numbers, in either order."""
    return any(all(is_zero_exact(a - b) is True for a, b in zip(mine, order, strict=True))
               for order in (earlier, earlier[::-1]))


def restated_two_values(claim: RawClaim, ctx: Context) -> ClaimResult | None:
    """Verified when the name's two values are those an earlier `±` writing of the same
    name gave, or both solve an earlier polynomial equation in that name; else None."""
    if claim.relation != "=" or claim.supposed or claim.approximate:
        return None
    read = two_values(claim.lhs, claim.rhs)
    if read is None:
        return None
    name, values = read
    for lhs, rhs in list(reversed(ctx.previous))[:_MAX_EARLIER]:
        earlier = two_values(lhs, rhs)
        if earlier is not None and earlier[0] == name and _same_values(values, earlier[1]):
            return ClaimResult(
                claim.source, Verdict.VERIFIED,
                f"the same two values as {maths_text(f'{lhs} = {rhs}')}", "rewrite",
                method="both values compared with the earlier ones, exact + 40-digit numeric")
        if earlier is None and PLUS_MINUS.search(lhs + rhs) is None:
            solved = plus_minus_value_claim(claim, (lhs, rhs))
            if solved is not None and solved.verdict is Verdict.VERIFIED:
                return ClaimResult(
                    claim.source, Verdict.VERIFIED,
                    f"both values solve the earlier {maths_text(f'{lhs} = {rhs}')}",
                    "solution", method=solved.method)
            if solved is not None and solved.verdict is Verdict.REFUTED:
                # the latest equation in the name is certainly not solved: not refuted (it
                # may be another case's), but a claim left unchecked, so its step is not
                # shown verified on its other claims
                return ClaimResult(
                    claim.source, Verdict.UNCHECKED,
                    f"{FALSE_HERE}: the two values do not both solve the earlier "
                    f"{maths_text(f'{lhs} = {rhs}')}", "solution")
    return None


__all__ = ["restated_two_values", "two_values"]
