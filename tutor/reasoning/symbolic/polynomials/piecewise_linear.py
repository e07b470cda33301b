"""The least or greatest value of a sum of absolute values of linear expressions in one
real variable ("Find the minimum value of $|x - 1| + |x - 3| + |x - 8|$", "the largest
value of $|t + 1| - |t - 3|$").

Such an expression is linear between its corners (where an absolute value's argument is
0), so an extreme over all real numbers is at a corner, provided the slopes beyond the
outermost corners do not let it run off (for a minimum: falling to the left of the
leftmost corner and rising to the right of the rightmost, or flat). Exact: the corners'
values. Confirmed independently by sampling the expression at 4001 points spread far past
the corners: none beats the answer and the best comes within the sampling step of it."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step

_SAMPLES = 4000


def _linear(e: sp.Expr, x: sp.Symbol) -> bool:
    return bool(e.is_polynomial(x)) and sp.degree(e, x) <= 1 and not (e.free_symbols - {x})


def extreme_of_corners(target: sp.Expr, x: sp.Symbol, which: str
                       ) -> tuple[sp.Expr, list[Step]]:
    absolutes = list(target.atoms(sp.Abs))
    if target.free_symbols != {x} or not absolutes or any(
            not _linear(sp.expand(a.args[0]), x) or not a.args[0].has(x) for a in absolutes):
        raise Decline("absolute values of linear expressions in one variable")
    corners = sorted({sp.solve(a.args[0], x)[0] for a in absolutes}, key=lambda c: sp.N(c))
    if any(not c.is_real for c in corners):
        raise Decline("corners at real numbers")
    # between and beyond the corners every absolute value has a fixed sign
    probes = [corners[0] - 1, *((a + b) / 2 for a, b in zip(corners, corners[1:],
                                                              strict=False)), corners[-1] + 1]
    for p in probes:
        piece = sp.expand(target.xreplace({a: sp.sign(a.args[0].subs(x, p)) * a.args[0]
                                           for a in absolutes}))
        if not _linear(piece, x):
            raise Decline("an expression that is not linear between its corners")
    left = sp.diff(sp.expand(target.xreplace({a: sp.sign(a.args[0].subs(x, probes[0]))
                                              * a.args[0] for a in absolutes})), x)
    right = sp.diff(sp.expand(target.xreplace({a: sp.sign(a.args[0].subs(x, probes[-1]))
                                               * a.args[0] for a in absolutes})), x)
    sign = 1 if which == "min" else -1
    if sign * left > 0 or sign * right < 0:
        raise Decline("the expression has no " + ("least" if which == "min" else "greatest")
                      + " value: it runs off beyond the corners")
    values = [(sp.nsimplify(target.subs(x, c)), c) for c in corners]
    value, at = min(values, key=lambda vc: sign * sp.N(vc[0], 30))
    _confirm(target, x, corners, value, sign, max(abs(left), abs(right), 1))
    listed = ", ".join(f"f({latex(c)}) = {latex(v)}" for v, c in values)
    word = "least" if which == "min" else "greatest"
    return value, [
        step("find the corners", "Each absolute value changes formula where its inside is 0; "
             "between these corners the expression is linear.",
             f"Corners: ${', '.join(latex(c) for c in corners)}$; slope ${latex(left)}$ to "
             f"the left of them all and ${latex(right)}$ to the right.", ""),
        step("compare the corners", f"A linear piece has its {word} value at an end, and "
             "beyond the outer corners the expression does not improve.",
             f"${listed}$, so the {word} value is ${latex(value)}$ (at $x = {latex(at)}$).",
             "")]


def _confirm(target: sp.Expr, x: sp.Symbol, corners: list[sp.Expr], value: sp.Expr,
             sign: int, slope: sp.Expr) -> None:
    f = sp.lambdify(x, target, modules="math")
    lo, hi = float(corners[0]), float(corners[-1])
    span = max(hi - lo, 1.0)
    lo, hi = lo - 5 * span, hi + 5 * span
    h = (hi - lo) / _SAMPLES
    best = min(sign * f(lo + k * h + h / 3) for k in range(_SAMPLES + 1))
    exact = sign * float(value)
    confirm.check(best >= exact - 1e-9 and best <= exact + float(slope) * h + 1e-9,
                  "sampling the expression far past its corners finds nothing better, and "
                  "comes as close as the sampling step allows")


__all__ = ["extreme_of_corners"]
