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

A case worked out on an old equation ("If $d = -1$, then $c^2 + 2(-1) = 1$" long after
$c^2 + 2d = 1$, "plugging in $x = 2$: $4 + 2a = 10$" after $x^2 + ax = 10$ many steps
back) is that equation with the value a supposition of the same step gave put in
(`Context.cases`; a value found earlier may be another case's, so only the step's own
supposition counts). The claim must not use the supposed name, and it is compared with
the one equation that results, as above.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import parse_previous
from tutor.verify.identity_shape import linear_or_value
from tutor.verify.messages import value_text
from tutor.verify.notation import maths_text
from tutor.verify.rewrites import follows_from_previous
from tutor.verify.verdict import ClaimResult, Verdict

Pair = tuple[str, str]
_SECONDS = 0.4
_COMMAND = re.compile(r"\\[a-zA-Z]+")


def _letters(text: str) -> set[str]:
    """The letters written outside LaTeX commands (`ax` has a and x): a quick filter."""
    return set(re.findall(r"[a-zA-Z]", _COMMAND.sub(" ", text)))


def restates_earlier(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                     archive: tuple[Pair, ...], recent: tuple[Pair, ...],
                     supposed: dict[sympy.Symbol, sympy.Expr] | None = None,
                     put_in_only: bool = False) -> ClaimResult | None:
    """Verified when the claim restates one equation of the archive that is no longer
    among the recent ones, as written or with the values `supposed` in this step put in
    (see module doc), else None. `put_in_only`: only an equation of degree 2 or more with
    a supposed value put in counts (a claim shaped as a rewrite, see identity_shape)."""
    diff = lhs - rhs
    if claim.relation != "=" or not diff.free_symbols:
        return None
    supposed = {name: value for name, value in (supposed or {}).items()
                if name not in diff.free_symbols and not value.free_symbols}
    if put_in_only and not supposed:
        return None
    letters = _letters(f"{claim.lhs} {claim.rhs}")
    started = time.monotonic()
    for pair in reversed(archive):
        if pair in recent or not letters <= _letters(" ".join(pair)):
            continue
        if time.monotonic() - started > _SECONDS:
            break
        before = parse_previous(pair)
        if before is None:
            continue
        shown = maths_text(f"{pair[0].strip()} = {pair[1].strip()}")
        for put_in, said in _with_supposed(before, supposed)[int(put_in_only):]:
            if put_in_only and linear_or_value(*put_in):
                continue
            found = follows_from_previous(claim, lhs, rhs, [put_in])
            if found is not None and found.verdict is Verdict.VERIFIED:
                return replace(found, reason=f"restates the earlier {shown}{said}",
                               method=f"{found.reason}, compared with that equation alone")
    return None


def _with_supposed(before: tuple[sympy.Expr, sympy.Expr],
                   supposed: dict[sympy.Symbol, sympy.Expr]
                   ) -> list[tuple[tuple[sympy.Expr, sympy.Expr], str]]:
    """The earlier equation as written, then with the step's supposed values put in (when
    it uses them), each with the words that say which."""
    used = {name: value for name, value in supposed.items()
            if name in (before[0] - before[1]).free_symbols}
    if not used:
        return [(before, "")]
    said = ", ".join(f"{value_text(name)} = {value_text(value)}"
                     for name, value in sorted(used.items(), key=str))
    return [(before, ""), ((before[0].xreplace(used), before[1].xreplace(used)),
                           f" with {said} put in")]
