"""A chain whose opening link was not confirmed does not verify its step.

`C(5,2) = 5 * 4 = 20`, `lcm(4, 6) = 4 * 6 = 24`, `1 + 2 + ... + 100 = 100 * 100 / 2 = 5000`,
`\\int_0^2 x^2 \\, dx = 2^3/2 = 4`: the first link is read by a verify-only reader (a plain
function, a sum with dots, an integral) that could not confirm it, so it is left unchecked
and, being verify-only, it used not to count; the arithmetic after it is true, and the step
was shown verified although the value it ends on rests on the unconfirmed link.

Here such a link counts: the step is "partly checked", never verified and never refuted (the
reader that left it unchecked may have read it another way than the writer meant). Only a
link that another link of the same chain, verified, goes on from counts; a link left alone
(a definition, a convention, a claim the words deny) keeps its own standing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tutor.verify.claims import RawClaim
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["unconfirmed_openings"]

# What a verify-only reader says when it read a link and could not confirm it
_UNCONFIRMED = ("not parsed", "not confirmed twice", "not checked")


def unconfirmed_openings(claims: Sequence[RawClaim],
                         results: Sequence[ClaimResult]) -> list[ClaimResult]:
    """`results` (one per claim, in order) with each unconfirmed link that a verified link
    of its chain goes on from made to count (checkable)."""
    out = list(results)
    if len(claims) != len(results):
        return out
    for i, (claim, result) in enumerate(zip(claims, results, strict=True)):
        if result.verdict is not Verdict.UNCHECKED or result.checkable \
                or result.reason not in _UNCONFIRMED or claim.single_link \
                or claim.relation != "=" or not claim.asserted or claim.supposed \
                or claim.denied or claim.counted:
            continue
        side = "".join(claim.rhs.split())
        if any(r.verdict is Verdict.VERIFIED and "".join(c.lhs.split()) == side
               and not c.single_link for c, r in zip(claims[i + 1:], results[i + 1:],
                                                     strict=True)):
            out[i] = replace(result, checkable=True,
                             reason=f"{result.reason}: the value the chain ends on rests on it")
    return out
