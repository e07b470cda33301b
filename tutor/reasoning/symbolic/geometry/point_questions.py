"""Typed reader: questions about points given by their coordinates.

Distance (2-D or 3-D, or from the origin), midpoint, the other endpoint from a midpoint,
slope, the line through two points (its equation, intercepts, or an expression in the
m and b of `y = mx + b`), and the sum or product of the coordinates of an asked point.
Every answer is confirmed by a second computation (`checks`)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import coordinates
from tutor.reasoning.symbolic.geometry.line_questions import intercept_step
from tutor.reasoning.symbolic.geometry.midpoint_questions import (
    TOLD_MIDPOINT,
    Point,
    asked,
    combine,
    confirmed_midpoint,
    endpoint,
    midpoint_place,
    named_midpoint,
)
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    as_point,
    axis_words,
    is_label,
    places,
    point_name,
    segment_letters,
    without_example,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_TRIGGER = frozenset("distance midpoint slope line long length far apart endpoint".split())
_DISTANCE = frozenset("distance long length far apart".split())
VOCAB = COMMON | frozenset(
    "distance between from to points point origin how many long far length segment line "
    "endpoints endpoint joining connecting coordinates coordinate plane cartesian midpoint "
    "sum product slope through passing containing passes contains equation written other one "
    "apart at located can y x intercept we system goes go runs drawn plotted graphed lies lie "
    "straight directly they meet meets halfway where let be rectangular".split())
# a circle's centre is the midpoint of each diameter: "a circle has its center at @0@. One
# endpoint of a diameter is @1@": the midpoint is @0@, and the other endpoint is asked
_CENTRE = re.compile(r"\b(?:(?:a|the) )?circle(?: @\d+@)?(?: is (?:located|drawn) (?:on|in) the "
                     r"(?:coordinate|xy-|cartesian) plane)?,? (?:with|has|having|is centered at)"
                     r" (?:its |a |the )?(?:(?:center|centre) (?:at |point )?)?(@\d+@)")
_ON_DIAMETER = re.compile(r"\bendpoints? of (?:a|the|this|that|its) diameter(?: of (?:a|the|this) "
                          r"circle)?\b")
# a short story around two points: someone moves (or stands) from one point to the other
_MOVES = ("walks|walk|flies|fly|travels|travel|moves|move|drives|drive|swims|swim|rides|ride|"
          "crawls|crawl|hikes|hike|jogs|jog|goes|go|sails|sail|runs|run|stand|stands|are|is")
_SUBJECT = re.compile(r"(?:^|(?<=[.?!;] ))(?:(?:a|an|the|two|some|her|his) )?"
                      r"(?!line|segment|points?\b)[a-z]+(?: and [a-z]+)?"
                      rf" (?=(?:{_MOVES})\b)")
_STORY_ASK = re.compile(rf"\bhow far (?:does|do|did|will) (?:it|they|she|he) (?:{_MOVES})\b")

def _line_form(split: Split, pieces: list[int], p: Point, q: Point) -> Result:
    """`y = mx + b` with letters for m and b, then an expression in those letters."""
    eq, target = parse_latex(split.maths[pieces[0]]), parse_latex(split.maths[pieces[1]])
    x, y = sp.Symbol("x"), sp.Symbol("y")
    if not isinstance(eq, sp.Equality) or eq.lhs != y or not isinstance(target, sp.Expr):
        raise Decline("a line written y = mx + b")
    rhs = sp.expand(eq.rhs)
    slope_name, icpt = rhs.coeff(x, 1), rhs.coeff(x, 0)
    if not (isinstance(slope_name, sp.Symbol) and isinstance(icpt, sp.Symbol)) \
            or slope_name == icpt or not target.free_symbols <= {slope_name, icpt}:
        raise Decline("the letters of y = mx + b")
    line_eq, steps = coordinates.line(p, q)
    _confirm_line(p, q, line_eq)
    m = sp.expand(line_eq.rhs).coeff(x, 1)
    b = sp.expand(line_eq.rhs).coeff(x, 0)
    v = sp.simplify(target.subs({slope_name: m, icpt: b}))
    claim = f"{latex(target)} = {latex(v)}"
    return v, steps + [step("evaluate", f"Here ${latex(slope_name)} = {latex(m)}$ and "
                            f"${latex(icpt)} = {latex(b)}$.", f"${claim}$", claim)]


def _intercept(w: set[str], template: str, eq: sp.Equality, steps: list[Step]) -> Result:
    x = sp.Symbol("x")
    m, b = sp.expand(eq.rhs).coeff(x, 1), sp.expand(eq.rhs).coeff(x, 0)
    axis = re.findall(r"\b([xy])-intercept", template)
    if len(set(axis)) != 1:
        raise Decline("which intercept is asked is not clear")
    pair = "ordered" in w
    if axis[0] == "y":
        return (sp.Tuple(0, b) if pair else b), steps + [intercept_step(eq, "y", b)]
    if m == 0:
        raise Decline("a horizontal line")
    x0 = -b / m
    steps = steps + [intercept_step(eq, "x", x0)]  # "Setting y = 0 in y = 2x - 1: ..."
    return (sp.Tuple(x0, 0) if pair else x0), steps


def _two_points(split: Split, template: str, w: set[str], pts: list[Point],
                others: list[int]) -> Result:
    p, q = pts
    if len(p) != len(q):
        raise Decline("points of different dimension")
    if w & _DISTANCE and not w & {"midpoint", "slope", "equation", "intercept"}:
        if others:
            raise Decline("extra maths in a distance question")
        v, steps = coordinates.distance(p, q)
        _confirm_distance(p, q, v)
        return v, steps
    if "midpoint" in w and not w & {"slope", "equation", "intercept", "endpoint", "other"}:
        if others or w & _DISTANCE:  # (a told midpoint went to endpoint before this)
            raise Decline("extra maths in a midpoint question")
        if "midpoint" not in asked(template) or TOLD_MIDPOINT.search(template):
            # "The midpoint of CD is K. ... what is D?": the midpoint is given, not asked
            raise Decline("the midpoint is told, and the question asks something else")
        mid, steps = confirmed_midpoint(p, q)
        got = combine(tuple(mid), w)
        return (got[0], steps + got[1]) if got else (mid, steps)
    if len(p) != 2 or w & {"midpoint", "endpoint"}:
        raise Decline("not a question about the line through two points")
    if len(others) == 2 and "slope" not in w:
        v, steps = _line_form(split, others, p, q)
    elif others:
        raise Decline("extra maths in a line question")
    elif "slope" in w and not w & {"equation", "intercept"}:
        v, steps = coordinates.slope(p, q)
    elif w & {"equation", "intercept"} and "line" in w and "slope" not in w:
        v, steps = coordinates.line(p, q)
        if "intercept" in w:
            if "equation" in w:
                raise Decline("an equation and an intercept both asked")
            _confirm_line(p, q, v)
            return _intercept(w, template, v, steps)
    else:
        raise Decline("the question about the line is not clear")
    _confirm_slope_or_line(p, q, v, steps)
    return v, steps


def _confirm_distance(p: Point, q: Point, v: sp.Basic) -> None:
    """The distance by floating-point arithmetic on the coordinates."""
    d = sum((float(a) - float(b)) ** 2 for a, b in zip(p, q, strict=True)) ** 0.5
    confirm.check(abs(float(v) - d) <= 1e-9 * max(1.0, d),
                  "the distance agrees with a floating-point computation")


def _confirm_line(p: Point, q: Point, eq: sp.Equality) -> None:
    x, y = sp.symbols("x y")
    confirm.check(all(sp.simplify(eq.lhs.subs({x: a[0], y: a[1]}) - eq.rhs.subs(
        {x: a[0], y: a[1]})) == 0 for a in (p, q)), "both points satisfy the line's equation")


def _confirm_slope_or_line(p: Point, q: Point, v: sp.Basic, steps: list[Step]) -> None:
    if isinstance(v, sp.Equality):
        _confirm_line(p, q, v)
    elif not v.free_symbols and len(steps) == 1:  # a slope: rise = slope x run
        confirm.check(sp.simplify(q[1] - p[1] - v * (q[0] - p[0])) == 0,
                      "the rise equals the slope times the run")


def _story(template: str) -> str:
    """The story's subject dropped ("a bird flies from ... to ...": "flies from ... to ..."),
    meeting halfway read as the midpoint; every other word is still read."""
    template = _SUBJECT.sub("", template)
    template = re.sub(r"\b(?:stand|stands|are|is) at (@\d+@) and (@\d+@)", r"at \1 and \2",
                      template)
    halfway = re.compile(r",? and (?:meet|meets) halfway between (?:them|the two points)\b")
    if halfway.search(template):  # where they meet is then the midpoint
        template = re.sub(r"\bat what point do they meet\b", "what is the midpoint",
                          halfway.sub("", template))
    template = _STORY_ASK.sub("how far", template)
    return re.sub(r"\b(?:" + _MOVES + r") (?:in a straight line |directly |straight )?"
                  r"(?=from @\d+@|from the point @\d+@)", "", template)


def _diameter(template: str) -> str:
    """The circle's centre told as the midpoint of a diameter (only with one centre said)."""
    if len(_CENTRE.findall(template)) != 1 or not _ON_DIAMETER.search(template) or \
            len(re.findall(r"\b(?:center|centre|centered)\b", template)) != 1:
        return template
    template = _CENTRE.sub(r"\1 is the midpoint", template)
    return _ON_DIAMETER.sub(lambda m: m.group(0).split()[0], template)


