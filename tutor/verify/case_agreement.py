r"""A case's claim against the earlier equations of that case (worker side).

"When $c = 1$, $b^2 - 4 = 9$, so $b^2 = 13$", then "Setting $c = -1$ gives
$b^2 + 4(-1) = 9$": the last claim has the same solutions as the step before's `b^2 = 13`
(the other case), so it read as a rewrite of it, although $b^2 - 4c = 9$ with $c = -1$ put
in gives $b^2 = 5$. A claim in one unknown that a rewrite or a substitution verified, in a
step whose supposition gave another name its value (`Context.cases`), is taken back when
an earlier equation in that name, with the value put in, leaves an equation in the
claim's unknown that shares no solution with the claim, and no other such equation shares
one (two curves through the supposed point each give their own value): the claim is not
this case's. A claim in a name the step itself supposes ("try $r = 6$ ... so $r = 6$")
restates the case.

Nothing here refutes (an earlier equation in the name may belong to another figure); the
claim stays unchecked, saying which equation it disagrees with.
"""

from __future__ import annotations

import sympy

from tutor.verify.carried import known_values
from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import parse_previous
from tutor.verify.messages import value_text
from tutor.verify.notation import maths_text
from tutor.verify.rewrites import polynomial_in
from tutor.verify.verdict import ClaimResult, Verdict

_MAX_EQUATIONS = 12


def against_the_case(claim: RawClaim, diff: sympy.Expr, ctx: Context,
                     result: ClaimResult) -> ClaimResult:
    """`result` unless it verified a claim that the step's supposed values contradict."""
    if result.verdict is not Verdict.VERIFIED or not ctx.cases or len(diff.free_symbols) != 1:
        return result
    var = next(iter(diff.free_symbols))
    if str(var) in ctx.cases:  # "try r = 6 ... so r = 6": the supposition restated
        return result
    supposed = {name: value for name, value in known_values(ctx.values).items()
                if str(name) in ctx.cases and name != var}
    mine = polynomial_in(diff, var)
    if not supposed or mine is None or mine.degree() < 1:
        return result
    pairs = list(dict.fromkeys([*reversed(ctx.previous), *reversed(ctx.archive)]))
    against: list[str] = []
    for pair in pairs[:_MAX_EQUATIONS]:
        before = parse_previous(pair)
        if before is None:
            continue
        earlier = before[0] - before[1]
        used = {name: value for name, value in supposed.items() if name in earlier.free_symbols}
        put_in = earlier.xreplace(used)
        theirs = polynomial_in(put_in, var) if used and put_in.free_symbols == {var} else None
        if theirs is None or theirs.degree() < 1:
            continue
        if sympy.gcd(mine, theirs).degree() > 0:  # a solution in common: this case agrees
            return result
        said = ", ".join(f"{value_text(n)} = {value_text(v)}" for n, v in used.items())
        against.append(f"{maths_text(f'{pair[0].strip()} = {pair[1].strip()}')} gives with "
                       f"{said} put in")
    if against:  # every earlier equation of the case disagrees
        return ClaimResult(claim.source, Verdict.UNCHECKED, f"not what the earlier "
                           f"{against[0]}", result.kind)
    return result
