"""Claims that restate an equation written long before (worker side, verify only).

"Substitute into the first equation $x + y + z = 2$", "we are given that $rst = C$",
"recall that $2a + b = 11$": the equation was written in the problem or many steps
back, and has left the window of recent equations (`Context.previous`) that claims
are combined with. Such a claim is checked against each earlier equation alone (the
archive, latest first): it is verified when it is a constant multiple of one of them
(denominators cleared, at random points), has the same solutions, or solves it (see
`rewrites.follows_from_previous`, given that one equation only, so equations of
different cases are never combined). Nothing here refutes: an old equation may
belong to a case the chain has left.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import parse_previous
from tutor.verify.notation import maths_text
from tutor.verify.rewrites import follows_from_previous
from tutor.verify.verdict import ClaimResult, Verdict

Pair = tuple[str, str]
_SECONDS = 0.4
_NAME = re.compile(r"(?<![\\a-zA-Z])[a-zA-Z](?![a-zA-Z])")


def restates_earlier(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                     archive: tuple[Pair, ...], recent: tuple[Pair, ...]) -> ClaimResult | None:
    """Verified when the claim restates one equation of the archive that is no longer
    among the recent ones (see module doc), else None."""
    diff = lhs - rhs
    if claim.relation != "=" or not diff.free_symbols:
        return None
    letters = set(_NAME.findall(f"{claim.lhs} {claim.rhs}"))
    started = time.monotonic()
    for pair in reversed(archive):
        if pair in recent or not letters <= set(_NAME.findall(" ".join(pair))):
            continue
        if time.monotonic() - started > _SECONDS:
            break
        before = parse_previous(pair)
        if before is None:
            continue
        found = follows_from_previous(claim, lhs, rhs, [before])
        if found is not None and found.verdict is Verdict.VERIFIED:
            shown = maths_text(f"{pair[0].strip()} = {pair[1].strip()}")
            return replace(found, reason=f"restates the earlier {shown}",
                           method=f"{found.reason}, compared with that equation alone")
    return None
