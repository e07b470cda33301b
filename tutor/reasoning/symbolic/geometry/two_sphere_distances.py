"""Typed reader: the largest or smallest distance between a point on one circle (sphere) and
a point on another.

"What is the greatest possible distance between a point on the sphere of radius 2 centered
at $(0,1,5)$ and a point on the sphere of radius 4 with center $(6,-2,3)$?", "Find the least
distance between a point on the circle $x^2 + y^2 = 1$ and a point on the circle
$(x - 5)^2 + (y + 12)^2 = 4$."

With d the distance between the centres: the largest distance is d + r1 + r2; the smallest,
for two circles (spheres) each outside the other, is d - r1 - r2. Confirmed on coordinates:
the two points on the line of the centres that give the value lie exactly on their circles
(spheres) and are that far apart, and 3000 sampled pairs of points (one on each) are never
farther apart (nearer) than the value. Circles that meet or one inside the other decline
for the smallest distance; concentric ones decline.
"""

from __future__ import annotations

import random
import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, as_point, number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_FAR = frozenset("largest greatest maximum farthest".split())
_NEAR = frozenset("smallest least minimum shortest".split())
VOCAB = COMMON | _FAR | _NEAR | frozenset(
    "possible distance between two points point one on sphere spheres circle circles radius "
    "of with centered center centre centred at and other another lies lie them".split())
_TOLD = re.compile(r"(sphere|circle) (?:of|with) radius @(\d+)@,? (?:with (?:center|centre) |"
                   r"(?:centered|centred) at |and (?:center|centre) )@(\d+)@|"
                   r"(sphere|circle) (?:(?:centered|centred) at|with (?:center|centre)) @(\d+)@,? "
                   r"(?:and|with|of) radius @(\d+)@")
_BY_EQUATION = re.compile(r"(sphere|circle) @(\d+)@")
_XYZ = sp.symbols("x y z")
Ball = tuple[tuple[sp.Expr, ...], sp.Expr]


def _from_equation(src: str, kind: str) -> Ball:
    eq = parse_latex(src)
    if not isinstance(eq, sp.Equality):
        raise Decline("a circle or sphere given by its equation")
    dim = 3 if kind == "sphere" else 2
    xs = _XYZ[:dim]
    f = sp.expand(eq.lhs - eq.rhs)
    if not f.free_symbols <= set(xs) or any(x not in f.free_symbols for x in xs):
        raise Decline("the equation's letters do not fit a " + kind)
    poly = sp.Poly(f, *xs)
    if poly.total_degree() != 2:
        raise Decline("not the equation of a " + kind)
    lead = poly.coeff_monomial(xs[0] ** 2)
    if lead == 0 or any(poly.coeff_monomial(x**2) != lead for x in xs) or any(
            poly.coeff_monomial(a * b) != 0 for i, a in enumerate(xs) for b in xs[i + 1:]):
        raise Decline("not the equation of a " + kind)
    f = sp.expand(f / lead)
    centre = tuple(-sp.Poly(f, *xs).coeff_monomial(x) / 2 for x in xs)
    r2 = sum(c**2 for c in centre) - f.subs(dict.fromkeys(xs, 0))
    if not r2.is_positive:
        raise Decline("the equation has no " + kind)
    return centre, sp.sqrt(r2)


def _balls(split: Split, template: str) -> tuple[str, list[Ball]]:
    balls: list[Ball] = []
    kinds: set[str] = set()
    for m in _TOLD.finditer(template):
        kind = m.group(1) or m.group(4)
        r_at, c_at = (m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(5))
        r, c = number(split.maths[int(r_at)]), as_point(split.maths[int(c_at)])
        if r is None or c is None or not r.is_positive or not all(v.is_real for v in c):
            raise Decline("a centre and a positive radius")
        kinds.add(kind)
        balls.append((tuple(sp.nsimplify(v) for v in c), r))
    rest = _TOLD.sub(" ", template)
    for m in _BY_EQUATION.finditer(rest):
        kinds.add(m.group(1))
        balls.append(_from_equation(split.maths[int(m.group(2))], m.group(1)))
    if len(balls) != 2 or len(kinds) != 1:
        raise Decline("two circles or two spheres")
    kind = kinds.pop()
    if any(len(c) != (3 if kind == "sphere" else 2) for c, _ in balls):
        raise Decline(f"a {kind}'s centre has the wrong number of coordinates")
    return kind, balls


