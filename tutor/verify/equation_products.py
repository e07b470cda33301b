"""An equation that is two earlier equations divided or multiplied side by side (worker
side, verify only): "dividing the second equation by the first" turns `ar^4 = 48` and
`ar = 6` into `\\frac{ar^4}{ar} = \\frac{48}{6}`, and `2x = \\lambda(2x + 8y)`,
`2y = \\lambda(8x + 14y)` into `\\frac{2x}{2y} = \\frac{2x + 8y}{8x + 14y}`.

If L1 = R1 and L2 = R2 then L1/L2 = R1/R2 (where L2 is not zero) and L1·L2 = R1·R2, so
the claim follows when its two sides differ by a constant multiple of L1/L2 - R1/R2 or
of L1·L2 - R1·R2 as written, compared at random points at 40 digits (after a quick look
at 15 digits, since most pairs differ). Only the latest few equations that share a letter with the
claim are paired. Nothing here refutes.
"""

from __future__ import annotations

import itertools
import time

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import random_points, too_high_to_expand
from tutor.verify.rewrites import constant_ratio
from tutor.verify.verdict import ClaimResult, Verdict

Pair = tuple[sympy.Expr, sympy.Expr]
_MAX_EARLIER = 4
_SECONDS = 0.5


def _candidates(first: Pair, second: Pair) -> list[tuple[str, sympy.Expr]]:
    (l1, r1), (l2, r2) = first, second
    found = []
    if not (l2.is_zero or r2.is_zero):
        found.append(("divided", l1 / l2 - r1 / r2))
    found.append(("multiplied", l1 * l2 - r1 * r2))
    return found


def follows_by_dividing(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                        previous: list[Pair]) -> ClaimResult | None:
    """Verified when the claim is two of the latest earlier equations (`previous`, the
    latest first) divided or multiplied side by side (see module doc), else None."""
    diff = lhs - rhs
    if claim.relation != "=" or not diff.free_symbols or too_high_to_expand(diff):
        return None
    letters = diff.free_symbols
    recent = [pair for pair in previous
              if (pair[0] - pair[1]).free_symbols & letters
              and not too_high_to_expand(pair[0] - pair[1])][:_MAX_EARLIER]
    values = _values([diff, *(side for pair in recent for side in pair)])
    if values is None:
        return None
    started = time.monotonic()
    for (i, first), (j, second) in itertools.permutations(enumerate(recent), 2):
        for how, together in _candidates(first, second):
            if how == "multiplied" and i > j:
                continue  # the same product either way round
            if time.monotonic() - started > _SECONDS:
                return None
            l1, r1, l2, r2 = (values[k] for k in (1 + 2 * i, 2 + 2 * i, 1 + 2 * j, 2 + 2 * j))
            if not _roughly_proportional(how, (l1, r1, l2, r2), values[0]):
                continue
            if together.free_symbols and constant_ratio(together, diff) is not None:
                return ClaimResult(claim.source, Verdict.VERIFIED,
                                   f"two earlier equations {how} side by side", "rewrite",
                                   method=f"two earlier equations {how} side by side, "
                                   "compared at random points (40 digits)")
    return None


Values = list[complex]


def _values(exprs: list[sympy.Expr]) -> list[Values] | None:
    """Each expression at two random points, to 15 digits (a quick first look: most
    pairs of equations fail it, before any 40-digit comparison)."""
    symbols = set().union(*(e.free_symbols for e in exprs))
    points = random_points(symbols, seed=len(symbols) + 3)[:2]
    try:
        return [[complex(e.evalf(15, subs=point)) for point in points] for e in exprs]
    except (TypeError, ValueError):
        return None


def _roughly_proportional(how: str, sides: tuple[Values, Values, Values, Values],
                          claim: Values) -> bool:
    ratios = []
    for k in range(len(claim)):
        l1, r1, l2, r2 = (side[k] for side in sides)
        if how == "divided" and (abs(l2) < 1e-9 or abs(r2) < 1e-9):
            return False
        value = l1 / l2 - r1 / r2 if how == "divided" else l1 * l2 - r1 * r2
        if abs(value) < 1e-9 or abs(claim[k]) < 1e-9:
            return False
        ratios.append(claim[k] / value)
    return abs(ratios[0] - ratios[1]) <= 1e-6 * abs(ratios[0])
