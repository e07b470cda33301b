"""An equation that follows from an earlier one by doing the same thing to both sides
(worker side, verify only): taking logarithms (`4^a = 5` gives `a \\log 4 = \\log 5`,
`2^{3d} = 8` gives `\\log_2(2^{3d}) = \\log_2 8`) or raising a base to each side
(`\\log_2 x + \\log_2(x - 2) = 3` gives `x(x - 2) = 8`, `\\log_8 x = \\log_2 x` gives
`8^{\\log_2 x} = x`).

If L = R then f(L) = f(R) for any function f, so the claim follows from the earlier
equation when its two sides differ by a constant multiple of f(L) - f(R) (denominators
cleared); this is compared at random points at 40 digits (`rewrites._proportional`).
The functions tried are the natural logarithm (a logarithm to any base is a constant
multiple of it) and b^(.) for each base b the two equations write as a logarithm's base
or a power's base. Nothing here refutes: a claim that matches no such function may
still follow for a reason not written down (squaring is `rewrites`' own).
"""

from __future__ import annotations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import too_high_to_expand
from tutor.verify.rewrites import _proportional
from tutor.verify.verdict import ClaimResult, Verdict

Pair = tuple[sympy.Expr, sympy.Expr]
_MAX_EARLIER = 4
_MAX_BASES = 4


def _bases(*exprs: sympy.Expr) -> list[sympy.Expr]:
    """The numbers used as a logarithm's base (`log_2 x` reads log(x)/log(2)) or as a
    power's base (`8^{...}`), and e, in a fixed order."""
    found: set[sympy.Expr] = {sympy.E}
    for expr in exprs:
        for log in expr.atoms(sympy.log):  # log(x, 2) as the broad reader leaves it
            base = log.args[-1]
            if base.is_Rational and base > 1:
                found.add(base)
        for power in expr.atoms(sympy.Pow):
            base = power.base
            if base.is_Rational and base > 1 and power.exp.free_symbols:
                found.add(base)
    return sorted(found, key=sympy.default_sort_key)[:_MAX_BASES + 1]


def _has_log_or_power(expr: sympy.Expr) -> bool:
    """A logarithm, or a power with a letter in its exponent: what these functions undo."""
    return bool(expr.atoms(sympy.log)) or any(
        p.exp.free_symbols for p in expr.atoms(sympy.Pow))


def follows_on_both_sides(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                          previous: list[Pair]) -> ClaimResult | None:
    """Verified when the claim is an earlier equation (`previous`, the latest first) with
    a logarithm taken of both sides, or a base raised to both (see module doc), else
    None."""
    diff = lhs - rhs
    if claim.relation != "=" or not diff.free_symbols or too_high_to_expand(diff):
        return None
    for left, right in previous[:_MAX_EARLIER]:  # the latest first
        before = left - right
        if not before.free_symbols or diff.free_symbols - before.free_symbols \
                or not (_has_log_or_power(before) or _has_log_or_power(diff)) \
                or too_high_to_expand(before):
            continue
        candidates: list[tuple[str, sympy.Expr]] = [
            ("a logarithm taken of both sides", sympy.log(left) - sympy.log(right))]
        candidates += [(f"{sympy.latex(b)} raised to each side", b**left - b**right)
                       for b in _bases(before, diff)]
        for how, applied in candidates:
            if _proportional(applied, diff) is not None:
                return ClaimResult(claim.source, Verdict.VERIFIED,
                                   f"an earlier equation with {how}", "rewrite",
                                   method=f"{how} of an earlier equation, compared at "
                                   "random points (40 digits)")
    return None
