"""A bound on one variable implied by an earlier, tighter one (worker side, verify
only): `m > -2` after `m > -\\frac{2}{3}`, `3t \\le 40` after `t < 12`, `x \\ge 5`
after `x > 5`.

Both inequalities must be linear in the same single variable with number
coefficients; each is turned into `var < c`, `var \\le c`, `var > c` or `var \\ge c`
(dividing by a negative coefficient turns the sign). The claim follows when it
bounds the variable on the same side, no more tightly. The two bounds are compared
exactly, and again at 40 digits; when the two disagree, or either cannot decide,
nothing is claimed.
"""

from __future__ import annotations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import NEGLIGIBLE, PRECISION, is_zero_exact, parse_pair
from tutor.verify.rewrites import TURNED_RELATION, polynomial_in
from tutor.verify.verdict import ClaimResult, Verdict

Bound = tuple[sympy.Symbol, bool, sympy.Expr, bool]  # variable, upper, value, strict


def bound_on_variable(diff: sympy.Expr, relation: str) -> Bound | None:
    """`diff relation 0` as (variable, is an upper bound, the bound, strict), when it is
    linear in one variable with real number coefficients."""
    if relation not in TURNED_RELATION or len(diff.free_symbols) != 1:
        return None
    var = next(iter(diff.free_symbols))
    poly = polynomial_in(diff, var)
    if poly is None or poly.degree() != 1:
        return None
    slope, constant = poly.all_coeffs()
    sign = _sign(slope)
    if sign is None or sign == 0 or _sign(constant) is None:
        return None
    rel = relation if sign > 0 else TURNED_RELATION[relation]
    return var, rel in ("<", "<="), -constant / slope, rel in ("<", ">")


def _sign(value: sympy.Expr) -> int | None:
    """-1, 0 or 1 for a real number, decided exactly and at 40 digits alike; else None."""
    if not value.is_number or value.is_real is not True:
        return None
    zero = is_zero_exact(value)
    if zero is True:
        return 0
    numeric = sympy.N(value, PRECISION)
    if zero is None or not numeric.is_Number or abs(numeric) < NEGLIGIBLE:
        return None
    exact = 1 if value.is_positive else -1 if value.is_negative else None
    numeric_sign = 1 if numeric > 0 else -1
    return exact if exact == numeric_sign else None


def _implies(earlier: Bound, claim: Bound) -> bool:
    var, upper, value, strict = earlier
    claim_var, claim_upper, claim_value, claim_strict = claim
    if var != claim_var or upper != claim_upper:
        return False
    gap = _sign(claim_value - value if upper else value - claim_value)  # > 0: looser
    if gap is None:
        return False
    return gap > 0 or (gap == 0 and (strict or not claim_strict))


def looser_bound(claim: RawClaim, diff: sympy.Expr,
                 inequalities: tuple[tuple[str, str, str], ...]) -> ClaimResult | None:
    """Verified when the claim is a bound an earlier inequality implies (see module doc)."""
    mine = bound_on_variable(diff, claim.relation)
    if mine is None:
        return None
    for lhs, relation, rhs in reversed(inequalities):
        pair = parse_pair((lhs, rhs))
        if pair is None:
            continue
        earlier = bound_on_variable(pair[0] - pair[1], relation)
        if earlier is not None and _implies(earlier, mine):
            return ClaimResult(claim.source, Verdict.VERIFIED, "follows from an earlier "
                               "bound", "rewrite", method="the earlier bound compared with "
                               "this one, exactly and at 40 digits")
    return None
