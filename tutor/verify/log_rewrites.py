"""An earlier equation rewritten by the rules of logarithms: `\\log(x/y) = a` after
`\\log x - \\log y = a`, `\\log_2 (xy) = 5` after `\\log_2 x + \\log_2 y = 5`.

Verified when the claim and the earlier equation (either way round) differ by a
logarithm identity, which `exact.is_log_identity` confirms twice: zero at random positive
points (40 digits) and zero after SymPy's expand_log with the variables positive. Every
variable left in that difference must sit inside a logarithm, so the rewrite holds wherever
the logarithms are defined. Verifies only.
"""

from __future__ import annotations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import is_log_identity
from tutor.verify.verdict import ClaimResult, Verdict

_METHOD = ("the difference from an earlier equation is a logarithm identity: zero at random "
           "positive points (40 digits) and after expanding the logarithms")


def follows_by_log_rules(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                         previous: list[tuple[sympy.Expr, sympy.Expr]]) -> ClaimResult | None:
    """Verified when the claim is an earlier equation with its logarithms combined or split."""
    diff = lhs - rhs
    if claim.relation != "=" or not diff.has(sympy.log) or not diff.free_symbols:
        return None
    for before in previous:
        before_diff = before[0] - before[1]
        if not before_diff.has(sympy.log) or before_diff.free_symbols != diff.free_symbols:
            continue
        for sign in (1, -1):
            rest = diff - sign * before_diff
            if rest != 0 and rest.has(sympy.log) and is_log_identity(rest):
                return ClaimResult(claim.source, Verdict.VERIFIED, "an earlier equation "
                                   "rewritten by the rules of logarithms", "rewrite",
                                   method=_METHOD)
    return None
