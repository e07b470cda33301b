"""Typed reader: a sphere given by its equation, its centre, radius, diameter, surface area or
volume.

"Find the center of the sphere $x^2 + y^2 + z^2 - 4x + 6z = 3$.", "What is the radius of
the sphere $2x^2 + 2y^2 + 2z^2 + 8y = 10$?", "Find the volume of the sphere with equation
$x^2 + y^2 + z^2 = 2z$."

The equation must be a x^2 + a y^2 + a z^2 + (first-degree terms) + c = 0 with rational
numbers and no products of two letters; completing the squares gives the centre and r^2,
which must be positive. Confirmed in 30-digit decimals: the six points centre +- r along
the axes satisfy the equation, and the centre does not (it is inside).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_XYZ = sp.symbols("x y z")
_ASK = re.compile(r"(?:find|what is|compute|determine|give) the (?P<what>center|centre|radius|"
                  r"diameter|volume|surface area) of the sphere (?:with equation |whose "
                  r"equation is |given by |defined by )?@(?P<eq>\d+)@[.?]?")


def read(split: Split, template: str) -> Result | None:
    m = _ASK.fullmatch(re.sub(r"\s+", " ", template.lower()).strip())
    if m is None:
        return None
    eq = parse_latex(split.maths[int(m.group("eq"))])
    if not isinstance(eq, sp.Equality) or not eq.free_symbols <= set(_XYZ):
        raise Decline("an equation of a sphere in x, y and z")
    f = sp.expand(eq.lhs - eq.rhs)
    if not f.is_polynomial(*_XYZ):
        raise Decline("a polynomial equation")
    poly = sp.Poly(f, *_XYZ)
    a = poly.coeff_monomial(_XYZ[0] ** 2)
    if poly.total_degree() != 2 or a == 0 or any(
            poly.coeff_monomial(v ** 2) != a for v in _XYZ) or any(
            sum(mon) == 2 and max(mon) == 1 for mon in poly.monoms()) or not all(
            c.is_Rational for c in poly.coeffs()):
        raise Decline("x^2, y^2 and z^2 with one coefficient and no product terms")
    centre = tuple(-poly.coeff_monomial(v) / (2 * a) for v in _XYZ)
    square = sum(c ** 2 for c in centre) - poly.coeff_monomial(1) / a
    if not square > 0:
        raise Decline("the equation is not a sphere (r^2 is not positive)")
    r = sp.sqrt(square)
    _confirm(f, centre, r)
    what = m.group("what")
    value: sp.Basic = {"radius": r, "diameter": 2 * r, "volume": sp.Rational(4, 3) * sp.pi * r ** 3,
                       "surface area": 4 * sp.pi * r ** 2}.get(what, sp.Tuple(*centre))
    form = " + ".join(f"\\left({latex(v - c)}\\right)^2" for v, c in zip(_XYZ, centre,
                                                                          strict=True))
    claim = f"{form} = {latex(square)}"
    return value, [
        step("complete the squares", "Divide by the coefficient of $x^2$ and complete the "
             "square in each letter.", f"${claim}$", ""),
        step("read off the sphere", "The centre is where each square is zero; the right side "
             "is $r^2$.", f"centre $\\left({', '.join(latex(c) for c in centre)}\\right)$, "
             f"$r = {latex(r)}$", "")]


def _confirm(f: sp.Expr, centre: tuple[sp.Expr, ...], r: sp.Expr) -> None:
    def at(point: tuple[sp.Expr, ...]) -> float:
        return abs(complex(sp.N(f.subs(dict(zip(_XYZ, point, strict=True))), 30)))

    scale = 1 + abs(complex(sp.N(f.subs(dict(zip(_XYZ, centre, strict=True))), 30)))
    ends = [tuple(c + s * r if k == i else c for k, c in enumerate(centre)) for i in range(3)
            for s in (1, -1)]
    confirm.check(all(at(p) < 1e-20 * scale for p in ends) and at(centre) > 1e-9,
                  "the six points at distance r from the centre along the axes satisfy the "
                  "equation (30-digit decimals)")


__all__ = ["read"]
