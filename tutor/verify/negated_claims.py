"""Arithmetic a step says does not hold: "it is not 6 + 7 = 12", "so the total isn't
15 + 9 = 23". The words deny the equation (extract/claim.NEGATED_BEFORE), so the writer
claims its two sides differ. Numbers only, read strictly (no eval): verified when they do
differ by exact arithmetic; when they are equal nothing is said, since a bare "not" may deny
something else ("not 3 + 4 = 7 but 3 + 4 + 1 = 8" may only set that sum aside)."""

from __future__ import annotations

from tutor.verify.claims import RawClaim
from tutor.verify.exact import holds, strict
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["negated_claim"]


def negated_claim(claim: RawClaim) -> ClaimResult | None:
    """Verified when the equation said not to hold is false; None otherwise."""
    if not claim.negated or claim.relation != "=" or claim.approximate or claim.modulus:
        return None
    lhs, rhs = strict(claim.lhs), strict(claim.rhs)
    if lhs is None or rhs is None or lhs.expr.free_symbols or rhs.expr.free_symbols \
            or not (lhs.has_operator or rhs.has_operator):
        return None
    if holds(lhs.expr, "=", rhs.expr) is not False:
        return None
    return ClaimResult(claim.source, Verdict.VERIFIED,
                       f"said not to hold: {maths_text(claim.lhs)} ≠ {maths_text(claim.rhs)}",
                       "arithmetic")
