"""Typed reader: the area of the region inside both of two overlapping circles (the lens).

"Two circles of radius 2 are centered at (2,0) and (0,2). What is the area of the region
inside both circles?", "Two circles of radius 6 each pass through the center of the other.
What is the area of their overlap?", "A circle of radius 2 and a circle of radius $2\\sqrt3$
have centers 4 units apart. Find the area of their intersection."

The circles are told by their radii (one shared radius, or two) and by where their centres
are: a distance apart, two points, or each on the other circle (the distance is then the
radius). The common region is two circular segments on the common chord: with d the distance
of the centres, the half-angle at each centre is acos((d^2 + r^2 - R^2) / (2 d r)), and each
segment is r^2 (t - sin t) / 2 for its full angle t (an angle that is no rational part of pi
stays an arccos, exact). Asked may also be the union (both discs less the common region) or
the part inside exactly one circle (both discs less it twice). Circles that do not meet,
or one inside the other, decline too. A drawing the text points to ("as shown") declines,
since a shaded part may be something else.

Confirmed independently: the area is integrated again across the common chord's direction
(the overlap of the two circles' vertical chords at each x, mpmath quadrature at 40 digits).
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.figure_wording import without_unread_drawing
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    EXACT_FORM,
    number,
    without_area_units,
    without_length_units,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_POINT = rf"(?:{_N}|\( ?{_N} ?, ?{_N} ?\))"
_RADIUS = r"(?:radius|radii)"
_SHARED = [  # one radius for both circles
    rf"\b(?:two |the two |both )?circles,? (?:each )?(?:of|with|having) (?:a )?{_RADIUS} "
    rf"(?:of )?{_N}",
    rf"\b(?:two |the two )?circles {_RADIUS} {_N}",
    rf"\b(?:they |both |both circles |each circle |each )?(?:both )?(?:have|has) (?:a )?"
    rf"{_RADIUS} (?:of )?{_N}",
    rf"\beach (?:circle )?(?:is )?of {_RADIUS} {_N}",
]
_PAIR = [  # two radii
    rf"\ba circle (?:of|with) {_RADIUS} {_N},? and a circle (?:of|with) {_RADIUS} {_N}",
    rf"\b(?:two )?circles (?:of|with|having) {_RADIUS} {_N},? and {_N}",
    rf"\btheir radii are {_N},? and {_N}",
]
_APART = [  # the distance of the centres
    rf"\b(?:have |with |their )?cent(?:er|re)s (?:are )?{_N}(?: units?)? (?:apart|from each other)",
    rf"\bthe distance between (?:their|the) cent(?:er|re)s is {_N}",
    rf"\bwhose cent(?:er|re)s are {_N}(?: units?)? apart",
]
_THROUGH = (r"\b(?:and )?(?:each )?(?:circle )?pass(?:es)? through (?:the cent(?:er|re) of the "
            r"other(?: circle)?|the other's cent(?:er|re)|each other's cent(?:er|re)s)")
_AT = rf"\b(?:are |both )?cent(?:ered|red) at {_POINT} and (?:at )?{_POINT}"
_ASK = re.compile(
    r"\barea of (?:the region (?:inside|within|common to|in) both(?: of the)?(?: two)? circles"
    r"|the region (?:where|in which) (?:they|the (?:two )?circles) overlap"
    r"|the region common to both(?: circles)?|(?:their|the) overlap(?:ping region)?"
    r"|the overlapping region|(?:their|the) (?:common region|lens)"
    r"|(?:their|the) intersection(?: of (?:their|the) interiors)?(?: of the (?:two )?circles)?)"
    r"(?: of the (?:two )?circles)?")
_UNION = re.compile(
    r"\b(?:total )?area (?:of the region )?(?:covered|enclosed) by (?:the (?:two )?circles|"
    r"(?:either|at least one)(?: of the (?:two )?circles| circle)?)|\barea of (?:their|the) "
    r"union(?: of the (?:two )?circles)?|\barea of the region inside (?:either|at least one) "
    r"(?:of the (?:two )?circles|circle)")
_ONE = re.compile(r"\barea of the region (?:inside|in|within) (?:exactly|only) one (?:of the "
                  r"(?:two )?circles|circle)")
# "square" only in a unit ("square cm", dropped before reading): "the overlap of the two circles
# and a square" is another region
_GLUE = FILLER | COMMON - {"square", "cubic"} | frozenset(
    "two both circles circle area region inside overlap overlapping common intersection "
    "whats how much big large where fully expanded each drawn so".split())


def read_circle_overlap(split: Split, template: str) -> Result | None:
    unread = without_unread_drawing(template)
    if unread is None or "circle" not in unread:
        return None
    text, units = without_length_units(without_area_units(re.sub(EXACT_FORM, " ",
                                                                 unread.lower())))
    asks = [(m, what) for pattern, what in ((_ASK, "both"), (_UNION, "union"), (_ONE, "one"))
            for m in pattern.finditer(text)]
    if len(asks) != 1 or len(units - {"unit"}) > 1:
        return None
    ask, what = asks[0]
    used: list[int] = []
    text = text[:ask.start()] + " ; " + text[ask.end():]
    pair, text = _take(split, text, _PAIR, used)  # "radii 1 and 2" before "radius 1"
    shared, text = _take(split, text, _SHARED, used)
    apart, text = _take(split, text, _APART, used)
    through = re.search(_THROUGH, text) is not None
    text = re.sub(_THROUGH, " ; ", text)
    centres = list(re.finditer(_AT, text))
    text = re.sub(_AT, " ; ", text)
    if words(text) - _GLUE or re.search(r"@\d+@", text):
        return None
    radii = shared * 2 if len(shared) == 1 and not pair else pair
    if len(radii) != 2 or (len(shared) > 1) or (shared and pair):
        raise Decline("the two circles' radii told once")
    if len(apart) + through + len(centres) != 1:
        raise Decline("where the two centres lie, told once")
    if through:
        if radii[0] != radii[1]:
            raise Decline("each circle through the other's centre needs equal radii")
        d = radii[0]
    elif apart:
        d = apart[0]
    else:
        d = _distance(split, centres[0], used)
    told = re.sub(EXACT_FORM, " ", unread.lower())
    if sorted(used) != sorted(int(k) for k in re.findall(r"@(\d+)@", told)):
        raise Decline("every number told used once")
    return _asked(what, *lens(radii[0], radii[1], d), radii, d)


def _take(split: Split, text: str, patterns: list[str],
          used: list[int]) -> tuple[list[sp.Expr], str]:
    values: list[sp.Expr] = []
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            for g in m.groups():
                if g is not None:
                    values.append(_positive(split, int(g)))
                    used.append(int(g))
        text = re.sub(pattern, " ; ", text)
    return values, text


def _positive(split: Split, index: int) -> sp.Expr:
    v = number(split.maths[index])
    if v is None or not v.is_positive:
        raise Decline("positive lengths")
    return sp.nsimplify(v)


def _distance(split: Split, m: re.Match[str], used: list[int]) -> sp.Expr:
    slots = [g for g in m.groups() if g is not None]
    coords: list[sp.Expr] = []
    if len(slots) == 4:
        for g in slots:
            v = number(split.maths[int(g)])
            if v is None:
                raise Decline("centres as points with two coordinates")
            coords.append(sp.nsimplify(v))
            used.append(int(g))
    else:
        for g in slots:
            src = split.maths[int(g)].strip()
            inner = re.fullmatch(r"\\?\(\s*([^,]+),([^,]+?)\s*\\?\)", src.replace("\\left", "")
                                 .replace("\\right", ""))
            values = [number(part) for part in inner.groups()] if inner else [None]
            if any(v is None for v in values) or len(values) != 2:
                raise Decline("centres as points with two coordinates")
            coords.extend(sp.nsimplify(v) for v in values)
            used.append(int(g))
    (x1, y1, x2, y2) = coords
    return sp.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)


def lens(r1: sp.Expr, r2: sp.Expr, d: sp.Expr) -> Result:
    """The area inside both circles of radii r1, r2 with centres d apart."""
    d = sp.nsimplify(sp.simplify(d))
    if not (d > abs(r1 - r2) and d < r1 + r2):
        raise Decline("circles that cross at two points (they do not overlap in a lens here)")
    halves = []
    for r, other in ((r1, r2), (r2, r1)):
        half = sp.acos(sp.nsimplify(sp.simplify((d**2 + r**2 - other**2) / (2 * d * r))))
        halves.append(half)
    segments = [sp.simplify(r**2 * (2 * t - sp.sin(2 * t)) / 2)
                for r, t in zip((r1, r2), halves, strict=True)]
    value = sp.nsimplify(sp.simplify(segments[0] + segments[1]), [sp.pi])
    _confirm(r1, r2, d, value)
    angles = ", ".join(latex(2 * t) for t in halves)
    claim = (f"\\left({latex(segments[0])}\\right) + \\left({latex(segments[1])}\\right) = "
             f"{latex(value)}")
    return value, [
        step("the angles at the centres", "The common chord and the two radii to its ends "
             "make a triangle with the line of centres; by the law of cosines the half-angle "
             "at a centre of radius r is $\\arccos\\frac{d^2 + r^2 - R^2}{2dr}$.",
             f"$d = {latex(d)}$, full angles ${angles}$", angles),
        step("two circular segments", "The common region is a segment of each circle cut off "
             "by the common chord; a segment with angle t has area $\\frac{r^2}{2}(t - \\sin "
             "t)$.", f"${claim}$", claim)]


def _asked(what: str, value: sp.Expr, steps: list[Step], radii: list[sp.Expr],
           d: sp.Expr) -> Result:
    """The common region, or the union (both discs less it once), or the region inside exactly
    one circle (both discs less it twice); confirmed by integrating that region's chords."""
    if what == "both":
        return value, steps
    discs = sp.pi * (radii[0] ** 2 + radii[1] ** 2)
    once = what == "union"
    got = sp.simplify(discs - (1 if once else 2) * value)
    with mpmath.workdps(40):
        a, b, dd = (mpmath.mpf(sp.N(v, 45)) for v in (*radii, d))

        def width(x: mpmath.mpf) -> mpmath.mpf:  # both chords are centred on the x-axis
            h = (mpmath.sqrt(max(a**2 - x**2, 0)), mpmath.sqrt(max(b**2 - (x - dd) ** 2, 0)))
            return 2 * max(h) if once else 2 * (max(h) - min(h))

        ends = sorted({-a, a, dd - b, dd + b, (dd**2 + a**2 - b**2) / (2 * dd)})
        area = mpmath.quad(width, ends)
        ok = abs(area - mpmath.mpf(sp.N(got, 45))) < mpmath.mpf(10) ** -20 * max(area, 1)
    confirm.check(bool(ok), "the asked region integrated again as vertical chords")
    claim = (f"{latex(discs)} - {'' if once else '2'}\\left({latex(value)}\\right) = "
             f"{latex(got)}")
    left = "the region covered" if once else "the parts inside one circle only"
    return got, [*steps, step("the union" if once else "inside exactly one circle",
                              "Both discs together count the common region twice; taking it "
                              f"away {'once' if once else 'twice'} leaves {left}.",
                              f"${claim}$", claim)]


def _confirm(r1: sp.Expr, r2: sp.Expr, d: sp.Expr, value: sp.Expr) -> None:
    """The overlap of the vertical chords of the circles centred at (0,0) and (d,0),
    integrated across x."""
    with mpmath.workdps(40):
        a, b, dd = (mpmath.mpf(sp.N(v, 45)) for v in (r1, r2, d))

        def width(x: mpmath.mpf) -> mpmath.mpf:
            top = min(mpmath.sqrt(max(a**2 - x**2, 0)), mpmath.sqrt(max(b**2 - (x - dd)**2, 0)))
            return 2 * top

        lo, hi = max(-a, dd - b), min(a, dd + b)
        cross = (dd**2 + a**2 - b**2) / (2 * dd)
        marks = [lo, *([cross] if lo < cross < hi else []), hi]
        got = mpmath.quad(width, marks)
        want = mpmath.mpf(sp.N(value, 45))
        ok = abs(got - want) < mpmath.mpf(10) ** -20 * max(abs(want), 1)
    confirm.check(bool(ok), "the common region integrated again as overlapping vertical chords")


__all__ = ["lens", "read_circle_overlap"]
