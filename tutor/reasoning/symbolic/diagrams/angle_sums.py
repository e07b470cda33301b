"""The angles of a drawn convex polygon, labelled in the figure: "What is the value of $x$?"
for a triangle labelled $30^\\circ$, $2x$ and $x$ at its corners (3x + 30 = 180), or "the
measure of angle $P$" in a pentagon with its other four angles labelled (sum 540).

The labels are the givens, never the drawing: each angle label must sit inside the
polygon clearly nearest one corner (or at the corner, set off into the polygon), a
right-angle mark counts 90 degrees, and the interior angles of an n-gon add up to
(n - 2) 180. The figure must be that one polygon and nothing else drawn. The answer is
confirmed by putting it back into every angle (each strictly between 0 and 180) and
adding them again with exact fractions."""

from __future__ import annotations

import math
import re
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.diagrams.figure import Figure, Label, Pair, require
from tutor.reasoning.symbolic.model import latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "value values diagram figure shown below above right in degrees degree number measure "
    "how many are there angle find what is of the compute determine".split())
_NAME = re.compile(r"\s*\$?\s*[A-Z]\s*\$?\s*")
_DEGREE_SIGN = re.compile(r"\^\s*\{?\s*\\circ\s*\}?")
_ASK_ANGLE = re.compile(r"\s*(?:m\s*)?(?:\\angle\s*)?\{?\s*([A-Z]{1,3})\s*\}?\s*")


def _cycle(figure: Figure) -> list[Pair]:
    """The corners in order, when everything drawn is one convex polygon."""
    segs = figure.segments()
    require(len(segs) >= 3 and not figure.fills, "a figure that is not one polygon")
    corners: list[Pair] = [segs[0][0], segs[0][1]]
    used = {0}
    while len(used) < len(segs):
        nxt = [(i, b if a.same(corners[-1]) else a) for i, (a, b) in enumerate(segs)
               if i not in used and (a.same(corners[-1]) or b.same(corners[-1]))]
        require(len(nxt) == 1, "a figure that is not one polygon")
        used.add(nxt[0][0])
        corners.append(nxt[0][1])
    require(corners[-1].same(corners[0]), "a figure that is not one closed polygon")
    corners.pop()
    require(len(corners) == len(segs), "a figure that is not one polygon")
    turns = [_cross(corners[i - 1], corners[i], corners[(i + 1) % len(corners)])
             for i in range(len(corners))]
    require(all(t > 1e-9 for t in turns) or all(t < -1e-9 for t in turns),
            "a polygon that is not convex")
    return corners


def _cross(a: Pair, b: Pair, c: Pair) -> float:
    (ax, ay), (bx, by), (cx, cy) = a.numeric(), b.numeric(), c.numeric()
    return (bx - ax) * (cy - by) - (by - ay) * (cx - bx)


def _inside(p: tuple[float, float], corners: list[Pair]) -> bool:
    """Strictly inside the convex polygon, by a clear margin (near a corner, a clear angle
    away from both its sides)."""
    pts = [c.numeric() for c in corners]
    sign = 1 if _cross(corners[0], corners[1], corners[2]) > 0 else -1
    size = max(math.dist(a, b) for a in pts for b in pts)
    margin = min(0.01 * size, 0.1 * min(math.dist(p, c) for c in pts))
    for a, b in zip(pts, pts[1:] + pts[:1], strict=True):
        side = ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) / math.dist(a, b)
        if side * sign <= margin:
            return False
    return True


def corner_of(label: Label, corners: list[Pair]) -> int:
    """The corner whose angle a label names: where its text is set (its point, moved a
    little the way its direction says), inside the polygon and clearly nearest one corner."""
    require(isinstance(label.at, Pair), "an angle label on a path")
    assert isinstance(label.at, Pair)
    pts = [c.numeric() for c in corners]
    size = max(math.dist(a, b) for a in pts for b in pts)
    x, y = label.at.numeric()
    places = [(x, y)]
    if label.towards is not None and any(label.towards.numeric()):
        dx, dy = label.towards.numeric()
        unit = math.hypot(dx, dy)
        places = [(x + t * size * dx / unit, y + t * size * dy / unit) for t in (0.02, 0.04, 0.06)]
    found = set()
    for p in places:
        require(_inside(p, corners), "an angle label outside the polygon")
        ranked = sorted((math.dist(p, c), i) for i, c in enumerate(pts))
        require(ranked[0][0] < 0.5 * ranked[1][0], "an angle label between two corners")
        found.add(ranked[0][1])
    require(len(found) == 1, "an angle label between two corners")
    return found.pop()