def read_points(split: Split, template: str) -> Result | None:
    template = _story(_diameter(template))
    w = words(template)
    if not w & _TRIGGER:
        return None
    template = without_example(axis_words(split.maths, template), split.maths)
    w = words(template)
    if not words_within(template, VOCAB):
        return None
    pts: dict[int, Point] = {}
    others: list[int] = []
    labels: set[int] = set()
    for i in dict.fromkeys(places(template)):
        p = as_point(split.maths[i])
        if p is not None:
            pts[i] = p
        elif is_label(split.maths[i]):
            labels.add(i)
        else:
            others.append(i)
    if not pts:
        return None
    names = {point_name(split.maths[i]) for i in pts} - {None}
    for i in places(template):
        seg = segment_letters(split.maths[i])
        if seg and len(names) >= 2 and not set(seg) <= names:
            raise Decline(f"the segment {seg} is not between the points named")
    at = midpoint_place(template, labels) if "midpoint" in w else None
    if at in others and not w & _DISTANCE:
        return named_midpoint(split, pts, others, at)
    if "midpoint" in w and at is not None and not w & _DISTANCE:
        return endpoint(split, template, pts, others, labels)
    if len(pts) == 1 and "origin" in w and w & _DISTANCE and not others:
        p = next(iter(pts.values()))
        v, steps = coordinates.distance(tuple(sp.S.Zero for _ in p), p)
        _confirm_distance(tuple(sp.S.Zero for _ in p), p, v)
        return v, steps
    if len(pts) != 2:
        raise Decline("two points expected")
    if "origin" in w:
        raise Decline("two points and the origin: which distance is asked is not clear")
    return _two_points(split, template, w, list(pts.values()), others)


__all__ = ["VOCAB", "read_points"]
