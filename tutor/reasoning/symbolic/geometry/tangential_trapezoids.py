"""Typed reader: an isosceles trapezoid with a circle inscribed in it.

"An isosceles trapezoid with bases 2 and 8 has a circle inscribed in it: each leg?" The
tangents from each corner to the circle are equal, so the sums of opposite sides are equal
(Pitot) and each leg is (a + b) / 2; the height is the circle's diameter,
sqrt(leg^2 - ((b - a)/2)^2) = sqrt(ab); the area (a + b) sqrt(ab) / 2. One base with a leg
fixes the other base (2 leg - a), one base with the height (or the radius) too (h^2 / a); a
"longer" or "shorter" base told must be so. Asked: a leg, the height, the radius or
diameter, the area or the perimeter. A trapezoid not said to be isosceles has legs and height
that the bases do not fix: not read.

Confirmed independently: the trapezoid is drawn with coordinates (mpmath, 40 digits); the
distance from the circle's centre to a leg is compared with the radius, and its legs, height
and area (shoelace) are measured again, a told leg or height among them."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.incircle_wording import (
    INSCRIBED,
    OTHER_CIRCLE,
    all_used,
    flat_text,
    told,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_T = r"(#\d+)"
_IS = r"(?: is| are| of| measures?| has length| have length| of length)?(?: length)?"
_BASES = re.compile(r"\b(?:bases|parallel sides)(?: of(?: lengths?)?| are| measuring| of length)?"
                    r" " + _T + r" and " + _T)
_TOLD = [  # (pattern, what one measure told is)
    (re.compile(r"\b(?:(longer|shorter|larger|smaller|one|a) )?base" + _IS + " " + _T), "base"),
    (re.compile(r"\b(?:each )?legs?" + _IS + r"(?: each)? " + _T), "leg"),
    (re.compile(r"\b(?:height|altitude)" + _IS + " " + _T), "height"),
    (re.compile(r"\bradius" + _IS + " " + _T), "radius"),
]
_ASK = re.compile(r"\b(?:find|what is|whats|what's|compute|determine|calculate|how long is)"
                  r"(?: the| its)? (?:trapezoid's |length of (?:each |a |the )?|each )?"
                  r"(legs?|height|altitude|radius|diameter|area|perimeter)\b")
_GLUE = FILLER | frozenset(
    "circle inscribed incircle circumscribed about around isosceles trapezoid with how long "
    "whats what's of each which can in trapezoid's whose drawn other".split())


def read_tangential_trapezoid(split: Split, template: str) -> Result | None:
    if "trapezoid" not in template or not re.search(r"inscribed|circumscribed|incircle",
                                                     template):
        return None
    flat = flat_text(split, template)
    if flat is None:
        return None
    text, values = flat
    asks = _ASK.findall(text)
    if not INSCRIBED.search(text) or OTHER_CIRCLE.search(text) or len(asks) != 1 or \
            not re.search(r"\bisosceles trapezoid\b", text):
        return None
    rest = _ASK.sub(" ; ", text)
    used: set[int] = set()
    both = _BASES.findall(rest)
    rest = _BASES.sub(" ; ", rest)
    given: dict[str, tuple[str, sp.Expr]] = {}
    for pattern, kind in _TOLD:
        for m in pattern.finditer(rest):
            if kind in given:
                raise Decline(f"the {kind} told twice")
            given[kind] = (m.group(1) or "" if kind == "base" else "",
                           told(values, used, m.group(m.lastindex or 1)))
        rest = pattern.sub(" ; ", rest)
    if words(rest) - _GLUE:
        return None
    a, b = _two_bases(both, given, values, used)
    all_used(values, used)
    what = {"legs": "leg", "altitude": "height"}.get(asks[0], asks[0])
    leg, height = (a + b) / 2, sp.sqrt(a * b)
    value = sp.nsimplify(sp.simplify({
        "leg": leg, "height": height, "radius": height / 2, "diameter": height,
        "area": (a + b) * height / 2, "perimeter": 2 * (a + b)}[what]))
    _confirm(a, b, what, value, {k: v for k, (_, v) in given.items() if k != "base"})
    return value, [
        step("equal tangents (Pitot)", "The sums of opposite sides are equal, so the two equal "
             "legs add up to the two bases.", f"$\\frac{{{latex(a)} + {latex(b)}}}{{2}} = "
             f"{latex(sp.nsimplify(leg))}$", latex(sp.nsimplify(leg))),
        step("the height", "The height is the circle's diameter: by Pythagoras with the leg "
             "and half the difference of the bases it is the square root of the bases' "
             "product.", f"$\\sqrt{{{latex(a)} \\cdot {latex(b)}}} = "
             f"{latex(sp.nsimplify(height))}$", latex(sp.nsimplify(height))),
        step(f"the {what}", "The radius is half the height; the area is the mean of the bases "
             "times the height.", f"${_shown(what, a, b)} = {latex(value)}$", latex(value))]


def _two_bases(both: list[tuple[str, str]], given: dict[str, tuple[str, sp.Expr]],
               values: list[sp.Expr], used: set[int]) -> tuple[sp.Expr, sp.Expr]:
    """The two bases, shorter first: both told, or one with a leg, the height or the radius."""
    if both:
        if len(both) != 1 or given:
            raise Decline("the two bases and nothing more told")
        pair = [told(values, used, both[0][0]), told(values, used, both[0][1])]
    else:
        if "base" not in given or len(given) != 2:
            return _no_read()
        said, base = given["base"]
        kind, v = next((k, v) for k, (_, v) in given.items() if k != "base")
        other = {"leg": 2 * v - base, "height": v**2 / base, "radius": 4 * v**2 / base}[kind]
        other = sp.nsimplify(sp.simplify(other))
        if not other.is_positive or said in ("longer", "larger") and not other < base or \
                said in ("shorter", "smaller") and not other > base:
            raise Decline("no isosceles trapezoid about a circle has those measures")
        pair = [base, other]
    a, b = sorted(pair, key=lambda e: float(e))
    if sp.simplify(b - a) == 0:
        raise Decline("a trapezoid's two bases differ")
    return a, b


def _no_read() -> tuple[sp.Expr, sp.Expr]:
    raise Decline("the two bases, or one base with a leg, the height or the radius, needed")


def _shown(what: str, a: sp.Expr, b: sp.Expr) -> str:
    h, leg = latex(sp.nsimplify(sp.sqrt(a * b))), latex(sp.nsimplify((a + b) / 2))
    root = f"\\sqrt{{{latex(a * b)}}}"
    return {"leg": f"\\frac{{{latex(a)} + {latex(b)}}}{{2}}", "height": root, "diameter": root,
            "radius": f"\\frac{{{h}}}{{2}}",
            "area": f"\\frac{{{latex(a)} + {latex(b)}}}{{2}} \\cdot {h}",
            "perimeter": f"{latex(a)} + {latex(b)} + 2 \\cdot {leg}"}[what]


def _confirm(a: sp.Expr, b: sp.Expr, what: str, value: sp.Expr,
             given: dict[str, sp.Expr]) -> None:
    """The trapezoid drawn: the circle at mid-height touches a leg, and the measure asked
    (and any leg, height or radius told) is measured again from the corners."""
    with mpmath.workdps(40):
        top, bottom = mpmath.mpf(str(sp.N(a, 45))), mpmath.mpf(str(sp.N(b, 45)))
        h = mpmath.sqrt(top * bottom)
        corners = [(-bottom / 2, 0), (bottom / 2, 0), (top / 2, h), (-top / 2, h)]
        (x1, y1), (x2, y2) = corners[1], corners[2]
        leg = mpmath.hypot(x2 - x1, y2 - y1)
        # distance from the centre (0, h/2) to the line through the right leg
        gap = abs((y2 - y1) * (0 - x1) - (x2 - x1) * (h / 2 - y1)) / leg
        area = abs(mpmath.fsum(corners[k][0] * corners[(k + 1) % 4][1] - corners[(k + 1) % 4][0]
                               * corners[k][1] for k in range(4))) / 2
        measured = {"leg": leg, "height": h, "radius": h / 2, "diameter": h, "area": area,
                    "perimeter": top + bottom + 2 * leg}
        tol = mpmath.mpf(10) ** -30
        ok = abs(gap - h / 2) < tol and all(
            abs(measured[k] - mpmath.mpf(str(sp.N(v, 45)))) < tol
            for k, v in [(what, value), *given.items()])
    confirm.check(bool(ok), "the trapezoid drawn: the circle at mid-height touches its legs, "
                  "and the measures told and asked, measured from its corners")


__all__ = ["read_tangential_trapezoid"]
