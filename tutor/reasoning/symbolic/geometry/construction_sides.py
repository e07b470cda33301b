"""The numbers that fix a construction's figure (`construction_state`): a square's side
(told, from a side named by its letters, or from its area), a rectangle's two neighbouring
sides, a trapezoid's bases (with its height or area, kept on the state), a triangle's three
sides (from two and a right angle, or one side of an equilateral triangle)."""

from __future__ import annotations

from typing import Any

import sympy as sp

from tutor.reasoning.symbolic.geometry.construction_angles import by_angles
from tutor.reasoning.symbolic.geometry.placed_figures import REGULAR
from tutor.reasoning.symbolic.model import Decline


def figure_sides(s: Any, n: str) -> tuple[Any, ...]:
    """The numbers that fix the figure (`placed_figures.Shape.sides`), from what `s` (a
    `construction_state.State`) was told; a trapezoid's name is turned so that its
    bases are its first and third sides."""
    told = {frozenset(s): v for s, v in s.lengths}
    if s.kind in REGULAR:
        k = len(n)
        side = s.side or next((told[frozenset(n[j] + n[(j + 1) % k])] for j in range(k)
                               if frozenset(n[j] + n[(j + 1) % k]) in told), None)
        return () if side is None else (side,)  # no side: known up to its size
    if s.kind == "square":
        side = s.side or next((told[frozenset(n[k] + n[(k + 1) % 4])] for k in range(4)
                                  if frozenset(n[k] + n[(k + 1) % 4]) in told), None)
        if side is None and s.area is not None:
            side = sp.sqrt(s.area)
        return () if side is None else (side,)  # no side: known up to its size
    if s.kind == "rectangle":
        a = told.get(frozenset(n[0:2])) or told.get(frozenset(n[2:4]))
        b = told.get(frozenset(n[1:3])) or told.get(frozenset(n[3] + n[0]))
        if a is None and b is not None and s.area is not None:
            a = s.area / b
        if b is None and a is not None and s.area is not None:
            b = s.area / a
        if a is None or b is None:
            raise Decline("two neighbouring sides of the rectangle")
        return (a, b)
    if s.kind == "trapezoid":
        return _bases(s, n, told)
    if s.kind == "parallelogram":
        return ()
    return _triangle(s, n, told)

def _bases(s: Any, n: str, told: dict) -> tuple[Any, ...]:
    if len(s.parallels) != 1:
        raise Decline("the trapezoid's parallel sides")
    pair = {frozenset(s) for s in s.parallels[0]}
    for turn in range(2):
        m = n[turn:] + n[:turn]
        if pair == {frozenset(m[0:2]), frozenset(m[2:4])}:
            s.name = m
            if s.height is None and s.area is None or frozenset(m[0:2]) not in told \
                    or frozenset(m[2:4]) not in told:
                raise Decline("the trapezoid's bases and its height or area")
            return (told[frozenset(m[0:2])], told[frozenset(m[2:4])])
    raise Decline("a trapezoid's parallel sides are opposite sides")


def _triangle(s: Any, n: str, told: dict) -> tuple[Any, ...]:
    keys = [frozenset(n[1] + n[2]), frozenset(n[2] + n[0]), frozenset(n[0] + n[1])]
    if (s.angles or s.adjective == "equilateral" and s.side is None and not told) and (
            shaped := by_angles(s, n, told)) is not None:
        return shaped  # told by its angles: known up to its size
    if s.adjective == "equilateral":
        side = s.side or next((told[k] for k in keys if k in told), None)
        if side is None:
            raise Decline("the equilateral triangle's side")
        return (side, side, side)
    sides: list[Any] = [told.get(k) for k in keys]
    if "isosceles" in s.adjective:
        return _isosceles(s, n, sides)
    if not any(sides) and not s.right_at and s.area is not None:
        return ()  # told by its area only: its shape is free
    sides = _with_right_angle(s, n, sides)
    if sum(v is None for v in sides) == 1 and not s.right_at and s.area is None:
        return tuple(sides)  # two sides: the angle between them is left free
    return _checked(sides)


def _with_right_angle(s: Any, n: str, sides: list[Any]) -> list[Any]:
    """The third side from two and the right angle's vertex (when there is one)."""
    if not (s.right_at or "right" in s.adjective):
        return sides
    if len(s.right_at) != 1 or s.right_at not in n:
        raise Decline("the right angle at a vertex of the triangle")
    hyp = n.index(s.right_at)
    legs = [k for k in range(3) if k != hyp]
    if sides[hyp] is None and all(sides[k] is not None for k in legs):
        sides[hyp] = sp.sqrt(sum(sides[k] ** 2 for k in legs))
    elif sides[hyp] is not None and sum(sides[k] is None for k in legs) == 1:
        k = next(k for k in legs if sides[k] is None)
        o = next(k for k in legs if sides[k] is not None)
        if not (sides[hyp] - sides[o]).is_positive:
            raise Decline("a hypotenuse longer than a leg")
        sides[k] = sp.sqrt(sides[hyp] ** 2 - sides[o] ** 2)
    elif None not in sides and sp.simplify(sides[legs[0]] ** 2 + sides[legs[1]] ** 2 -
                                           sides[hyp] ** 2) == 0:
        pass  # three sides told that make the right angle
    else:
        raise Decline("two sides of the right triangle")
    return sides


def _isosceles(s: Any, n: str, sides: list[Any]) -> tuple[Any, ...]:
    """An isosceles triangle: with a right angle its legs are equal (one told is enough);
    otherwise its three sides must be told, two of them equal."""
    if s.right_at or "right" in s.adjective:
        if len(s.right_at) != 1 or s.right_at not in n:
            raise Decline("the right angle at a vertex of the triangle")
        legs = [k for k in range(3) if k != n.index(s.right_at)]
        known = {sides[k] for k in legs if sides[k] is not None}
        if len(known) != 1:
            raise Decline("the legs of an isosceles right triangle")
        for k in legs:
            sides[k] = next(iter(known))
        sides = _with_right_angle(s, n, sides)
    out = _checked(sides)
    if len(set(out)) == 3:
        raise Decline("an isosceles triangle with two equal sides")
    return out


def _checked(sides: list[Any]) -> tuple[Any, ...]:
    """Three sides that make a triangle."""
    if any(v is None for v in sides):
        raise Decline("the triangle's three sides")
    a, b, c = sides
    if not all((x + y - z).is_positive for x, y, z in ((a, b, c), (b, c, a), (c, a, b))):
        raise Decline("sides that make a triangle")
    return (a, b, c)


__all__ = ["figure_sides"]
