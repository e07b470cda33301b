"""An exact critical point near a numerical one: Newton's method at 60 digits on the
gradient, each coordinate recognised as an algebraic number of degree at most 4 (integer
relation search, `mpmath.findpoly`), and the gradient then shown to vanish there exactly.
Nothing is guessed: a coordinate that is not recognised, or a gradient that does not
vanish exactly, raises Decline."""

from __future__ import annotations

from collections.abc import Sequence

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.polynomials.numeric_search import evaluator

_DPS = 60
_T = sp.Symbol("t")


def is_zero(e: sp.Basic) -> bool:
    """True only when the constant `e` is exactly zero."""
    if e == 0:
        return True
    for tidy in (sp.expand, sp.radsimp, sp.simplify):
        e = tidy(e)
        if e == 0:
            return True
    if e.free_symbols or abs(sp.N(e, 50)) > sp.Float("1e-40"):
        return False
    try:
        return sp.minimal_polynomial(e, _T) == _T
    except (NotImplementedError, ValueError, TypeError):
        return False


def algebraic(x: mpmath.mpf) -> sp.Basic:
    """The algebraic number (degree <= 4, small coefficients) equal to `x` to 50 digits."""
    with mpmath.workdps(_DPS):
        if abs(x) < mpmath.mpf(10) ** -45:
            return sp.S.Zero
        for degree in (1, 2, 3, 4):
            coeffs = mpmath.findpoly(x, degree, maxcoeff=10 ** 6)
            if not coeffs:
                continue
            poly = sp.Poly([int(c) for c in coeffs], _T)
            for root in sp.roots(poly, cubics=degree <= 3, quartics=False, filter="R"):
                if not root.has(sp.CRootOf) and abs(sp.N(root, _DPS) - sp.Float(
                        str(x), _DPS)) < sp.Float("1e-40"):
                    return sp.radsimp(root)
            raise Decline("a coordinate of the critical point has no simple exact form")
    raise Decline("a coordinate of the critical point has no simple exact form")


def critical_point(f: sp.Expr, xs: Sequence[sp.Symbol], start: Sequence[float]
                   ) -> dict[sp.Symbol, sp.Basic]:
    """The exact point where every partial derivative of `f` vanishes, near `start`."""
    grads = [sp.diff(f, x) for x in xs]
    if not xs:
        return {}
    with mpmath.workdps(_DPS):  # the constants too are read at this precision
        gs = [evaluator(g, xs, high=True) for g in grads]
        hess = [[evaluator(sp.diff(g, y), xs, high=True) for y in xs] for g in grads]
        try:
            q = mpmath.findroot(lambda *v: [g(v) for g in gs], [mpmath.mpf(s) for s in start],
                                J=lambda *v: [[h(v) for h in row] for row in hess],
                                tol=mpmath.mpf(10) ** -50, maxsteps=60)
        except (ValueError, ZeroDivisionError, TypeError, ArithmeticError) as exc:
            raise Decline("Newton's method does not settle on a critical point") from exc
        q = [q[i] for i in range(len(xs))] if isinstance(q, mpmath.matrix) else [q]
        if any(abs(a - mpmath.mpf(s)) > mpmath.mpf("1e-4") * max(1, abs(s))
               for a, s in zip(q, start, strict=True)):
            raise Decline("the critical point is not where the search ended")
        point = {x: algebraic(mpmath.re(a)) for x, a in zip(xs, q, strict=True)}
    for g in grads:
        if not is_zero(g.subs(point)):
            raise Decline("the gradient does not vanish exactly at the point recognised")
    return point


__all__ = ["algebraic", "critical_point", "is_zero"]
