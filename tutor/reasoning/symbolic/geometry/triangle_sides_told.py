"""A triangle's three sides from what a problem tells of it, in words or by name.

In words: three side lengths ("a triangle with sides 13, 14 and 15", "the sides of a
triangle measure 7, 24 and 25"), a right triangle's legs or a leg and the hypotenuse, an
isosceles triangle's equal sides and base, an equilateral triangle's side. Each number is
bound to the role word before it ("legs 5 and 12": both legs; "a hypotenuse of 13 and a leg
of 5"); a number with no role, a role that does not fit the kind of triangle, or a kind the
sides contradict ("right" sides that fail Pythagoras) declines.

By name: the sides as written maths (`PQ = 13`, `AB = AC = 10`) or two of them and a right
angle (`\\angle C = 90^\\circ`, "right angle at C", "hypotenuse AB"); any other fact (an
angle that is not right, a trigonometric ratio) is left to the triangle solver.

Both return the sides keyed by the vertex each is opposite, and the words not read."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic.geometry.figure_question_words import one_unit
from tutor.reasoning.symbolic.geometry.reading import number
from tutor.reasoning.symbolic.geometry.triangle_facts import NAME, Fact
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.typed import words

Sides = dict[str, sp.Basic]
_ROLE = {"side": "side", "sides": "side", "lengths": "side", "measure": "side",
         "measures": "side", "measuring": "side", "leg": "leg", "legs": "leg",
         "hypotenuse": "hyp", "base": "base"}
_KINDS = frozenset({"equilateral", "isosceles", "right", "scalene"})
_TOLD = frozenset(
    "a an the triangle has have with sides side of length lengths measure measures measuring "
    "and its are is each equilateral isosceles right scalene legs leg hypotenuse base two "
    "equal congruent units unit cm inches inch feet foot meters centimeters m in whose "
    "respectively".split())


def told_sides(split: Split, text: str) -> tuple[Sides, set[str]]:
    """The sides of a triangle told in words; the words of `text` not read."""
    w = words(text)
    one_unit(w)
    kinds = w & _KINDS

    def pair(m: re.Match[str]) -> str:  # "two sides of length 5": an isosceles triangle's legs
        return "legs" if number(split.maths[int(m.group(1))]) == 2 else m.group(0)

    if "isosceles" in kinds:
        text = re.sub(r"@(\d+)@ (?:equal |congruent )?(?:sides|legs)\b", pair, text)
    roles: list[tuple[str, sp.Basic]] = []
    last = 0
    role: str | None = None
    for m in re.finditer(r"@(\d+)@", text):
        value = number(split.maths[int(m.group(1))])
        if value is None or not value.is_positive:
            raise Decline("a positive length for each side")
        between = re.findall(r"[a-z]+", text[last:m.start()])
        said = [_ROLE[x] for x in between if x in _ROLE]
        if said:
            role = said[-1]
        elif role is None or set(between) - {"and"}:
            raise Decline("a length without the side it gives")
        roles.append((role, value))
        last = m.end()
    told = [r for r, _ in roles]
    values = [v for _, v in roles]
    if "right" in kinds:
        if kinds - {"right"}:
            raise Decline("one kind of right triangle")
        if told == ["leg", "leg"]:
            a, b = values
            values = [a, b, sp.sqrt(a**2 + b**2)]
        elif sorted(told) == ["hyp", "leg"]:
            hyp, leg = values if told[0] == "hyp" else values[::-1]
            if not hyp > leg:
                raise Decline("a hypotenuse longer than the leg")
            values = [leg, sp.sqrt(hyp**2 - leg**2), hyp]
        elif told == ["side"] * 3:
            a, b, c = sorted(values)
            if sp.simplify(a**2 + b**2 - c**2) != 0:
                raise Decline("sides of a right triangle that fail Pythagoras")
        else:
            raise Decline("a right triangle's legs or a leg and its hypotenuse")
    elif "equilateral" in kinds:
        if kinds != {"equilateral"} or told != ["side"]:
            raise Decline("one side of an equilateral triangle")
        values = values * 3
    elif told == ["side"] * 3:
        if "isosceles" in kinds and len(set(values)) == 3:
            raise Decline("an isosceles triangle with three different sides")
        if "scalene" in kinds and len(set(values)) < 3:
            raise Decline("a scalene triangle with two equal sides")
    elif "isosceles" in kinds and sorted(told) in (["base", "side"], ["base", "leg"]):
        base = values[told.index("base")]
        leg = values[1 - told.index("base")]
        values = [leg, leg, base]
    else:
        raise Decline("the triangle's three sides")
    rest = re.sub(r"@\d+@", " ", text)
    return dict(zip("ABC", (sp.radsimp(v) for v in values), strict=True)), (
        words(rest) - _TOLD)


def named_sides(split: Split, text: str,
                facts_of: Callable[[Split, str, str, int], list[Fact]]
                ) -> tuple[Sides, set[str]]:
    """The sides of a named triangle from its written facts; the words not read."""
    names = {"".join(m.groups()) for i in re.findall(r"@(\d+)@", text)
             if (m := NAME.fullmatch(split.maths[int(i)]))}
    if len(names) != 1:
        raise Decline("one named triangle")
    name = names.pop()
    if len(set(name)) != 3:
        raise Decline("a triangle with three named vertices")
    facts = facts_of(split, text, name, -1)
    sides: Sides = {}
    right: set[str] = set()
    for kind, what, value in facts:
        if kind == "side":
            assert isinstance(what, frozenset)
            v = (set(name) - what).pop()
            if v in sides and sides[v] != value:
                raise Decline("a side told twice")
            sides[v] = value
        elif kind == "angle" and value == 90:
            right.add(str(what))
        else:
            raise Decline("a fact other than a side or a right angle")
    w = words(re.sub(r"@\d+@", " ", text))
    if len(right) > 1 or ("right" in w and not right and len(sides) < 3):
        raise Decline("which angle is right")
    if right and len(sides) == 2:
        r = right.pop()
        if r in sides:
            leg = next(s for v, s in sides.items() if v != r)
            if not sides[r] > leg:
                raise Decline("a hypotenuse longer than the leg")
            other = (set(name) - set(sides)).pop()
            sides[other] = sp.radsimp(sp.sqrt(sides[r] ** 2 - leg**2))
        else:
            a, b = sides.values()
            sides[r] = sp.radsimp(sp.sqrt(a**2 + b**2))
    elif right or "right" in w:
        r = right.pop() if right else max(sides, key=lambda v: sides[v])
        if len(sides) != 3 or sp.simplify(
                sum(s**2 for v, s in sides.items() if v != r) - sides[r] ** 2) != 0:
            raise Decline("a right triangle whose sides fail Pythagoras")
    if len(sides) != 3:
        raise Decline("the triangle's three sides")
    equal = 3 - len({sp.nsimplify(v) for v in sides.values()})
    if "isosceles" in w and not equal or "equilateral" in w and equal != 2 or \
            "scalene" in w and equal:  # (an "isosceles" triangle 7, 8, 9 is a misreading)
        raise Decline("sides that disagree with the kind of triangle named")
    return {v: sides[v] for v in name}, w - _TOLD - {"in", "we", "let", "be", "where"}


__all__ = ["Sides", "named_sides", "told_sides"]
