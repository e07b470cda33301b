"""Angles around one point, labelled in a figure: rays from a point V cut the plane into
sectors; "What is the value of $x$?" when the labels cover every sector (they add up to
360 degrees) or every sector on one side of a straight line through V (180 degrees).

The labels are the givens, never the drawing: a label is read only when where its text
is set (its point, moved a little the way its direction says) lies clearly inside one
sector, a clear angle away from both of its rays. A right-angle mark, or a small square
drawn in the corner of a sector, counts 90 degrees. Everything drawn must be a ray from V
(or a line through V). The answer is put back into every sector and the sum is added again
with exact fractions."""

from __future__ import annotations

import math
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.diagrams.angle_sums import VOCAB as POLYGON_WORDS
from tutor.reasoning.symbolic.diagrams.angle_sums import angle_value, is_name
from tutor.reasoning.symbolic.diagrams.figure import Figure, Label, Pair, Path, require
from tutor.reasoning.symbolic.model import latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = POLYGON_WORDS | frozenset("line lines segment straight plane point".split())
_CLEAR = math.radians(8)  # a label's direction at least this far from a ray


def corner_squares(figure: Figure) -> tuple[list[tuple[Pair, Pair]], list[Path]]:
    """The segments drawn, less small closed 4-gons (right-angle marks drawn by hand), and
    those 4-gons."""
    drawn = figure.segments()
    require(bool(drawn), "a figure with no lines")
    longest = max(math.dist(a.numeric(), b.numeric()) for a, b in drawn)
    squares: list[Path] = []
    for item in figure.drawn:
        if isinstance(item, Path) and item.closed and len(item.nodes) == 4:
            sides = item.segments()
            if all(math.dist(a.numeric(), b.numeric()) < 0.1 * longest for a, b in sides):
                drawn = [s for s in drawn if not any(
                    (s[0].same(a) and s[1].same(b)) or (s[0].same(b) and s[1].same(a))
                    for a, b in sides)]
                squares.append(item)
    return drawn, squares


def _rays(segs: list[tuple[Pair, Pair]]) -> tuple[Pair, list[float]]:
    """The common point and the directions (radians) of the rays from it."""
    ends = [p for s in segs for p in s]
    common = [p for p in ends if all(_through(p, s) for s in segs)]
    require(bool(common), "a figure that is not rays from one point")
    v = common[0]
    rays: list[float] = []
    vx, vy = v.numeric()
    for a, b in segs:
        for end in (a, b):
            if not end.same(v):
                ex, ey = end.numeric()
                rays.append(math.atan2(ey - vy, ex - vx) % (2 * math.pi))
    rays.sort()
    require(all(b - a > 2 * _CLEAR for a, b in zip(rays, rays[1:], strict=False))
            and len(rays) >= 2, "rays too close together to read")
    return v, rays


def _through(p: Pair, s: tuple[Pair, Pair]) -> bool:
    (px, py), (ax, ay), (bx, by) = p.numeric(), s[0].numeric(), s[1].numeric()
    cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax)
    dot = (px - ax) * (bx - ax) + (py - ay) * (by - ay)
    size = math.dist((ax, ay), (bx, by))
    return abs(cross) < 1e-9 * size * size and -1e-9 <= dot <= size * size * (1 + 1e-9)


def sector(direction: float, rays: list[float]) -> int:
    """Index i of the sector from rays[i] to rays[i+1] (counterclockwise) holding the
    direction clearly inside it."""
    found = clear_sector(direction, rays)
    require(found is not None, "an angle label too close to a ray")
    assert found is not None
    return found


def clear_sector(direction: float, rays: list[float]) -> int | None:
    """`sector`, or None when the direction is too close to a ray to say."""
    for i, start in enumerate(rays):
        end = rays[(i + 1) % len(rays)] + (2 * math.pi if i == len(rays) - 1 else 0)
        d = direction if direction >= start else direction + 2 * math.pi
        if start + _CLEAR < d < end - _CLEAR:
            return i
    return None


def label_places(label: Label, size: float) -> list[tuple[float, float]]:
    """Where a label's text may sit: its point, or (with a direction) its point moved a
    little that way, by 2 to 6 hundredths of the figure's size."""
    assert isinstance(label.at, Pair)
    x, y = label.at.numeric()
    if label.towards is None or not any(label.towards.numeric()):
        return [(x, y)]
    dx, dy = label.towards.numeric()
    unit = math.hypot(dx, dy)
    return [(x + t * size * dx / unit, y + t * size * dy / unit) for t in (0.02, 0.04, 0.06)]


