"""Typed reader: two similar figures compared by a ratio of one kind of measure (or by the
two measures themselves, in the order told: "Two spheres have radii 2 and 3"), the ratio of
another kind asked. "The ratio of the areas of two squares is $\\frac{25}{36}$. What is the
ratio of their side lengths?", "Two similar cones have volumes in the ratio 8:27. What is the
ratio of their radii?". Figures of one shape are similar whatever their size (squares,
circles, spheres, cubes, equilateral triangles, regular polygons); any other pair must be
said to be similar.

Lengths scale by the factor k, areas by k^2 and volumes by k^3 (`similar_figures.DEGREE`):
the told ratio is k^p, so the asked one is (k^p)^(q/p). The ratio keeps the order it was
told in. Confirmed by finding k a second way, numerically (a 50-digit root of the told
ratio), and raising it to the asked degree.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import EXACT_FORM, number
from tutor.reasoning.symbolic.geometry.similar_figures import DEGREE
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ALIKE = (r"squares|circles|spheres|cubes|semicircles|hemispheres|equilateral triangles|"
          r"isosceles right triangles|regular (?:[a-z]+gons|hexagons|pentagons|octagons|"
          r"polygons)")
_ANY = (r"triangles|rectangles|polygons|pentagons|hexagons|octagons|quadrilaterals|trapezoids|"
        r"parallelograms|figures|cones|cylinders|pyramids|prisms|boxes|solids|rhombuses|"
        r"right triangles")
_TWO = rf"two (?:(?P<similar>similar) (?:{_ANY}|{_ALIKE})|(?:{_ALIKE}))"
_PLURAL = {"sides": "side", "side lengths": "side", "edges": "edge", "edge lengths": "edge",
           "radii": "radius", "diameters": "diameter", "perimeters": "perimeter",
           "areas": "area", "surface areas": "surface_area", "volumes": "volume",
           "heights": "height", "altitudes": "height", "circumferences": "circumference",
           "diagonals": "diagonal", "hypotenuses": "hypotenuse", "bases": "base"}
_M = r"(?P<{}>(?:corresponding )?(?:" + "|".join(sorted(_PLURAL, key=len, reverse=True)) + "))"
_R = r"(?:@(?P<a>\d+)@ ?(?::|to) ?@(?P<b>\d+)@|@(?P<frac>\d+)@)"
_PAIR = r"(?:@(?P<a>\d+)@,? and @(?P<b>\d+)@)"
_TOLD = [
    rf"^the ratio of (?:the )?{_M.format('told')} of {_TWO} is {_R}\.$",
    rf"^{_TWO} have {_M.format('told')} in (?:(?:the|a) )?ratio (?:of )?{_R}\.$",
    rf"^the {_M.format('told')} of {_TWO} are in (?:(?:the|a) )?ratio (?:of )?{_R}\.$",
    # the two measures themselves: "two spheres have radii 2 and 3"
    rf"^{_TWO} have {_M.format('told')} (?:of )?{_PAIR}\.$",
    rf"^the {_M.format('told')} of {_TWO} are {_PAIR}\.$",
]
_ASK = rf"^(?:what is|find) the ratio of (?:their|the) {_M.format('asked')}(?: of the two)?\??$"


def _ratio(split: Split, m: re.Match[str]) -> sp.Expr:
    if "frac" in m.re.groupindex and m.group("frac"):
        v = number(split.maths[int(m.group("frac"))])
    else:
        a, b = (number(split.maths[int(m.group(g))]) for g in "ab")
        v = a / b if a is not None and b is not None and b != 0 else None
    if v is None or not v.is_Rational or not v.is_positive or v == 1:
        raise Decline("a positive ratio of two different sizes")
    return v


def read_similar_ratio(split: Split, template: str) -> Result | None:
    if "ratio" not in template:
        return None
    text = re.sub(r"\s*" + EXACT_FORM + r"[.?!]\s*$", "", template.lower().strip())
    parts = [p.strip() for p in re.split(r"(?<=[.?])\s+", text) if p.strip()]
    if len(parts) != 2:
        return None
    told = next((m for p in _TOLD if (m := re.match(p, parts[0]))), None)
    ask = re.match(_ASK, parts[1])
    if told is None or ask is None:
        return None
    a = _PLURAL[told.group("told").removeprefix("corresponding ")]
    b = _PLURAL[ask.group("asked").removeprefix("corresponding ")]
    if a not in DEGREE or b not in DEGREE or a == b:
        raise Decline("two different kinds of measure compared")
    r = _ratio(split, told)
    p, q = DEGREE[a], DEGREE[b]
    value = sp.nsimplify(sp.radsimp(r ** sp.Rational(q, p)))
    with mpmath.workdps(60):
        k = mpmath.root(mpmath.mpf(int(r.p)) / int(r.q), p)
        gap = abs(k**q - mpmath.mpmathify(str(sp.N(value, 60))))
        confirm.check(gap < mpmath.mpf(10) ** -40,
                      "the scale factor found numerically gives the same ratio")
    name = {1: "lengths", 2: "areas", 3: "volumes"}
    k_claim = f"k^{{{p}}} = {latex(r)}" if p > 1 else f"k = {latex(r)}"
    claim = f"k^{{{q}}} = \\left({latex(r)}\\right)^{{{latex(sp.Rational(q, p))}}} = {latex(value)}"
    return value, [
        step("the scale factor", f"The figures are similar with scale factor $k$: "
             f"{name[p]} are in the ratio $k^{{{p}}}$." if p > 1 else "The figures are similar "
             "with scale factor $k$: lengths are in the ratio $k$.", f"${k_claim}$", ""),
        step(f"the ratio of the {name[q]}", f"{name[q].capitalize()} are in the ratio "
             f"$k^{{{q}}}$.", f"${claim}$", claim)]


__all__ = ["read_similar_ratio"]
