"""A construction's triangle told by its angles and no length (`construction_sides`): "In
$\\triangle ABC$, $\\angle A = 50^\\circ$ and $\\angle B = 60^\\circ$ ...", an equilateral
triangle of no told size. Its shape is fixed and its size is not: it is built with AB = 1
(the other sides by the law of sines, exact), and the state marked so that only what every
size shares (an angle, a ratio) may be asked (`construction_wording`)."""

from __future__ import annotations

from typing import Any

import sympy as sp

from tutor.reasoning.symbolic.model import Decline


def angles_told(s: Any, n: str) -> dict[str, sp.Expr]:
    """The triangle's angles the text tells, by vertex ("\\angle ABC = 50" is the angle at B
    and must be the triangle's own), with a told right angle."""
    out: dict[str, sp.Expr] = {}
    for name, value in s.angles:
        vertex = name if len(name) == 1 else name[1]
        if vertex not in n or len(name) == 3 and set(name) != set(n):
            raise Decline("an angle told that is not one of the triangle's")
        if out.get(vertex, value) != value:
            raise Decline("one angle told two ways")
        out[vertex] = value
    if s.right_at:
        if len(s.right_at) != 1 or out.get(s.right_at, 90) != 90:
            raise Decline("one angle told two ways")
        out[s.right_at] = sp.Integer(90)
    if s.adjective == "equilateral":
        if any(v != 60 for v in out.values()):
            raise Decline("an equilateral triangle's angles are 60 degrees")
        out = dict.fromkeys(n, sp.Integer(60))
    equal = _equal_angles(s, n)
    if len(out) == 1 and equal:  # an isosceles triangle and one of its angles
        (vertex, value), (p, q) = next(iter(out.items())), equal
        if vertex in (p, q):
            out = {p: value, q: value, next(v for v in n if v not in (p, q)): 180 - 2 * value}
        else:
            out |= {p: (180 - value) / 2, q: (180 - value) / 2}
    return out


def _equal_angles(s: Any, n: str) -> tuple[str, str] | None:
    """"AB = AC" told of the triangle: the angles at C and B (opposite the equal sides) are
    equal; None when no two of its sides are told equal (or more than one pair is)."""
    pairs = [(a, b) for a, b, k in s.ratios if k == 1 and set(a) <= set(n) and set(b) <= set(n)
             and set(a) != set(b)]
    if len(pairs) != 1:
        return None
    a, b = pairs[0]
    return (next(v for v in n if v not in a), next(v for v in n if v not in b))


def by_angles(s: Any, n: str, told: dict) -> tuple[Any, ...] | None:
    """The sides (BC, CA, AB) of a triangle told by two or three angles and no length, with
    AB = 1; None when the text tells no angle (other than a right angle with lengths)."""
    angles = angles_told(s, n)
    if not s.angles and s.adjective != "equilateral":
        return None
    if told or s.side is not None or s.area is not None or "isosceles" in s.adjective and \
            _equal_angles(s, n) is None:
        raise Decline("a triangle told by its angles and no length")
    if len(angles) == 2:
        third = next(v for v in n if v not in angles)
        angles[third] = 180 - sum(angles.values())
    if len(angles) != 3 or sum(angles.values()) != 180 or not all(
            v.is_positive for v in angles.values()):
        raise Decline("two or three angles of a triangle, adding to 180 degrees")
    if "right" in s.adjective and 90 not in angles.values():
        raise Decline("a right triangle with a right angle")
    a, b, c = (sp.sin(angles[v] * sp.pi / 180) for v in n)
    s.scale_free = True
    return (a / c, b / c, sp.Integer(1))


__all__ = ["by_angles"]
