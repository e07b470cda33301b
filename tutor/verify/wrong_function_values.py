"""A value of a defined function stated wrongly (`f(3) = 9` after `f(x) = x^2 + 1`):
refuted when the function's rule, with the number put in, gives another number, exactly
and again at 40 digits (worker side).

Only the plainest form is refuted: one application of a one-variable function to a
number, equal to a number, said as a result; never a function the text may define in
pieces (`Context.unsure_functions`)."""

from __future__ import annotations

import re

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import PRECISION, strict
from tutor.verify.messages import value_text
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["wrong_function_value"]

_VALUE_OF = re.compile(r"^\s*([A-Za-z])\s*\(\s*([-+]?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?)\s*\)\s*$")
_NUMBER = re.compile(r"^\s*[-+]?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?\s*$")


def wrong_function_value(claim: RawClaim, expanded_lhs: str | None,
                         ctx: Context) -> ClaimResult | None:
    """Refuted when `name(number) = number` disagrees with the rule defined earlier."""
    m = _VALUE_OF.match(claim.lhs)
    if m is None or expanded_lhs is None or not _NUMBER.match(claim.rhs) or claim.relation != "=" \
            or not (claim.comparable and claim.single_link and claim.asserted) \
            or claim.supposed or claim.approximate or claim.counted \
            or m.group(1) in ctx.unsure_functions:
        return None
    rule = [f for f in ctx.functions if f[0] == m.group(1) and "," not in f[1]]
    if len(rule) != 1 or "." in claim.rhs + m.group(2):
        return None  # no rule, or decimals that may round
    name, var, body = rule[0]
    value, stated = strict(expanded_lhs), strict(claim.rhs)
    symbol, argument = strict(var), strict(m.group(2))
    rule_read = strict(body)
    if value is None or stated is None or symbol is None or argument is None or rule_read is None \
            or value.expr.free_symbols or stated.expr.free_symbols \
            or rule_read.expr.free_symbols != {symbol.expr}:
        return None
    exact = sympy.nsimplify(value.expr) if value.expr.is_algebraic else value.expr
    if not (exact.is_Rational and stated.expr.is_Rational) or exact == stated.expr:
        return None
    # Independently: the rule as read on its own, evaluated at the number, 40 digits.
    again = sympy.N(rule_read.expr.subs(symbol.expr, argument.expr), PRECISION)
    if not again.is_number or abs(again - stated.expr) < sympy.Rational(1, 10**20) \
            or abs(again - exact) > sympy.Rational(1, 10**20):
        return None
    reason = (f"{maths_text(claim.source)} is not right: with {name}({var}) = {maths_text(body)}, "
              f"{name}({maths_text(m.group(2).strip())}) = {value_text(exact)}")
    return ClaimResult(claim.source, Verdict.REFUTED, reason, "arithmetic",
                       method=f"the definition of {name}({var}) put in, exact arithmetic "
                       "+ 40-digit numeric")
