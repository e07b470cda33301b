"""Typed reader: a triangle given by its three side lengths; its area (Heron's formula)
or its perimeter.

"What is the area of a triangle whose sides measure 13, 14 and 15?" The sides must make
a triangle (each shorter than the other two together). The area is confirmed as
(1/2) a b sin C with the angle C from the law of cosines, in floating point."""

from __future__ import annotations

import math

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    number,
    places,
    points_in,
    without_area_units,
)
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "triangle sides side lengths length measure measuring area perimeter of with whose are "
    "and its how many what number units".split())


def read_triangle_sides(split: Split, template: str) -> Result | None:
    template = without_area_units(template)
    w = words(template)
    if "triangle" not in w or not w & {"sides", "side", "lengths"} or not words_within(
            template, VOCAB):
        return None
    asked = w & {"area", "perimeter"}
    if len(asked) != 1:
        raise Decline("the area or the perimeter asked")
    sides = []
    for i in dict.fromkeys(places(template)):
        v = number(split.maths[i])
        if v is None or points_in(split.maths[i]) is not None:
            raise Decline("three side lengths")
        sides.append(v)
    if len(sides) != 3 or any(not s.is_positive for s in sides):
        raise Decline("three positive side lengths")
    a, b, c = sides
    if any(2 * s >= a + b + c for s in sides):
        raise Decline("the sides do not make a triangle")
    la, lb, lc = (latex(s) for s in sides)
    if asked == {"perimeter"}:
        v = sp.nsimplify(a + b + c)
        claim = f"{la} + {lb} + {lc} = {latex(v)}"
        confirm.check(abs(float(v) - sum(float(s) for s in sides)) < 1e-9,
                      "adding the sides in floating point gives the same perimeter")
        return v, [step("add the sides", "The perimeter is the sum of the sides.",
                        f"${claim}$", claim)]
    s = (a + b + c) / 2
    area = sp.nsimplify(sp.sqrt(sp.expand(s * (s - a) * (s - b) * (s - c))))
    fa, fb, fc = (float(x) for x in sides)
    angle_c = math.acos((fa * fa + fb * fb - fc * fc) / (2 * fa * fb))
    confirm.check(abs(0.5 * fa * fb * math.sin(angle_c) - float(area)) <= 1e-9 * max(
        1.0, float(area)), "(1/2) ab sin C, with C from the law of cosines, gives the same area")
    ls = latex(s)
    c1 = f"s = \\frac{{{la} + {lb} + {lc}}}{{2}} = {ls}"
    c2 = (f"\\sqrt{{{ls} \\left({ls} - {la}\\right)\\left({ls} - {lb}\\right)\\left({ls} - "
          f"{lc}\\right)}} = {latex(area)}")
    return area, [step("half the perimeter", "Heron's formula uses the semi-perimeter $s$.",
                       f"${c1}$", c1),
                  step("apply Heron's formula", "Area $= \\sqrt{s(s-a)(s-b)(s-c)}$.",
                       f"${c2}$", c2)]


__all__ = ["VOCAB", "read_triangle_sides"]
