"""Typed reader: a triangle given by its three side lengths, and the measure (in degrees) or
the cosine of one of its angles: the angle opposite a side, the angle between two sides, or
the largest or smallest angle.

"A triangle has sides 5, 7 and 8. What is the measure of the angle opposite the side of
length 7?", "What is the cosine of the largest angle of a triangle with sides 4, 5 and 6?",
"The sides of a triangle are 3, 5 and 7. Find its largest angle." The cosine comes from the
law of cosines; a measure in degrees is given only when that cosine is an exact angle's (60,
90, 120 degrees ...), never as an arccosine. The sides must make a triangle (each shorter
than the other two together). Confirmed independently: the triangle is built on coordinates
at 40 digits (its third vertex found numerically where two circles meet) and the angle is
measured there between the two sides' vectors with atan2."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    EXACT_FORM,
    number,
    places,
    without_area_units,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "triangle sides side lengths length measure measures measuring with whose and angle "
    "opposite largest greatest biggest smallest least between cosine degree degrees how many "
    "there edge edges formed by included its of long three".split())
_SIDE = (r"(?:the |a )?(?:sides?|edges?)? ?(?:of lengths?|with lengths?|measuring|that "
         r"measures?|whose lengths? (?:is|are)|of)? ?")
_OPPOSITE = re.compile(r"\bangle (?:that is )?opposite " + _SIDE + r"@(\d+)@")
_BETWEEN = re.compile(r"\bangle (?:between|formed by|included (?:between|by)) " + _SIDE +
                      r"@(\d+)@ and @(\d+)@")
_EXTREME = re.compile(r"\b(largest|greatest|biggest|smallest|least) angle\b")


def _which(template: str, maths: list[str]) -> tuple[list[int], str, list[sp.Basic]]:
    """The pieces the question names (not sides), how the angle is named, and the values."""
    found = [(m, kind) for pattern, kind in ((_OPPOSITE, "opposite"), (_BETWEEN, "between"),
                                             (_EXTREME, "extreme"))
             for m in pattern.finditer(template)]
    if len(found) != 1:
        raise Decline("one angle of the triangle asked")
    m, kind = found[0]
    if kind == "extreme":
        return [], m.group(1), []
    refs = [int(g) for g in m.groups()]
    values = [number(maths[i]) for i in refs]
    if any(v is None for v in values):
        raise Decline("a side named by its length")
    return refs, kind, values  # type: ignore[return-value]


def _opposite_side(sides: list[sp.Basic], how: str, values: list[sp.Basic]) -> int:
    """The index (among the sides) of the side opposite the asked angle."""
    if how in ("largest", "greatest", "biggest"):
        return max(range(3), key=lambda k: sides[k])  # type: ignore[no-any-return]
    if how in ("smallest", "least"):
        return min(range(3), key=lambda k: sides[k])  # type: ignore[no-any-return]
    rest = list(range(3))
    for v in values:
        k = next((k for k in rest if sp.simplify(sides[k] - v) == 0), None)
        if k is None:
            raise Decline("the side named is not one of the triangle's")
        rest.remove(k)
    if how == "opposite":  # the one side named
        return next(k for k in range(3) if k not in rest)
    return rest[0]  # between the two sides named: the third is opposite


def _measured(a: sp.Basic, b: sp.Basic, c: sp.Basic) -> mpmath.mpf:
    """The angle opposite a, built on coordinates: P = (0, 0), Q = (c, 0), and R where the
    circle of radius b about P meets the circle of radius a about Q (above the axis)."""
    with mpmath.workdps(40):
        fa, fb, fc = (mpmath.mpf(str(sp.N(x, 45))) for x in (a, b, c))
        x, y = mpmath.findroot(lambda x, y: [x**2 + y**2 - fb**2, (x - fc)**2 + y**2 - fa**2],
                               (fc / 3, fb))
        if y <= 0:
            raise Decline("the third vertex was not found above the base")
        return mpmath.atan2(y, x)


def read_triangle_side_angle(split: Split, template: str) -> Result | None:
    text = re.sub(EXACT_FORM, " ", without_area_units(template))
    w = words(text)
    if "triangle" not in w or "angle" not in w or not words_within(text, VOCAB):
        return None
    refs, how, values = _which(text, split.maths)
    sides = []
    for i in dict.fromkeys(places(text)):
        if i in refs:
            continue
        v = number(split.maths[i])
        if v is None or not v.is_positive:
            raise Decline("three positive side lengths")
        sides.append(v)
    if len(sides) != 3:
        raise Decline("three side lengths")
    if any(2 * s >= sum(sides) for s in sides):
        raise Decline("the sides do not make a triangle")
    if how == "opposite" and len(values) != 1 or how == "between" and len(values) != 2:
        raise Decline("the side named")
    k = _opposite_side(sides, how, values)
    a = sides[k]
    b, c = (sides[j] for j in range(3) if j != k)
    cos = sp.nsimplify(sp.radsimp((b**2 + c**2 - a**2) / (2 * b * c)))
    measured = _measured(a, b, c)
    law = (f"\\cos\\theta = \\frac{{{latex(b)}^2 + {latex(c)}^2 - {latex(a)}^2}}"
           f"{{2 \\cdot {latex(b)} \\cdot {latex(c)}}} = {latex(cos)}")
    steps = [step("the law of cosines", f"The angle is opposite the side {latex(a)}, between "
                  f"the sides {latex(b)} and {latex(c)}.", f"${law}$", law)]
    if "cosine" in w:
        with mpmath.workdps(40):
            off = abs(mpmath.cos(measured) - mpmath.mpf(str(sp.N(cos, 45))))
        confirm.check(off < 1e-30, "the cosine of the angle measured on coordinates agrees")
        return cos, steps
    turns = sp.acos(cos) / sp.pi
    if not turns.is_rational:
        raise Decline("the angle is not an exact number of degrees")
    degrees = sp.Rational(turns) * 180
    with mpmath.workdps(40):
        off = abs(measured * 180 / mpmath.pi - mpmath.mpf(str(sp.N(degrees, 45))))
    confirm.check(off < 1e-30, "the angle measured on coordinates agrees")
    claim = f"\\theta = {latex(degrees)}^\\circ"
    steps.append(step("the angle from its cosine", f"The angle whose cosine is {latex(cos)}.",
                      f"${claim}$", claim))
    return degrees, steps


__all__ = ["read_triangle_side_angle"]
