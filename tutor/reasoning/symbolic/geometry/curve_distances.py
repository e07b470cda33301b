"""Typed reader: the least distance between two places, among points, lines, circles and
graphs of polynomials.

"Let $P$ be a point on the parabola $y = x^2 + 4x + 9$, and let $Q$ be a point on the line
$y = 2x + 1$. Find the shortest possible distance $PQ$.", "Find the shortest distance between
the point $(6,12)$ and the parabola given by the equation $x = \\frac{y^2}{2}$.", "What is
the minimum distance from the origin to the line $3x + 4y = 10$?", "Find the smallest
possible distance between a point on the circle ... and a point on the curve ...". Also
the point of a line, circle or graph nearest to a point ("Find the point on the line
$y = 2x + 3$ that is closest to the origin"), when it is one point.

The distance between two sets is the least distance between their points, so "the
distance between the point and the parabola" needs no "least"; a distance between "a point
on" one and "a point on" the other does ("the greatest" declines). The value is found
exactly (`nearest_distance_values.least_distance`) and confirmed by a numerical search over
the places' points that uses none of its formulas.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.distance_objects import AXES, ORIGIN, Place, place
from tutor.reasoning.symbolic.geometry.nearest_distance_values import (
    as_float,
    least_distance,
    nearest_point,
    searched,
)
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_NOUN = r"(?:point|parabola|line|circle|curve|graph)"
_GIVEN = r"(?: (?:given by|with|defined by|described by)(?: the equation)?| of)?"


def _place_re(k: int) -> str:
    return (rf"(?P<on{k}>a point on )?(?:(?P<origin{k}>the origin)|the (?P<axis{k}>[xy])-axis|"
            rf"the @(?P<axisp{k}>\d+)@ ?-axis|(?:the (?P<noun{k}>{_NOUN}){_GIVEN} )?"
            rf"@(?P<i{k}>\d+)@)")


_LEAST = r"(?P<least>(?:shortest|smallest|minimum|least|minimal)(?: possible)? )?"
_LABEL = r"(?:let )?@(?P<l{k}>\d+)@ (?:be|is) a point on the (?P<noun{k}>{n}){g} @(?P<i{k}>\d+)@"
_ASKS = [
    *(re.compile(rf"(?:find|compute|determine|what is|calculate) the {_LEAST}distance "
                 rf"{first} {_place_re(1)} {second} {_place_re(2)}")
      for first, second in (("between", "and"), ("from", "to"))),
    re.compile(_LABEL.format(k=1, n=_NOUN, g=_GIVEN) + ",? and "
               + _LABEL.format(k=2, n=_NOUN, g=_GIVEN)
               + rf"\.? (?:find|compute|determine|what is) the {_LEAST}(?:value of )?(?:the )?"
               r"(?:distance )?(?:@(?P<pair>\d+)@|between @(?P<a>\d+)@ and @(?P<b>\d+)@)"),
    # one moving point and a fixed place: "Let P be a point on ... Find the least distance
    # from P to the line ..."
    *(re.compile(_LABEL.format(k=1, n=_NOUN, g=_GIVEN) + rf"\.? (?:find|compute|determine|"
                 rf"what is) the {_LEAST}(?:possible )?distance {first} @(?P<a>\d+)@ {second} "
                 + _place_re(2)) for first, second in (("from", "to"), ("between", "and"))),
]
_CURVE = rf"the (?P<noun1>{_NOUN}){_GIVEN} @(?P<i1>\d+)@"
_POINT_ASKS = [
    re.compile(rf"(?:find|what is|determine|compute) the (?:coordinates of the )?point on "
               rf"{_CURVE} (?:that is |which is )?(?:closest|nearest) to {_place_re(2)}"),
    re.compile(rf"(?:which|what) point on {_CURVE} is (?:closest|nearest) to {_place_re(2)}"),
]
VOCAB = frozenset(
    "find compute determine what is calculate the shortest smallest minimum least minimal "
    "possible distance between and from to a point on origin axis parabola line circle curve "
    "graph given by with defined described equation of let be value closest nearest that "
    "coordinates which".split())
_CLOSING = re.compile(r"[.,]? ?express your answer in simplest radical form\W*$")


def read(split: Split, template: str) -> Result | None:
    body = _CLOSING.sub("", re.sub(r"\s+", " ", template.lower()).strip()).rstrip(" ?.")
    if not re.search(r"\b(?:distance|closest|nearest)\b", body) or not words_within(body, VOCAB):
        return None
    if (near := next((m for p in _POINT_ASKS if (m := p.fullmatch(body))), None)) is not None:
        return _nearest(split, near.groupdict())
    m = next((m for p in _ASKS if (m := p.fullmatch(body))), None)
    if m is None:
        return None
    groups = m.groupdict()
    if groups.get("l1") is not None:
        _named_pair(split, m)
    elif not m.group("least") and (groups["on1"] or groups["on2"]):
        raise Decline("the distance between a point on one and a point on the other: which?")
    p, q = (_place(split, groups, k) for k in (1, 2))
    if p.kind == "point" and q.kind == "point":
        return None
    value, steps = least_distance(p, q)
    value = sp.nsimplify(value) if value.is_Rational else value
    if not (isinstance(value, sp.Expr) and value.is_real and value >= 0):
        raise Decline("no least distance")
    span = _span(p, q)
    found, _ = searched(p, q, span)
    want = as_float(value)
    # squared distances compared: where the places touch, the search comes near 0 slowly
    confirm.check(abs(found**2 - want**2) <= 1e-8 * (1 + want**2),
                  f"a numerical search over both places' points finds the least distance "
                  f"{found:.9g}")
    return value, steps


def _nearest(split: Split, groups: dict[str, str | None]) -> Result:
    """The point of a curve nearest to a point, confirmed by the numerical search."""
    curve, point = _place(split, groups, 1), _place(split, groups, 2)
    if point.kind != "point" or curve.kind == "point":
        raise Decline("the point of a curve nearest to a point")
    at, steps = nearest_point(curve, point)
    _, found = searched(curve, point, _span(curve, point))
    confirm.check(all(abs(u - as_float(v)) <= 1e-6 * (1 + abs(u)) for u, v in zip(
        found, at, strict=True)), "a numerical search over the curve's points finds the "
        f"nearest point ({found[0]:.9g}, {found[1]:.9g})")
    return sp.Tuple(*at), steps


def _named_pair(split: Split, m: re.Match[str]) -> None:
    """The distance asked is between the two named points ("PQ", "between P and Q")."""
    moving = [k for k in (1, 2) if m.groupdict().get(f"l{k}") is not None]
    names = {split.maths[int(m.group(f"l{k}"))].strip() for k in moving}
    if len(names) != len(moving) or not all(re.fullmatch(r"[A-Z]", n) for n in names):
        raise Decline("points named by capital letters")
    if len(moving) == 1:
        asked = {split.maths[int(m.group("a"))].strip()}
    elif m.group("pair") is not None:
        pair = split.maths[int(m.group("pair"))].replace(" ", "")
        asked = {pair[:1], pair[1:]} if len(pair) == 2 else set()
    else:
        asked = {split.maths[int(m.group(k))].strip() for k in ("a", "b")}
    if asked != names:
        raise Decline("the distance asked is not between the two points")
    if not m.group("least"):
        raise Decline("the distance of a moving point: least or greatest?")


def _place(split: Split, groups: dict[str, str | None], k: int) -> Place:
    if groups.get(f"origin{k}"):
        found = ORIGIN
    elif groups.get(f"axis{k}") or groups.get(f"axisp{k}"):
        name = groups.get(f"axis{k}") or split.maths[int(groups[f"axisp{k}"] or 0)].strip()
        if name not in AXES:
            raise Decline("the x- or y-axis")
        found = AXES[name]
    else:
        found = place(groups.get(f"noun{k}") or "", split.maths[int(groups[f"i{k}"] or 0)])
    if groups.get(f"on{k}") and found.kind == "point":
        raise Decline("a point on a point")
    return found


def _span(p: Place, q: Place) -> float:
    """A parameter range that holds the nearest points: past the places' own numbers, the
    distance between their points at parameter 0, and the graphs' root bounds."""
    size = 1.0
    for pl in (p, q):
        size += sum(abs(as_float(v)) for v in (*pl.at, *pl.coeffs, pl.radius))
        if pl.kind == "graph":
            coeffs = [abs(as_float(c)) for c in sp.Poly(pl.f, sp.Symbol("x")).all_coeffs()]
            size += 1 + max(coeffs[1:]) / coeffs[0]
    return 4 * size


__all__ = ["VOCAB", "read"]
