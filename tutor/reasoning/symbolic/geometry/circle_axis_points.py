"""Typed reader: where a circle crosses a coordinate axis.

"Circle $B$ has its center at $(-6, 2)$ and a radius of 10 units. What is the sum of the
$y$-coordinates of the two points on circle $B$ that are also on the $y$-axis?", "A circle
with center $(2, 3)$ and radius 5 meets the $x$-axis at two points: how far apart are they?",
"the product of the $x$-coordinates of the points where $x^2 + y^2 - 4x + 2y = 20$ crosses the
$x$-axis". The circle is its centre and radius (or an equation x^2 + y^2 + Dx + Ey + F = 0);
on the x-axis y = 0, so x solves (x - h)^2 + k^2 = r^2 (the y-axis alike). Asked: the sum or
the product of the coordinates along the axis, or the distance between the two points. The
circle must cross the axis at two points. Confirmed another way: each point found is one
radius from the centre (in floating point at 30 digits) and the sum or product is compared
with Vieta's formulas for the quadratic."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import as_point, is_label, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_X, _Y = sp.symbols("x y")
_GLUE = FILLER | frozenset(
    "circle center centre centered centred at radius units unit with has its two points point on "
    "also lie lies where crosses cross meets meet intersects intersect cuts graph equation "
    "the whose both them".split())
_AXIS = re.compile(r"@(\d+)@ ?-?axis\b|\b([xy])-axis\b")
_ASKS = [
    (re.compile(r"\b(sum|product) of (?:the |their )?@(\d+)@ ?-?coordinates(?: of (?:the|these|"
                r"those) (?:two )?points)?"), "vieta"),
    (re.compile(r"\b(?:distance between (?:them|the (?:two )?points|these (?:two )?points)|"
                r"how far apart are (?:they|the (?:two )?points)|length of the chord (?:they "
                r"cut|cut off)?)"), "gap"),
]


def read_circle_axis(split: Split, template: str) -> Result | None:
    if "circle" not in template or "axis" not in template:
        return None
    axes = [(m, split.maths[int(m.group(1))].strip() if m.group(1) else m.group(2))
            for m in _AXIS.finditer(template)]
    if len(axes) != 1 or axes[0][1] not in ("x", "y"):
        return None
    axis = axes[0][1]
    asks = [(m, how) for pattern, how in _ASKS if (m := pattern.search(template))]
    if len(asks) != 1:
        return None
    ask, how = asks[0]
    rest = template.replace(axes[0][0].group(0), " ").replace(ask.group(0), " ")
    along = axis
    if how == "vieta":
        along = split.maths[int(ask.group(2))].strip()
        if along != axis:
            raise Decline("the coordinate along the axis the points are on")
    h, k, r2, rest = _circle(split, rest)
    left = words(rest) - _GLUE - {"what", "how", "far", "apart", "distance", "sum", "product"}
    if left or re.search(r"@\d+@", rest):
        raise Decline(f"words the circle-axis reader does not read: {sorted(left)[:3]}")
    t = sp.Symbol("t", real=True)
    centre_along, centre_off = (h, k) if axis == "x" else (k, h)
    quad = sp.expand((t - centre_along) ** 2 + centre_off**2 - r2)
    roots = sp.solve(quad, t)
    if len(roots) != 2 or not all(v.is_real for v in roots):
        raise Decline("the circle must cross the axis at two points")
    pts = [(v, 0) if axis == "x" else (0, v) for v in roots]
    for p in pts:
        d2 = sp.N((p[0] - h) ** 2 + (p[1] - k) ** 2 - r2, 30)
        confirm.check(abs(d2) < 1e-20, "each point found is one radius from the centre")
    poly = sp.Poly(quad, t)
    a, b, c = poly.all_coeffs()
    if how == "vieta":
        value = sp.radsimp(roots[0] + roots[1] if ask.group(1) == "sum" else
                           sp.expand(roots[0] * roots[1]))
        vieta = -b / a if ask.group(1) == "sum" else c / a
        confirm.check(sp.simplify(value - vieta) == 0, "the same by Vieta's formulas")
    else:
        value = sp.radsimp(sp.Abs(roots[0] - roots[1]))
        confirm.check(sp.simplify(value**2 - (b**2 - 4 * a * c) / a**2) == 0,
                      "the gap between the roots from the discriminant")
    shown = ", ".join(f"({latex(p[0])}, {latex(p[1])})" for p in pts)
    other = "y" if axis == "x" else "x"
    return value, [
        step("put the axis into the circle", f"On the {axis}-axis {other} = 0, so the points "
             "solve the circle's equation with that coordinate 0.",
             f"${latex(sp.Eq(quad.subs(t, sp.Symbol(axis)), 0))}$: points {shown}", ""),
        step("the asked value", "Read it off the two points.", f"${latex(value)}$",
             latex(value))]


def _circle(split: Split, rest: str) -> tuple[sp.Basic, sp.Basic, sp.Basic, str]:
    """The centre (h, k), the squared radius and the words left."""
    centre = radius = None
    eq = None
    for m in re.finditer(r"@(\d+)@", rest):
        src = split.maths[int(m.group(1))]
        if is_label(src):
            rest = rest.replace(m.group(0), " ", 1)
            continue
        p = as_point(src)
        n = number(src)
        if p is not None and len(p) == 2 and centre is None:
            centre = p
        elif n is not None and radius is None and re.search(
                r"\bradius (?:of |is |equal to )?" + re.escape(m.group(0)), rest):
            radius = n
        elif "=" in src and eq is None:
            eq = parse_latex(src)
        else:
            raise Decline("a piece of maths the circle-axis reader does not read")
        rest = rest.replace(m.group(0), " ", 1)
    if eq is not None and centre is None and radius is None:
        return (*_from_equation(eq), rest)
    if eq is not None or centre is None or radius is None or not radius.is_positive:
        raise Decline("a circle by its centre and radius, or by its equation")
    if not re.search(r"\bcent(?:er|re)(?:ed|d)?\b", rest):
        raise Decline("which point is the centre is not said")
    return centre[0], centre[1], radius**2, rest


def _from_equation(eq: sp.Basic) -> tuple[sp.Basic, sp.Basic, sp.Basic]:
    if not isinstance(eq, sp.Eq) or not (eq.lhs - eq.rhs).free_symbols <= {_X, _Y}:
        raise Decline("a circle's equation in x and y")
    poly = sp.Poly(sp.expand(eq.lhs - eq.rhs), _X, _Y)
    a = poly.coeff_monomial(_X**2)
    if poly.total_degree() != 2 or a == 0 or poly.coeff_monomial(_Y**2) != a or \
            poly.coeff_monomial(_X * _Y) != 0 or not all(c.is_Rational for c in poly.coeffs()):
        raise Decline("a circle's equation x^2 + y^2 + Dx + Ey + F = 0")
    d, e, f = (poly.coeff_monomial(m) / a for m in (_X, _Y, 1))
    h, k = -d / 2, -e / 2
    r2 = h**2 + k**2 - f
    if not r2.is_positive:
        raise Decline("the equation is not a circle")
    return h, k, r2


__all__ = ["read_circle_axis"]
