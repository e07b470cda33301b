"""Typed reader: two circles whose arcs of different angles have the same length.

"An arc of 45 degrees on circle A has the same length as an arc of 30 degrees on circle B.
What is the ratio of the area of circle A to the area of circle B?", "The sides of a 40
degree angle at O form an arc on the smaller circle that is the same length as an arc on the
larger circle formed by the sides of a 30 degree angle at O. What is the ratio of the area of
the smaller circle to the area of the larger circle?", "A 120 degree arc of circle C and an
80 degree arc of circle D have equal lengths ...": an arc of a degrees on a circle of radius
r is (a / 360) 2 pi r long, so equal arcs give r1 / r2 = a2 / a1; a ratio of radii,
diameters or circumferences is that, of areas its square. The statement is cut at its
"same length as" (or "and ... have equal lengths") and each side must name exactly one
angle and one circle; any word not read declines, and so does a "smaller" circle that comes
out larger. Confirmed numerically at 40 digits: both arcs' lengths are integrated again
(quadrature of the speed of (r cos t, r sin t)) with the radii the answer gives."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_EQUAL = re.compile(r"\b(?:(?:is|are|has|have|be) )?(?:the same length as|(?:exactly )?as long as|"
                    r"equal in length to|the same length that)\b")
_BOTH_EQUAL = re.compile(r"\b(?:have|are of|are) (?:the same length|equal lengths?|equal "
                         r"in length)\b")
_CIRCLE = re.compile(r"\b(?:circle ([a-z])\b|(?:the )?(smaller|larger|small|large|bigger|inner|"
                     r"outer|first|second) circle\b)")
_ANGLE = re.compile(r"@(\d+)@(?: ?-? ?degrees?\b)?")
_MEASURES = {"radius": 1, "radii": 1, "diameter": 1, "diameters": 1, "circumference": 1,
             "circumferences": 1, "area": 2, "areas": 2}
_ASKED = re.compile(r"\bratio of the (radius|diameter|circumference|area) of (circle [a-z]|the "
                    r"[a-z]+ circle) to (?:the (?:radius|diameter|circumference|area) of |that "
                    r"of )?(circle [a-z]|the [a-z]+ circle)\b")
_SMALL = {"smaller", "small", "inner"}
_LARGE = {"larger", "large", "bigger", "outer"}
_GLUE = FILLER | frozenset(
    "arc arcs circle circles same length lengths long as on of at by with formed form forms "
    "cut cuts sides side angle degree degrees central concentric centered centred point "
    "ratio to radius diameter circumference area express your answer common fraction "
    "exactly equal two center centre share same".split()) | _SMALL | _LARGE | {"first", "second"}


def read_equal_arcs(split: Split, template: str) -> Result | None:
    if "arc" not in template or "[asy]" in template or not (
            _EQUAL.search(template) or _BOTH_EQUAL.search(template)):
        return None
    template = re.sub(r"\bcircle @(\d+)@", lambda m: _letter(split, m), template)
    asked = _ASKED.search(template)
    if asked is None:
        return None
    facts = template[:template.rfind(".", 0, asked.start()) + 1] or template[:asked.start()]
    sides = _two_sides(facts)
    arcs = [_arc(split, side) for side in sides]
    names = [name for name, _angle in arcs]
    if names[0] == names[1]:
        raise Decline("two different circles expected")
    first, second = (_name(asked.group(k)) for k in (2, 3))
    if {first, second} != set(names) or first == second:
        raise Decline("the ratio asked is not of the two circles told")
    leftover = {w for w in words(template) - _GLUE if len(w) > 1}
    if leftover:
        raise Decline(f"the words {' '.join(sorted(leftover)[:3])} are not read")
    angle = {name: a for name, a in arcs}
    # equal arcs: angle_1 * r_1 = angle_2 * r_2
    radius_ratio = sp.nsimplify(angle[second] / angle[first])
    _check_sizes(names, angle)
    power = _MEASURES[asked.group(1)]
    value = radius_ratio**power
    what = asked.group(1)
    _confirm(angle[first], angle[second], radius_ratio, what, value)
    steps = [step("equal arcs", "An arc of a degrees on a circle of radius r is "
                  "(a / 360) 2 pi r long, so equal arcs make the radii inversely proportional "
                  "to the angles.", f"$\\frac{{{latex(angle[first])}}}{{360}} \\cdot 2\\pi r_1 "
                  f"= \\frac{{{latex(angle[second])}}}{{360}} \\cdot 2\\pi r_2$",
                  f"\\frac{{r_1}}{{r_2}} = {latex(radius_ratio)}")]
    if power == 2:
        steps.append(step(f"the ratio of the {what}s", "Areas go as the square of the radius.",
                          f"$\\left({latex(radius_ratio)}\\right)^2 = {latex(value)}$",
                          latex(value)))
    return value, steps


def _letter(split: Split, m: re.Match[str]) -> str:
    """"circle $X$" read as "circle x"; any other piece after "circle" is left."""
    piece = split.maths[int(m.group(1))].strip()
    return f"circle {piece.lower()}" if re.fullmatch(r"[A-Za-z]", piece) else m.group(0)


def _two_sides(facts: str) -> list[str]:
    m = _EQUAL.search(facts)
    if m is not None:
        sentence_start = facts.rfind(".", 0, m.start()) + 1
        end = facts.find(".", m.end())
        return [facts[sentence_start:m.start()], facts[m.end():end if end >= 0 else None]]
    m = _BOTH_EQUAL.search(facts)
    if m is None:
        raise Decline("two arcs said to be equal in length")
    sentence = facts[facts.rfind(".", 0, m.start()) + 1:m.start()]
    parts = re.split(r"\band\b", sentence)
    if len(parts) != 2:
        raise Decline("two arcs joined by 'and'")
    return parts


def _arc(split: Split, side: str) -> tuple[str, sp.Expr]:
    circles = list(_CIRCLE.finditer(side))
    angles = list(_ANGLE.finditer(side))
    if len(circles) != 1 or len(angles) != 1 or not re.search(r"\barc\b", side):
        raise Decline("each side of the equality names one arc, its angle and its circle")
    m = angles[0]
    src = split.maths[int(m.group(1))]
    bare = re.sub(r"\^\s*\{?\s*\\circ\s*\}?\s*$", "", src)
    if bare == src and "degree" not in m.group(0):
        raise Decline("an arc's angle not said to be in degrees")
    v = number(bare)
    if v is None or not v.is_positive or not v <= 360:
        raise Decline("an arc's angle between 0 and 360 degrees")
    return _name(circles[0].group(0)), sp.nsimplify(v)


def _name(text: str) -> str:
    m = _CIRCLE.search(text)
    if m is None:
        raise Decline("a circle named")
    return m.group(1) or m.group(2)


def _check_sizes(names: list[str], angle: dict[str, sp.Expr]) -> None:
    """A circle called smaller must have the smaller radius (the larger angle)."""
    for small, large in ((a, b) for a in names for b in names if a != b):
        if small in _SMALL and large in _LARGE and not angle[small] > angle[large]:
            raise Decline("the smaller circle would not be the smaller one")
    if any(n in ("first", "second") for n in names) and len(set(names) - {"first", "second"}):
        raise Decline("circles named two ways")


def _confirm(first_angle: sp.Expr, second_angle: sp.Expr, ratio: sp.Expr, what: str,
             value: sp.Expr) -> None:
    """With radii `ratio` and 1, both arcs integrated again must have equal lengths, and the
    two circles' measures asked (area over chords, circumference as a curve's length,
    radius or diameter as it is) must stand in the ratio `value`."""
    with mpmath.workdps(40):
        def arc(radius: mpmath.mpf, end: mpmath.mpf) -> mpmath.mpf:
            return mpmath.quad(lambda t: mpmath.hypot(-radius * mpmath.sin(t),
                                                      radius * mpmath.cos(t)), [0, end])

        def measure(radius: mpmath.mpf) -> mpmath.mpf:
            if what in ("area", "areas"):
                return mpmath.quad(lambda y: 2 * mpmath.sqrt(radius**2 - y**2), [-radius, radius])
            if what in ("circumference", "circumferences"):
                return arc(radius, 2 * mpmath.pi)
            return radius if what in ("radius", "radii") else 2 * radius

        def radians(degrees: sp.Expr) -> mpmath.mpf:
            return mpmath.mpf(sp.N(degrees, 45)) * mpmath.pi / 180
        first_radius = mpmath.mpf(sp.N(ratio, 45))
        one = arc(first_radius, radians(first_angle))
        two = arc(mpmath.mpf(1), radians(second_angle))
        equal_arcs = abs(one - two) < mpmath.mpf(10) ** -30 * two
        asked = measure(first_radius) / measure(mpmath.mpf(1))
        want = mpmath.mpf(sp.N(value, 45))
        ratio_ok = abs(asked - want) < mpmath.mpf(10) ** -30 * want
    confirm.check(bool(equal_arcs), "the two arcs integrated again have equal lengths")
    confirm.check(bool(ratio_ok), f"the two circles' {what}s measured again give the ratio")


__all__ = ["read_equal_arcs"]