def angle_value(text: str) -> sp.Expr:
    """A label's angle in degrees: "$40^\\circ$", "$x^\\circ$", "$2x$" (a bare number is a
    length, never an angle)."""
    require(text.count("$") in (0, 2), "an angle label I cannot read")
    raw = text.replace("$", "").strip()
    body = _DEGREE_SIGN.sub("", raw).strip()
    require(bool(body) and re.fullmatch(r"[\da-z+\-()\s.{}]+", body) is not None,
            "an angle label I cannot read")
    value = sp.expand(parse_latex(body))
    require(body != raw or bool(value.free_symbols), "a number with no degree sign")
    letters = value.free_symbols
    require(len(letters) <= 1, "an angle label in two unknowns")
    if letters:
        require(sp.Poly(value, *letters).total_degree() == 1, "an angle label that is not linear")
    return value


def is_name(text: str) -> bool:
    """A label that names a point ("$A$")."""
    return _NAME.fullmatch(text) is not None


def angle_sum(figure: Figure, split: Split, template: str) -> Result | None:
    if "angle" not in template and "degrees" not in template and "value" not in template:
        return None
    if not words_within(template, VOCAB):
        return None
    require(len(split.maths) == 1, "one unknown asked")
    corners = _cycle(figure)
    names = {lab.text.strip("$ "): lab.at for lab in figure.labels
             if _NAME.fullmatch(lab.text) and isinstance(lab.at, Pair)}
    angles: dict[int, sp.Expr] = {}
    for lab in figure.labels:
        if _NAME.fullmatch(lab.text):
            continue
        i = corner_of(lab, corners)
        require(i not in angles, "two labels at one corner")
        angles[i] = angle_value(lab.text)
    for _a, b, _c in figure.right_marks:
        at = [i for i, q in enumerate(corners) if q.same(b)]
        require(len(at) == 1, "a right-angle mark not at a corner")
        require(at[0] not in angles or angles[at[0]] == 90, "two givens at one corner")
        angles[at[0]] = sp.Integer(90)
    asked_src = split.maths[0]
    unknown = sp.Symbol("asked_angle")
    letter = re.fullmatch(r"\s*([a-z])\s*", asked_src)
    if letter:
        target: sp.Expr = sp.Symbol(letter.group(1))
        require(all(i in angles for i in range(len(corners))), "an angle with no label")
    else:
        m = _ASK_ANGLE.fullmatch(asked_src)
        require(m is not None and "angle" in template, "what is asked")
        assert m is not None
        vertex = m.group(1)[len(m.group(1)) // 2]
        require(vertex in names, "an angle at a corner that is not named")
        at = [i for i, q in enumerate(corners) if q.same(names[vertex])]
        require(len(at) == 1 and at[0] not in angles, "the asked angle is not the one unknown")
        if len(m.group(1)) == 3:
            ends = {m.group(1)[0], m.group(1)[2]}
            near = {corners[at[0] - 1], corners[(at[0] + 1) % len(corners)]}
            require(all(e in names and any(names[e].same(q) for q in near) for e in ends),
                    "an angle that is not one of the polygon's")
        angles[at[0]] = unknown
        target = unknown
        require(len(angles) == len(corners), "an angle with no label")
    total = sp.Integer((len(corners) - 2) * 180)
    symbols = set().union(*(e.free_symbols for e in angles.values()))
    require(symbols == {target}, "one unknown in the angles")
    solved = sp.solve(sp.Eq(sum(angles.values()), total), target)
    require(len(solved) == 1, "the angles do not fix the unknown")
    value = sp.nsimplify(solved[0])
    require(value.is_Rational, "a whole or fractional number of degrees")
    fixed = [e.subs(target, value) for e in angles.values()]
    require(all(0 < v < 180 for v in fixed), "an angle out of range")
    again = sum((Fraction(int(v.p), int(v.q)) for v in fixed), Fraction(0))
    confirm.number(mpmath.mpf(again.numerator) / again.denominator, total,
                   "the angles added again with exact fractions")
    written = " + ".join(f"({latex(e)})" if e.free_symbols else latex(e)
                         for e in angles.values())
    steps = [step("Angle sum", "The interior angles of a polygon with n sides add up to "
                  "(n - 2) 180 degrees.", f"The figure is a polygon with {len(corners)} "
                  f"sides, so its angles add up to ${latex(total)}^\\circ$."),
             step("Solve", "Add the labelled angles and solve.",
                  f"${written} = {latex(total)}$, so ${latex(target)} = {latex(value)}$.")]
    if not letter:
        steps[-1] = step("Solve", "Subtract the other angles from the sum.",
                         f"The angle is ${latex(value)}^\\circ$.")
    return value, steps


__all__ = ["VOCAB", "angle_sum", "angle_value", "corner_of", "is_name"]