def _label_sector(label: Label, v: Pair, rays: list[float], size: float) -> int:
    """The sector the label's text sits in: every place it may sit that is clear of the rays
    must agree, and one at least must be clear."""
    require(isinstance(label.at, Pair), "an angle label on a path")
    vx, vy = v.numeric()
    found = {clear_sector(math.atan2(py - vy, px - vx) % (2 * math.pi), rays)
             for px, py in label_places(label, size)
             if math.dist((px, py), (vx, vy)) > 1e-9 * size}
    found.discard(None)
    require(len(found) == 1, "an angle label between two sectors")
    return found.pop()  # type: ignore[return-value]


def angles_at_point(figure: Figure, split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB) or "value" not in template and "degrees" not in template:
        return None
    asked = [s for s in split.maths if len(s.strip()) == 1 and s.strip().islower()]
    require(len(asked) == 1 and len(split.maths) <= 3, "one unknown asked")
    require(not figure.fills and not figure.unread_marks, "marks in the figure I cannot read")
    segs, squares = corner_squares(figure)
    v, rays = _rays(segs)
    size = max(math.dist(a.numeric(), b.numeric()) for a, b in segs)
    sectors: dict[int, sp.Expr] = {}
    for lab in figure.labels:
        if is_name(lab.text):
            continue
        i = _label_sector(lab, v, rays, size)
        require(i not in sectors, "two labels in one angle")
        sectors[i] = angle_value(lab.text)
    vx, vy = v.numeric()
    inside: list[tuple[float, float]] = []  # a point inside each right angle marked
    for a, b, c in figure.right_marks:
        require(b.same(v), "a right-angle mark away from the point")
        (ax, ay), (cx, cy) = a.numeric(), c.numeric()
        inside.append(((ax + cx) / 2, (ay + cy) / 2))
    for square in squares:
        at = [k for k, q in enumerate(square.nodes) if q.same(v)]
        require(len(at) == 1, "a small square away from the point")
        inside.append(square.nodes[(at[0] + 2) % 4].numeric())
    for px, py in inside:
        i = sector(math.atan2(py - vy, px - vx) % (2 * math.pi), rays)
        require(sectors.get(i, 90) == 90, "two givens in one angle")
        sectors[i] = sp.Integer(90)
    target = sp.Symbol(asked[0].strip())
    whole = len(sectors) == len(rays)
    side = _straight_side(rays, sectors) if not whole else None
    require(whole or side is not None, "an angle with no label")
    used = list(sectors.values()) if whole else [sectors[i] for i in side or []]
    total = sp.Integer(360 if whole else 180)
    require(set().union(*(e.free_symbols for e in used)) == {target}, "one unknown in the angles")
    solved = sp.solve(sp.Eq(sum(used), total), target)
    require(len(solved) == 1 and sp.nsimplify(solved[0]).is_Rational, "the angles fix x")
    value = sp.nsimplify(solved[0])
    fixed = [e.subs(target, value) for e in used]
    require(all(0 < f < 180 for f in fixed), "an angle out of range")
    again = sum((Fraction(int(f.p), int(f.q)) for f in fixed), Fraction(0))
    confirm.number(mpmath.mpf(again.numerator) / again.denominator, total,
                   "the angles added again with exact fractions")
    how = "all the way around a point" if whole else "along a straight line"
    written = " + ".join(f"({latex(e)})" if e.free_symbols else latex(e) for e in used)
    return value, [
        step("Angles at a point", f"Angles {how} add up to {total} degrees.",
             f"The marked angles lie {how}, so they add up to ${latex(total)}^\\circ$."),
        step("Solve", "Add the angles and solve.",
             f"${written} = {latex(total)}$, so ${latex(target)} = {latex(value)}$.")]


def _straight_side(rays: list[float], sectors: dict[int, sp.Expr]) -> list[int] | None:
    """The sectors between two opposite rays, when they are all labelled."""
    n = len(rays)
    for i in range(n):
        for j in range(n):
            if i != j and abs((rays[j] - rays[i]) % (2 * math.pi) - math.pi) < 1e-9:
                side = [k % n for k in range(i, i + (j - i) % n)]
                if side and all(k in sectors for k in side):
                    return side
    return None


__all__ = ["VOCAB", "angles_at_point", "clear_sector", "corner_squares", "label_places",
           "sector"]