def _sampled(balls: list[Ball], far: bool, value: sp.Expr) -> bool:
    rng = random.Random(7)
    with mpmath.workdps(30):
        centres = [[mpmath.mpf(str(sp.N(v, 40))) for v in c] for c, _ in balls]
        radii = [mpmath.mpf(str(sp.N(r, 40))) for _, r in balls]
        want = mpmath.mpf(str(sp.N(value, 40)))
        for _ in range(3000):
            pts = []
            for c, r in zip(centres, radii, strict=True):
                g = [mpmath.mpf(rng.gauss(0, 1)) for _ in c]
                n = mpmath.sqrt(sum(x * x for x in g))
                pts.append([ci + r * gi / n for ci, gi in zip(c, g, strict=True)])
            d = mpmath.sqrt(sum((a - b) ** 2 for a, b in zip(*pts, strict=True)))
            if (far and d > want + mpmath.mpf(10) ** -20) or \
                    (not far and d < want - mpmath.mpf(10) ** -20):
                return False
    return True


def read(split: Split, template: str) -> Result | None:
    w = words(template)
    if "distance" not in w or not w & {"sphere", "circle", "spheres", "circles"} or \
            not w & (_FAR | _NEAR) or not words_within(template, VOCAB):
        return None
    if len(w & (_FAR | _NEAR)) != 1:
        raise Decline("the largest or the smallest distance")
    far = bool(w & _FAR)
    kind, balls = _balls(split, template)
    (c1, r1), (c2, r2) = balls
    d = sp.sqrt(sum((a - b) ** 2 for a, b in zip(c1, c2, strict=True)))
    if d == 0:
        raise Decline("the centres coincide")
    if far:
        value = sp.simplify(d + r1 + r2)
    else:
        if not (d - r1 - r2).is_positive:
            raise Decline(f"the {kind}s meet or one is inside the other")
        value = sp.simplify(d - r1 - r2)
    u = [(b - a) / d for a, b in zip(c1, c2, strict=True)]
    sign = -1 if far else 1
    p = [a + sign * r1 * k for a, k in zip(c1, u, strict=True)]
    q = [b - sign * r2 * k for b, k in zip(c2, u, strict=True)]
    on = all(sp.simplify(sum((x - y) ** 2 for x, y in zip(pt, c, strict=True)) - r**2) == 0
             for pt, c, r in ((p, c1, r1), (q, c2, r2)))
    apart = sp.simplify(sp.sqrt(sum((x - y) ** 2 for x, y in zip(p, q, strict=True))) - value)
    confirm.check(on and apart == 0 and _sampled(balls, far, value),
                  f"two points on the line of the centres lie on the {kind}s at this distance, "
                  "and no sampled pair does better")
    where = "farthest" if far else "nearest"
    centres = ", ".join(f"$\\left({', '.join(latex(v) for v in c)}\\right)$" for c in (c1, c2))
    formula = "d + r_1 + r_2" if far else "d - r_1 - r_2"
    claim = f"{formula} = {latex(d)} {'+' if far else '-'} {latex(r1)} " \
        f"{'+' if far else '-'} {latex(r2)} = {latex(value)}"
    return value, [
        step("the centres", f"The centres are {centres}, radii ${latex(r1)}$ and "
             f"${latex(r2)}$.", f"$d = {latex(d)}$", f"d = {latex(d)}"),
        step(f"the {where} points", f"The {where} points lie on the line through the centres.",
             f"${claim}$", f"{latex(value)}")]


__all__ = ["VOCAB", "read"]
