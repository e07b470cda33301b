"""Angle chasing in a figure of straight lines: "In the diagram, what is the value of $y$?"
with a triangle, a line through one side and angles labelled here and there.

Every point where drawn lines meet is a junction; the rays from it cut the plane into
angles (unknowns). What is true of any drawing of the same lines is written as linear
equations: the angles around a junction add to 360, those on one side of a straight line
through it to 180, the three angles of every triangle the lines form to 180; each label
(read only when its text sits clearly inside one angle at one junction, as in
`angles_at_point`) and each right-angle mark gives an angle's value. Coordinates decide
only which angle a label names and which lines form a triangle, never a size. The letter
asked must be fixed by these equations (solved with SymPy, and again by our own exact
elimination with Python fractions; they must agree)."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.diagrams.angle_sums import angle_value, is_name
from tutor.reasoning.symbolic.diagrams.angles_at_point import (
    VOCAB,
    clear_sector,
    corner_squares,
    label_places,
    sector,
)
from tutor.reasoning.symbolic.diagrams.figure import Figure, Label, Pair, require
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

Point = tuple[float, float]
_MAX_POINTS = 14


def _key(p: Point) -> tuple[int, int]:
    return round(p[0] * 1e6), round(p[1] * 1e6)


def _lines(segs: list[tuple[Pair, Pair]]) -> list[list[Point]]:
    """Drawn segments merged into straight lines; each the sorted points on it."""
    lines: list[tuple[Point, Point]] = []
    for a, b in segs:
        p, q = a.numeric(), b.numeric()
        for k, (u, v) in enumerate(lines):
            if _on_line(p, u, v) and _on_line(q, u, v):
                pts = sorted([u, v, p, q], key=lambda r: _along(r, u, v))
                lines[k] = (pts[0], pts[-1])  # an overlap or a touching extension
                break
        else:
            lines.append((p, q))
    out = []
    for u, v in lines:
        pts = [u, v]
        for s, t in lines:
            cross = _meet(u, v, s, t)
            if cross is not None:
                pts.append(cross)
        unique = {_key(r): r for r in pts}
        out.append(sorted(unique.values(), key=lambda r: _along(r, u, v)))
    return out


def _along(r: Point, u: Point, v: Point) -> float:
    return (r[0] - u[0]) * (v[0] - u[0]) + (r[1] - u[1]) * (v[1] - u[1])


def _on_line(p: Point, u: Point, v: Point) -> bool:
    size = math.dist(u, v)
    return abs((v[0] - u[0]) * (p[1] - u[1]) - (v[1] - u[1]) * (p[0] - u[0])) < 1e-9 * size * size


def _meet(u: Point, v: Point, s: Point, t: Point) -> Point | None:
    r, q = (v[0] - u[0], v[1] - u[1]), (t[0] - s[0], t[1] - s[1])
    den = r[0] * q[1] - r[1] * q[0]
    if abs(den) < 1e-12:
        return None
    a = ((s[0] - u[0]) * q[1] - (s[1] - u[1]) * q[0]) / den
    b = ((s[0] - u[0]) * r[1] - (s[1] - u[1]) * r[0]) / den
    if -1e-9 <= a <= 1 + 1e-9 and -1e-9 <= b <= 1 + 1e-9:
        return (u[0] + a * r[0], u[1] + a * r[1])
    return None


class _Chase:
    def __init__(self, lines: list[list[Point]]) -> None:
        self.lines = lines
        self.rays: dict[tuple[int, int], list[tuple[float, Point]]] = {}
        for pts in lines:
            for i, p in enumerate(pts):
                for j in (i - 1, i + 1):
                    if 0 <= j < len(pts):
                        d = math.atan2(pts[j][1] - p[1], pts[j][0] - p[0]) % (2 * math.pi)
                        self.rays.setdefault(_key(p), []).append((d, pts[j]))
        self.points = {_key(p): p for pts in lines for p in pts}
        require(len(self.points) <= _MAX_POINTS, "a figure with too many points to chase")
        self.junctions = {k: sorted(r) for k, r in self.rays.items() if len(r) >= 2}
        self.var: dict[tuple[tuple[int, int], int], sp.Symbol] = {}
        for k, rays in self.junctions.items():
            for i in range(len(rays)):
                self.var[(k, i)] = sp.Symbol(f"angle_{len(self.var)}")

    def directions(self, k: tuple[int, int]) -> list[float]:
        return [d for d, _ in self.junctions[k]]

    def equations(self) -> list[sp.Expr]:
        eqs: list[sp.Expr] = []
        for k, rays in self.junctions.items():
            n = len(rays)
            eqs.append(sum(self.var[(k, i)] for i in range(n)) - 360)
            for i, j in itertools.permutations(range(n), 2):
                if abs((rays[j][0] - rays[i][0]) % (2 * math.pi) - math.pi) < 1e-9:
                    eqs.append(sum(self.var[(k, m % n)] for m in range(i, i + (j - i) % n)) - 180)
        for u, v, w in itertools.combinations(self.points, 3):
            corners = [self.points[u], self.points[v], self.points[w]]
            if self._triangle(corners):
                eqs.append(sum(self._inner(c, corners) for c in corners) - 180)
        return eqs

    def _triangle(self, corners: list[Point]) -> bool:
        a, b, c = corners
        if abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) < 1e-9:
            return False
        return all(any(_key(p) in map(_key, pts) and _key(q) in map(_key, pts)
                       for pts in self.lines) for p, q in ((a, b), (b, c), (c, a)))

    def _inner(self, at: Point, corners: list[Point]) -> sp.Expr:
        """The triangle's angle at `at`: the angles between its rays toward the others."""
        k = _key(at)
        others = [c for c in corners if _key(c) != k]
        dirs = self.directions(k)
        idx = [_nearest(dirs, _toward(at, o)) for o in others]
        i, j = idx
        if (dirs[j] - dirs[i]) % (2 * math.pi) > math.pi:
            i, j = j, i
        n = len(dirs)
        return sum((self.var[(k, m % n)] for m in range(i, i + (j - i) % n)), sp.Integer(0))


