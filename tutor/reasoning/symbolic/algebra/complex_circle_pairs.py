"""Two complex numbers on two circles and an expression linear in them: a z + b w + k fills
the ring around C = a c_1 + b c_2 + k with radii |R_1 - R_2| and R_1 + R_2 (R_1 = |a| r_1,
R_2 = |b| r_2), so its modulus ranges from the ring's distance to 0 to |C| + R_1 + R_2.
Read by `complex_circle_extremes`; confirmed on a 400 x 400 grid of the two angles.
"""

from __future__ import annotations

import cmath
import math

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result


def two_numbers(target: sp.Expr, centres: dict, which: str) -> Result:
    (z, (c1, r1)), (w, (c2, r2)) = centres.items()
    if target.has(sp.conjugate) or not target.is_polynomial(z, w) \
            or sp.Poly(target, z, w).total_degree() != 1:
        raise Decline("an expression linear in the two numbers")
    a, b = target.coeff(z), target.coeff(w)
    if a == 0 or b == 0:
        raise Decline("both numbers in the expression")
    k = target.subs({z: 0, w: 0})
    centre = sp.expand(a * c1 + b * c2 + k)
    big, small = sp.Abs(a) * r1, sp.Abs(b) * r2
    d = sp.Abs(centre)
    ld, lb, ls = latex(d), latex(big), latex(small)
    ways = [(d + big + small, f"{ld} + {lb} + {ls}")] if which == "max" else [
        (sp.Integer(0), "0"), (d - big - small, f"{ld} - {lb} - {ls}"),
        (sp.Abs(big - small) - d, f"\\left|{lb} - {ls}\\right| - {ld}")]
    reach, bound = max(ways, key=lambda v: float(sp.N(v[0], 30)))
    value = final_value(reach)
    _confirm_two(target, z, w, (c1, r1), (c2, r2), value, 1 if which == "max" else -1)
    word = "largest" if which == "max" else "smallest"
    claim = f"\\left|{latex(centre)}\\right| = {latex(final_value(d))}"
    return value, [
        step("the centre", "The expression's value is the centre's value plus two turning "
             "parts of lengths R_1 and R_2.", f"At the centres the expression is "
             f"${latex(centre)}$, and ${claim}$; the parts have lengths ${latex(big)}$ and "
             f"${latex(small)}$.", claim),
        step(f"the {word} value", "The values fill a ring around that point with radii "
             "|R_1 - R_2| and R_1 + R_2.", f"The {word} modulus is ${bound} = {latex(value)}$.",
             f"{bound} = {latex(value)}")]


def _confirm_two(target: sp.Expr, z: sp.Symbol, w: sp.Symbol, one: tuple, two: tuple,
                 value: sp.Expr, sign: int) -> None:
    g = sp.lambdify((z, w), target, "math")
    (c1, r1), (c2, r2) = [(complex(sp.N(c)), float(r)) for c, r in (one, two)]
    n = 400
    rot = [cmath.exp(2j * math.pi * k / n) for k in range(n)]
    vals = [abs(g(c1 + r1 * u, c2 + r2 * v)) for u in rot for v in rot]
    best = max(vals) if sign > 0 else min(vals)
    want = float(value)
    scale = max(1.0, abs(want), r1 + r2)
    confirm.check(sign * (best - want) <= 1e-9 * scale and abs(best - want) <= 1e-3 * scale,
                  "a grid of 400 x 400 points on the two circles reaches the value and never "
                  "goes past it")


__all__ = ["two_numbers"]
