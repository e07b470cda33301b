"""Typed reader: a triangle given by its three side lengths; its area (Heron's formula)
or its perimeter.

"What is the area of a triangle whose sides measure 13, 14 and 15?" The sides must make
a triangle (each shorter than the other two together). The area is confirmed as
(1/2) a b sin C with the angle C from the law of cosines, in floating point."""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import (
    COMMON,
    number,
    places,
    points_in,
    without_area_units,
)
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words, words_within

VOCAB = COMMON | frozenset(
    "triangle sides side lengths length measure measuring area perimeter of with whose are "
    "and its how many what number units".split())


_NAME = re.compile(r"\s*(?:\\triangle\s*)?([A-Z]{3})\s*")
_FACT_WORDS = frozenset("triangle has sides side of length lengths measuring measure with units "
                        "and whose are".split())
_RATIO = re.compile(r"(?:what is |find )?the ratio of the (area|perimeter) of (?:triangle )?"
                    r"@(\d+)@ to the \1 of (?:triangle )?@(\d+)@\s*[?.]?\s*(?:express your "
                    r"answer as a common fraction\.?)?\s*$")


def _unnamed(split: Split, template: str) -> str:
    """A triangle named by its vertices ("triangle $ABC$"), one name all through: the name
    dropped, so that only the side lengths are left as pieces."""
    names = {i: m.group(1) for i in dict.fromkeys(places(template))
             if (m := _NAME.fullmatch(split.maths[i]))}
    if len(set(names.values())) != 1:
        return template
    return re.sub(r"@(\d+)@", lambda m: " " if int(m.group(1)) in names else m.group(0),
                  template)


def read_two_triangles(split: Split, template: str) -> Result | None:
    """"Triangle ABC has sides 5, 12 and 13, and triangle DEF has sides 8, 15 and 17: the
    ratio of the area (or perimeter) of ABC to that of DEF" by Heron's formula for each."""
    template = without_area_units(template)
    asked = _RATIO.search(template)
    if asked is None or "triangle" not in template:
        return None
    facts = template[:asked.start()]
    order = list(dict.fromkeys(places(facts)))
    named = [i for i in order if _NAME.fullmatch(split.maths[i])]
    if len(order) != 8 or named != [order[0], order[4]] or set(words(facts)) - FILLER - \
            _FACT_WORDS:
        return None
    names = [_NAME.fullmatch(split.maths[i]).group(1) for i in named]  # type: ignore[union-attr]
    first, second = (_NAME.fullmatch(split.maths[int(asked.group(i))]) for i in (2, 3))
    if first is None or second is None or {first.group(1), second.group(1)} != set(names) or \
            names[0] == names[1]:
        raise Decline("the ratio of the two triangles named")
    sides = [[number(split.maths[i]) for i in order[1:4]],
             [number(split.maths[i]) for i in order[5:]]]
    if any(v is None or not v.is_positive for group in sides for v in group):
        raise Decline("three positive side lengths for each triangle")
    measures: list[sp.Expr] = []
    steps: list[Step] = []
    for name, group in zip(names, sides, strict=True):
        measure = _perimeter if asked.group(1) == "perimeter" else _area
        v, how = measure(group)  # type: ignore[arg-type]
        if not isinstance(v, sp.Expr):  # the measures are numbers worked out above
            raise Decline("a side measure that is not a number")
        measures.append(v)
        steps += [step(s.rule or "", s.hint or "", f"Triangle ${name}$: {s.text}", s.latex or "")
                  for s in how]
    top, bottom = measures if names[0] == first.group(1) else measures[::-1]
    ratio = sp.nsimplify(top / bottom)
    confirm.check(abs(float(ratio) - float(top) / float(bottom)) < 1e-12,
                  "dividing the two measures in floating point gives the same ratio")
    claim = f"\\frac{{{latex(top)}}}{{{latex(bottom)}}} = {latex(ratio)}"
    steps.append(step("divide", f"The ratio of the {asked.group(1)}s.", f"${claim}$", claim))
    return ratio, steps


def read_triangle_sides(split: Split, template: str) -> Result | None:
    template = _unnamed(split, without_area_units(template))
    w = words(template)
    if "triangle" not in w or not w & {"sides", "side", "lengths"} or not words_within(
            template, VOCAB):
        return None
    asked = w & {"area", "perimeter"}
    if len(asked) != 1:
        raise Decline("the area or the perimeter asked")
    template = _without_side_count(split, template)
    sides = []
    for i in dict.fromkeys(places(template)):
        v = number(split.maths[i])
        if v is None or points_in(split.maths[i]) is not None:
            raise Decline("three side lengths")
        sides.append(v)
    if len(sides) != 3 or any(not s.is_positive for s in sides):
        raise Decline("three positive side lengths")
    return (_perimeter if asked == {"perimeter"} else _area)(sides)


_SIDE_COUNT = re.compile(r"@(\d+)@\s*(?=(?:sides|side lengths)\b)")


def _without_side_count(split: Split, template: str) -> str:
    """"A triangle with two sides 3 and 4": the number before "sides" counts them and is
    no length. Three ("its three sides 3, 4 and 5") is dropped; any other count leaves a
    side unknown (the area is not fixed by two sides alone)."""
    m = _SIDE_COUNT.search(template)
    if m is None:
        return template
    if number(split.maths[int(m.group(1))]) != 3:
        raise Decline("all three side lengths (two sides alone do not fix the triangle)")
    return template[:m.start()] + " " + template[m.end():]


def _perimeter(sides: list[sp.Basic]) -> Result:
    a, b, c = _triangle(sides)
    la, lb, lc = (latex(s) for s in sides)
    v = sp.nsimplify(a + b + c)
    claim = f"{la} + {lb} + {lc} = {latex(v)}"
    confirm.check(abs(float(v) - sum(float(s) for s in sides)) < 1e-9,
                  "adding the sides in floating point gives the same perimeter")
    return v, [step("add the sides", "The perimeter is the sum of the sides.",
                    f"${claim}$", claim)]


def _triangle(sides: list[sp.Basic]) -> list[sp.Basic]:
    a, b, c = sides
    if any(2 * s >= a + b + c for s in sides):
        raise Decline("the sides do not make a triangle")
    return sides


def _area(sides: list[sp.Basic]) -> Result:
    a, b, c = _triangle(sides)
    la, lb, lc = (latex(s) for s in sides)
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


__all__ = ["VOCAB", "read_triangle_sides", "read_two_triangles"]