def _nearest(dirs: list[float], d: float) -> int:
    gaps = [_gap(r, d) for r in dirs]
    return gaps.index(min(gaps))


def _toward(p: Point, q: Point) -> float:
    return math.atan2(q[1] - p[1], q[0] - p[0]) % (2 * math.pi)


def _gap(a: float, b: float) -> float:
    d = abs(a - b) % (2 * math.pi)
    return min(d, 2 * math.pi - d)


def _labelled(chase: _Chase, label: Label, size: float) -> tuple[sp.Symbol, sp.Expr]:
    """The angle a label names: at the junction clearly nearest where its text sits, the
    angle its text sits clearly inside (places too close to a ray are not counted)."""
    require(isinstance(label.at, Pair), "an angle label on a path")
    found = set()
    for p in label_places(label, size):
        ranked = sorted((math.dist(p, chase.points[k]), k) for k in chase.junctions)
        require(len(ranked) == 1 or ranked[0][0] < 0.5 * ranked[1][0],
                "an angle label between two points")
        k = ranked[0][1]
        require(ranked[0][0] > 1e-9 * size, "an angle label with no direction")
        dirs = chase.directions(k)
        i = clear_sector(_toward(chase.points[k], p), dirs)
        if i is not None:
            spread = (dirs[(i + 1) % len(dirs)] - dirs[i]) % (2 * math.pi)
            require(spread < math.pi, "a label in an angle wider than a straight line")
            found.add((k, i))
    require(len(found) == 1, "an angle label between two angles")
    return chase.var[found.pop()], angle_value(label.text)


