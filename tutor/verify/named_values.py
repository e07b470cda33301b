"""Names whose value the chain knows in a form the readers do not take for a number:
vectors and matrices given in entries (`named_vectors`), probabilities of events
(`probabilities`), the discriminant `\\Delta` (`discriminants`), a name given two values
with `±` (`plus_minus_restated`). Worker side; each verifies or declares a definition,
none refutes."""

from __future__ import annotations

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.discriminants import discriminant_claim
from tutor.verify.named_vectors import named_vector_claim
from tutor.verify.plus_minus_restated import restated_two_values
from tutor.verify.probabilities import probability_claim
from tutor.verify.verdict import ClaimResult


def named_value_claim(claim: RawClaim, ctx: Context) -> ClaimResult | None:
    """The first of the readers above that reads the claim, or None."""
    if not claim.latex or claim.relation != "=":
        return None
    return named_vector_claim(claim, ctx) or probability_claim(claim, ctx) \
        or discriminant_claim(claim, ctx) or restated_two_values(claim, ctx)
