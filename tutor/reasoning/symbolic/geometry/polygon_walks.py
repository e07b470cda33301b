"""Typed reader: walking a distance along the sides of a regular polygon from a corner.

"A park is in the shape of a regular hexagon 2 km on a side. Starting at a corner, Alice
walks along the perimeter of the park for a distance of 5 km. How many kilometers is she
from her starting point?", "A field is a square 10 meters on a side; starting at a corner Tom
walks 15 meters along the edge: how far is he from where he started?": the walk is laid out
side by side (each side turns by the exterior angle 360 / n), and the straight-line distance
from the starting corner to where it stops is asked. Both lengths must be in one unit; any
word not read declines. Confirmed numerically at 40 digits another way: the corners placed
on the polygon's circumscribed circle (radius s / (2 sin(pi / n))) and the stopping point
taken between the two corners of its side."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.polygon_names import polygon_sides
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_SIDES = polygon_sides("triangle quadrilateral pentagon hexagon heptagon octagon nonagon "
                       "decagon dodecagon square")
_POLYGON = re.compile(r"\b(?:regular (" + "|".join(k for k in _SIDES if k != "square") +
                      r")|(square)|equilateral (triangle))\b")
_UNIT = r"(?: ?-? ?(km|kilometers?|kilometres?|meters?|metres?|m|feet|foot|ft|miles?|yards?|" \
        r"units?|inches|cm))?"
_SIDE = [re.compile(p) for p in (
    r"@(\d+)@" + _UNIT + r" (?:long )?on (?:a|each) side\b",
    r"\bsides? (?:length |lengths )?(?:of |measuring |each )?(?:length )?@(\d+)@" + _UNIT,
    r"\bsides? (?:are |is |each )?@(\d+)@" + _UNIT + r" long\b")]
_WALK = re.compile(r"\b([a-z]+) (?:walks|runs|travels|walked|ran|travelled|traveled|moves|crawls|"
                   r"goes|jogs|drives|rides|cycles|swims)\b")
_DISTANCE = re.compile(r"(?:for |a distance of |for a distance of |exactly )*@(\d+)@" + _UNIT)
_ALONG = re.compile(r"\balong (?:the )?(?:perimeter|edges?|sides|boundary|track|path|fence)\b")
_START = re.compile(r"\bstart(?:ing|s)? (?:at|from) (?:a|one) (?:corner|vertex)\b")
_ASKED = re.compile(r"\bhow (?:far|many [a-z]+) (?:is|are|will) (?:he|she|it|they|the [a-z]+|"
                    r"[a-z]+)(?: be)? (?:away )?from (?:his|her|its|their|the) (?:starting "
                    r"(?:point|corner|vertex|position)|start|original position)|\bhow far "
                    r"(?:is|are) (?:he|she|it|they) from where (?:he|she|it|they) started")
_UNITS = {"km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km",
          "kilometres": "km", "meter": "m", "meters": "m", "metre": "m", "metres": "m", "m": "m",
          "feet": "ft", "foot": "ft", "ft": "ft", "mile": "mi", "miles": "mi", "yard": "yd",
          "yards": "yd", "unit": "", "units": "", "inches": "in", "cm": "cm"}
_GLUE = FILLER | frozenset(
    "park field garden yard plaza lot track shaped shape form regular square equilateral "
    "triangle quadrilateral pentagon hexagon heptagon octagon nonagon decagon dodecagon "
    "side sides on each long length lengths with measuring starting start starts at from "
    "corner vertex along perimeter edge edges boundary path fence distance for how far many "
    "kilometers kilometres km meters metres m feet foot ft miles yards units inches cm he "
    "she they him her his their point where started away exactly like an ant bug runner "
    "walks runs travels walked ran moves crawls goes jogs drives rides cycles swims of "
    "position original starting be will".split())


def read_polygon_walk(split: Split, template: str) -> Result | None:
    if "[asy]" in template or not _START.search(template) or not _ALONG.search(template):
        return None
    asked = _ASKED.search(template)
    walk = _WALK.search(template)
    polygons = list(_POLYGON.finditer(template))
    if asked is None or walk is None or not polygons:
        return None
    if len({m.group(0) for m in polygons}) != 1:
        raise Decline("one regular polygon expected")
    n = _SIDES[next(g for g in polygons[0].groups() if g)]
    sides = [m for p in _SIDE for m in p.finditer(template)]
    if len({m.group(1) for m in sides}) != 1:
        raise Decline("the polygon's side length told once")
    side_at = int(sides[0].group(1))
    walked = [m for m in _DISTANCE.finditer(template, walk.start(), asked.start())
              if int(m.group(1)) != side_at]
    if len(walked) != 1 or len(re.findall(r"@\d+@", template)) != 2:
        raise Decline("one distance walked and one side length expected")
    units = {_UNITS[u] for m in re.finditer(r"@\d+@" + _UNIT, template) if (u := m.group(1))}
    if len(units) > 1:
        raise Decline("the side and the walk in different units")
    leftover = words(template) - _GLUE - {walk.group(1)}
    if leftover:
        raise Decline(f"the words {' '.join(sorted(leftover)[:3])} are not read")
    s, d = (_positive(split, int(m.group(1))) for m in (sides[0], walked[0]))
    return _walk(n, s, d)


def _positive(split: Split, k: int) -> sp.Expr:
    v = number(split.maths[k])
    if v is None or not v.is_positive:
        raise Decline("positive lengths expected")
    return sp.nsimplify(v)


def _walk(n: int, s: sp.Expr, d: sp.Expr) -> Result:
    laps = sp.floor(d / (n * s))
    left = d - laps * n * s
    full = int(sp.floor(left / s))
    rest = left - full * s
    x, y = sp.Integer(0), sp.Integer(0)
    for i in range(full):
        x, y = x + s * sp.cos(2 * sp.pi * i / n), y + s * sp.sin(2 * sp.pi * i / n)
    x, y = x + rest * sp.cos(2 * sp.pi * full / n), y + rest * sp.sin(2 * sp.pi * full / n)
    value = sp.sqrtdenest(sp.radsimp(sp.sqrt(sp.nsimplify(sp.expand(x**2 + y**2)))))
    value = sp.simplify(value) if sp.count_ops(sp.simplify(value)) < sp.count_ops(value) \
        else value
    _confirm(n, s, left, value)
    claim = f"\\sqrt{{({latex(sp.simplify(x))})^2 + ({latex(sp.simplify(y))})^2}} = " \
        f"{latex(value)}"
    return value, [
        step("where the walk stops", f"Each side is ${latex(s)}$ long and each corner turns "
             f"${latex(sp.Integer(360) / n)}^\\circ$; a walk of ${latex(d)}$ covers {full} "
             f"whole side{'s' if full != 1 else ''} after {laps} full lap{'s' if laps != 1 else ''}"
             f" and ${latex(rest)}$ more.",
             f"$({latex(sp.simplify(x))}, {latex(sp.simplify(y))})$",
             f"({latex(sp.simplify(x))}, {latex(sp.simplify(y))})"),
        step("the distance from the start", "The start is the origin.", f"${claim}$",
             latex(value))]


def _confirm(n: int, s: sp.Expr, left: sp.Expr, value: sp.Expr) -> None:
    with mpmath.workdps(40):
        side = mpmath.mpf(sp.N(s, 45))
        radius = side / (2 * mpmath.sin(mpmath.pi / n))

        def corner(j: int) -> mpmath.mpc:
            return radius * mpmath.expj(2 * mpmath.pi * j / n)
        along = mpmath.mpf(sp.N(left, 45)) / side
        j = int(mpmath.floor(along + mpmath.mpf(10) ** -35))
        point = corner(j) + (along - j) * (corner(j + 1) - corner(j))
        got = abs(point - corner(0))
        ok = abs(got - mpmath.mpf(sp.N(value, 45))) < mpmath.mpf(10) ** -30 * max(side, 1)
    confirm.check(bool(ok), "the stopping point placed again on the circumscribed circle")


__all__ = ["read_polygon_walk"]
