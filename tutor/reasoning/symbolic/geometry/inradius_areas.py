"""Typed reader: a triangle's area, perimeter and the radius of its inscribed circle, any two
told and the third asked (area = r * s, s the semiperimeter).

"A circle of radius 4 is inscribed in a triangle with perimeter 30. What is the area of the
triangle?", "The area of a triangle is 84 and its perimeter is 42. What is the radius of its
inscribed circle?", "A triangle has perimeter 24 and an inscribed circle of radius 2: its
area?". Joining the centre of the inscribed circle to the corners cuts the triangle into three
triangles of height r on the three sides, so the area is r(a + b + c)/2. A triangle exists only
when s >= 3 sqrt(3) r (equality for the equilateral one). Confirmed by building one such
triangle: an isosceles triangle whose base angles are found numerically to give that s / r,
drawn with coordinates at 30 digits, its area measured by the shoelace formula and its
inscribed radius as the distance from the incentre to a side."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_R = r"(?:inscribed circle|incircle|circle inscribed in (?:it|the triangle))"
_FACTS = [
    (re.compile(r"\b(?:a|the) circle (?:of|with) radius " + _N + r" is inscribed in (?:a|the) "
                r"triangle\b"), "r"),
    (re.compile(r"\b(?:an? )?" + _R + r" (?:of|with) radius " + _N), "r"),
    (re.compile(r"\b(?:the )?(?:radius of (?:the |its )?" + _R + r"|inradius) (?:of the triangle "
                r")?is " + _N), "r"),
    (re.compile(r"\b(?:(?:with|has) (?:a |an )?|(?:the|its) )?perimeter (?:of |is )?" + _N),
     "perimeter"),
    (re.compile(r"\b(?:(?:with|has) (?:a |an )?|(?:the|its) )?semiperimeter (?:of |is )?" + _N),
     "s"),
    (re.compile(r"\b(?:(?:with|has) (?:an? )?|(?:the|its) )?area (?:of (?:the |a )?triangle )?"
                r"(?:of |is )?" + _N), "area"),
]
_ASKS = [
    (re.compile(r"\bwhat is (?:the|its) (?:radius of (?:the |its )?" + _R + r"|inradius)"), "r"),
    (re.compile(r"\bwhat is (?:the|its) area(?: of the triangle)?"), "area"),
    (re.compile(r"\bwhat is (?:the|its) perimeter(?: of the triangle)?"), "perimeter"),
]
_GLUE = FILLER | frozenset("triangle units unit square express your answer simplest radical "
                           "form common fraction".split())


def read_inradius_area(split: Split, template: str) -> Result | None:
    if "triangle" not in template or not re.search(r"inscribed|incircle|inradius", template):
        return None
    asks = [(m, what) for pattern, what in _ASKS if (m := pattern.search(template))]
    if len(asks) != 1:
        return None
    ask, asked = asks[0]
    rest = template.replace(ask.group(0), " ; ")
    told: dict[str, sp.Basic] = {}
    for pattern, what in _FACTS:
        for m in list(pattern.finditer(rest)):
            v = number(split.maths[int(m.group(1))])
            if v is None or not v.is_positive or what in told or (
                    what in ("perimeter", "s") and {"perimeter", "s"} & set(told)):
                raise Decline("each of area, perimeter and inscribed radius told once, positive")
            told[what] = v
            rest = rest.replace(m.group(0), " ; ", 1)
    left = words(rest) - _GLUE
    if left or re.search(r"@\d+@", rest) or len(told) != 2:
        raise Decline(f"two of the area, perimeter and inscribed radius: {sorted(left)[:3]}")
    s = told["s"] if "s" in told else told.get("perimeter", sp.nan) / 2
    r, area = told.get("r"), told.get("area")
    if asked in told or (asked == "perimeter" and "s" in told):
        raise Decline("a measure told and asked")
    if r is None:
        r = area / s
    elif area is None:
        area = r * s
    else:
        s = area / r
    if s < 3 * sp.sqrt(3) * r:
        raise Decline("no triangle has so small a perimeter for its inscribed circle")
    _confirm(r, s, area)
    value = {"r": r, "area": area, "perimeter": 2 * s}[asked]
    claim = f"{latex(area)} = {latex(r)} \\cdot {latex(s)}"
    return value, [step("area = inradius times semiperimeter", "Joining the centre of the "
                        "inscribed circle to the corners cuts the triangle into three triangles "
                        "of height r on the three sides, so the area is r times half the "
                        "perimeter.", f"${claim}$", claim)]


def _confirm(r: sp.Basic, s: sp.Basic, area: sp.Basic) -> None:
    """An isosceles triangle with that r and s: s / r = 2 cot(b/2) + tan(b) for base angle b."""
    with mpmath.workdps(30):
        rr, ss = mpmath.mpf(str(sp.N(r, 35))), mpmath.mpf(str(sp.N(s, 35)))
        k = ss / rr
        b = mpmath.pi / 3 if abs(k - 3 * mpmath.sqrt(3)) < mpmath.mpf(10) ** -25 else \
            mpmath.findroot(lambda t: 2 / mpmath.tan(t / 2) + mpmath.tan(t) - k,
                            (mpmath.mpf("1e-6"), mpmath.pi / 3), solver="anderson")
        half = rr / mpmath.tan(b / 2)  # half the base: tangent length from a base corner
        pts = [(-half, 0), (half, 0), (0, half * mpmath.tan(b))]
        measured = shoelace_area(pts)
        side = mpmath.hypot(half, half * mpmath.tan(b))
        centre_y = 2 * half * pts[2][1] / (2 * half + 2 * side)  # the incentre's height
        ok = abs(measured - mpmath.mpf(str(sp.N(area, 35)))) < mpmath.mpf(10) ** -18 * measured \
            and abs(centre_y - rr) < mpmath.mpf(10) ** -18 * rr \
            and abs(half + side - ss) < mpmath.mpf(10) ** -18 * ss
    confirm.check(bool(ok), "a triangle with that inscribed radius and perimeter, drawn, has "
                  "that area")


__all__ = ["read_inradius_area"]
