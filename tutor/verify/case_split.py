"""One case of an earlier equation (worker side, verify only): `3t - 2 = 7` or
`3t - 2 = -7` after `|3t - 2| = 7`, `x + 1 = 2x` after `|x + 1| = 2x`. The claim is
a polynomial equation of degree one or two in the one letter of an earlier equation
that is not a polynomial (an absolute value, a root); each of the claim's solutions,
found exactly, is put into the earlier equation, which must then hold exactly (and
again at 40 digits). Then the claim is one case of the earlier equation (a case that
is not a solution is left unchecked: it is discarded later, or a slip). Nothing here
refutes: a case may rightly have no solution."""

from __future__ import annotations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import is_zero_exact, zero_to_the_zero
from tutor.verify.rewrites import polynomial_in
from tutor.verify.verdict import ClaimResult, Verdict

Pair = tuple[sympy.Expr, sympy.Expr]
_MAX_DEGREE = 2


def _exact_roots(diff: sympy.Expr, var: sympy.Symbol) -> list[sympy.Expr] | None:
    """Every solution of `diff = 0` (a polynomial of degree one or two in `var`), or None."""
    poly = polynomial_in(diff, var)
    if poly is None or not 1 <= poly.degree() <= _MAX_DEGREE \
            or not all(c.is_number for c in poly.all_coeffs()):
        return None
    found = sympy.roots(poly)
    if sum(found.values()) != poly.degree():
        return None
    return list(found)


def case_of_earlier(claim: RawClaim, diff: sympy.Expr, previous: list[Pair]
                    ) -> ClaimResult | None:
    """Verified when every solution of the claim solves an earlier equation in the same
    one letter that is not a polynomial equation (see module doc), else None."""
    if claim.relation != "=" or len(diff.free_symbols) != 1:
        return None
    var = next(iter(diff.free_symbols))
    roots: list[sympy.Expr] | None = None
    for lhs, rhs in previous:
        before = lhs - rhs
        if before.free_symbols != {var} or polynomial_in(before, var) is not None \
                or not before.has(sympy.Abs, sympy.Pow):
            continue
        roots = _exact_roots(diff, var) if roots is None else roots
        if not roots:
            return None
        if all(is_zero_exact(before.subs(var, root)) is True
               and not zero_to_the_zero(before, {var: root}) for root in roots):
            return ClaimResult(claim.source, Verdict.VERIFIED, "one case of an earlier "
                               "equation", "rewrite", method="each solution found exactly and "
                               "put into the earlier equation (exact, then 40 digits)")
    return None