def angle_chase(figure: Figure, split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB) or "value" not in template and "degrees" not in template:
        return None
    asked = [s for s in split.maths if len(s.strip()) == 1 and s.strip().islower()]
    require(len(asked) == 1 and len(split.maths) <= 3, "one unknown asked")
    require(not figure.fills and not figure.unread_marks, "marks in the figure I cannot read")
    segs, squares = corner_squares(figure)
    chase = _Chase(_lines(segs))
    size = max(math.dist(a.numeric(), b.numeric()) for a, b in segs)
    eqs = chase.equations()
    for lab in figure.labels:
        if not is_name(lab.text):
            var, value = _labelled(chase, lab, size)
            eqs.append(var - value)
    marked = [(b.numeric(), ((a.numeric()[0] + c.numeric()[0]) / 2,
                              (a.numeric()[1] + c.numeric()[1]) / 2))
              for a, b, c in figure.right_marks]
    for sq in squares:
        ends = [q.numeric() for q in sq.nodes]
        at = [i for i, q in enumerate(ends) if _key(q) in chase.junctions]
        require(len(at) == 1, "a small square away from the lines' meeting points")
        marked.append((ends[at[0]], ends[(at[0] + 2) % 4]))
    for corner, inside in marked:
        require(_key(corner) in chase.junctions, "a right-angle mark away from the lines")
        k = _key(corner)
        eqs.append(chase.var[(k, sector(_toward(corner, inside), chase.directions(k)))] - 90)
    target = sp.Symbol(asked[0].strip())
    return _solve(eqs, target, list(chase.var.values()))


def _solve(eqs: list[sp.Expr], target: sp.Symbol, angles: list[sp.Symbol]) -> Result:
    unknowns = [target, *angles]
    require(all(e.free_symbols <= set(unknowns) for e in eqs), "labels in other letters")
    solved = sp.linsolve(eqs, unknowns)
    require(isinstance(solved, sp.FiniteSet) and len(solved) == 1, "no angles fit the figure")
    value = next(iter(solved))[0]
    require(not value.free_symbols and value.is_Rational, "the figure does not fix the letter")
    again = _eliminate(eqs, unknowns)
    if again is None:
        raise Decline("the figure does not fix the letter")
    confirm.number(mpmath.mpf(again.numerator) / again.denominator, value,
                   "a second elimination with exact fractions")
    return value, [
        step("Angle facts", "Angles around a point add to 360 degrees, on a straight line to "
             "180, in a triangle to 180.", "Write each fact of the figure as an equation in "
             "its angles, with the labelled values."),
        step("Solve", "Solve the equations together.",
             f"They fix ${latex(target)} = {latex(value)}$.")]


def _eliminate(eqs: list[sp.Expr], unknowns: list[sp.Symbol]) -> Fraction | None:
    """The first unknown's value by Gauss-Jordan elimination over Fractions, or None."""
    rows = []
    for e in eqs:
        poly = sp.Poly(e, *unknowns)
        require(poly.total_degree() <= 1, "an equation that is not linear")
        coeff = [Fraction(str(poly.coeff_monomial(u))) for u in unknowns]
        rows.append([*coeff, -Fraction(str(poly.coeff_monomial(1)))])
    n, r = len(unknowns), 0
    pivots: list[int] = []
    for c in range(n):
        p = next((i for i in range(r, len(rows)) if rows[i][c] != 0), None)
        if p is None:
            continue
        rows[r], rows[p] = rows[p], rows[r]
        rows[r] = [v / rows[r][c] for v in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][c] != 0:
                rows[i] = [a - rows[i][c] * b for a, b in zip(rows[i], rows[r], strict=True)]
        pivots.append(c)
        r += 1
    if any(all(v == 0 for v in row[:-1]) and row[-1] != 0 for row in rows):
        return None
    if not pivots or pivots[0] != 0 or any(rows[0][c] != 0 for c in range(1, n)):
        return None
    return rows[0][-1]


__all__ = ["angle_chase"]
