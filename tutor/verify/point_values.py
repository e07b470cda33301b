r"""A curve's equation with a point on it put in: `3 = 2k + 1` after "the line $y = kx + 1$
passes through $(2, 3)$", `\frac{4}{a^2} - \frac{144}{b^2} = 1` after "the point $(2, 12)$
satisfies $\frac{x^2}{a^2} - \frac{y^2}{b^2} = 1$". Worker side; the sentences are read
in `extract/said_points.py`.

The claim must be in the curve's other letters only (none of the point's letters: `y = 3x`
is no consequence of one point) and must be the curve's equation at the point up to a
nonzero constant factor. Two methods must agree: the ratio of the two sides' differences
simplifies exactly to a nonzero number, and the two differences evaluated at random
values of the letters (40 digits) keep that ratio. Verify only: the point may have been
said of the curve wrongly, which is that sentence's claim, not this one's.
"""

from __future__ import annotations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import PRECISION, parse_previous, random_points, strict
from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["point_claim"]

_TOLERANCE = sympy.Float(10) ** -(PRECISION // 2)


def _at_point(curve: tuple[str, str, tuple[str, ...], tuple[str, ...]]) -> sympy.Expr | None:
    """The curve's `lhs - rhs` with the point's coordinates put in, or None."""
    lhs, rhs, letters, coords = curve
    pair = parse_previous((lhs, rhs))
    values = [strict(c) for c in coords]
    if pair is None or any(v is None or v.expr.free_symbols for v in values):
        return None
    diff = pair[0] - pair[1]
    names = {str(s): s for s in diff.free_symbols}
    if any(letter not in names for letter in letters):
        return None  # the equation does not use the point's letters as read
    return diff.subs({names[letter]: v.expr for letter, v in zip(letters, values, strict=True)
                      if v is not None}, simultaneous=True)


def _constant_ratio(claim: sympy.Expr, curve: sympy.Expr) -> bool:
    """`claim = c * curve` for one nonzero number c: exactly, and at random points."""
    try:
        ratio = sympy.cancel(sympy.together(claim / curve))
    except (TypeError, ValueError, ZeroDivisionError, sympy.PolynomialError):
        return False
    if ratio.free_symbols or not ratio.is_number or ratio == 0 or ratio.has(sympy.zoo, sympy.nan):
        return False
    symbols = claim.free_symbols | curve.free_symbols
    checked = 0
    for point in random_points(symbols, seed=len(str(claim))):
        lhs = claim.evalf(PRECISION, subs=point)
        rhs = curve.evalf(PRECISION, subs=point)
        if not (lhs.is_number and rhs.is_number) or lhs.has(sympy.zoo, sympy.nan) \
                or rhs.has(sympy.zoo, sympy.nan):
            continue
        if abs(lhs - ratio * rhs) > _TOLERANCE * max(1, abs(lhs)):
            return False
        checked += 1
    return checked >= 2


def point_claim(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                ctx: Context) -> ClaimResult | None:
    """Verified when the claim is a curve's equation at a point said to be on it (see
    module doc), else None."""
    diff = lhs - rhs
    symbols = {str(s) for s in diff.free_symbols}
    if claim.relation != "=" or not symbols:
        return None
    for curve in ctx.points:
        if symbols & set(curve[2]):
            continue
        at = _at_point(curve)
        if at is None or {str(s) for s in at.free_symbols} != symbols:
            continue
        if _constant_ratio(diff, at):
            where = ", ".join(maths_text(c) for c in curve[3])
            return ClaimResult(claim.source, Verdict.VERIFIED,
                               f"{maths_text(curve[0])} = {maths_text(curve[1])} at ({where})",
                               "substitution",
                               method="a point's coordinates put into its curve's equation "
                               "(exact ratio + 40-digit values at random points)")
    return None
