"""A figure drawn to its givens, measured: "In triangle $ABC$, $\\angle C = 90^\\circ$,
$AC = 6$ ... What is the length of $BD$?" with a figure whose exact coordinates satisfy
every statement of the text and every number label, up to one common scale.

Why this is sound: every given is read (`figure_sentences` declines on any word or number
it does not read) and checked on the coordinates (`figure_checks`); the lengths the text
and the labels state fix one scale factor k (they must all agree). The figure, scaled by
k, is then a configuration satisfying every given, so the problem's answer, being the
same for every such configuration, is the figure's measure. A figure with rounded
coordinates, marks or labels this reader does not read, or a statement that fails on the
coordinates (a figure not drawn to scale) declines. The measure is computed exactly with
SymPy and confirmed at 50 digits with mpmath from the coordinates by another formula."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.diagrams import regions
from tutor.reasoning.symbolic.diagrams.figure import Figure, Pair, length, require
from tutor.reasoning.symbolic.diagrams.figure_checks import (
    corner_angle,
    cosine,
    cross,
    dot,
    fact_holds,
    zero,
)
from tutor.reasoning.symbolic.diagrams.figure_sentences import read_sentences
from tutor.reasoning.symbolic.diagrams.figure_statements import Fact, Statements
from tutor.reasoning.symbolic.diagrams.labels import read_labels
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LETTER = re.compile(r"\s*\$?\s*([A-Z])\s*\$?\s*")


def _crossings(figure: Figure) -> list[Pair]:
    """Where two drawn segments cross inside both (exact)."""
    out: list[Pair] = []
    segs = figure.segments()
    require(len(segs) <= 40, "a figure with too many segments to cross")
    for i, (a, b) in enumerate(segs):
        for c, d in segs[i + 1:]:
            if not _may_cross(a, b, c, d):
                continue
            den = cross(b - a, d - c)
            if zero(den):
                continue
            t = cross(c - a, d - c) / den
            u = cross(c - a, b - a) / den
            if all(0 < sp.N(v, 50) < 1 for v in (t, u)):
                out.append((a + (b - a).scaled(t)).simplified())
    return out


def _may_cross(a: Pair, b: Pair, c: Pair, d: Pair) -> bool:
    """A quick test in floating point: the segments cross, or nearly (then checked exactly)."""
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = (p.numeric() for p in (a, b, c, d))

    def side(px: float, py: float, qx: float, qy: float, rx: float, ry: float) -> float:
        return (qx - px) * (ry - py) - (qy - py) * (rx - px)

    eps = 1e-9 * max(1.0, abs(ax), abs(ay), abs(bx), abs(by), abs(cx), abs(cy), abs(dx), abs(dy))
    return (side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) <= eps
            and side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) <= eps)


def _names(figure: Figure) -> dict[str, Pair]:
    """Each one-letter label at a drawn point, a dot or a crossing of two drawn segments."""
    reading = read_labels(figure)
    require(not reading.others and not reading.degrees, "a figure label I cannot read")
    points = dict(reading.points)
    crossings: list[Pair] | None = None
    for label in figure.labels:
        m = _LETTER.fullmatch(label.text)
        if m and m.group(1) not in points and isinstance(label.at, Pair):
            crossings = _crossings(figure) if crossings is None else crossings
            found = [p for p in crossings if p.same(label.at)]
            if found:
                points[m.group(1)] = found[0]
    values = list(points.values())
    require(all(not a.same(b) for i, a in enumerate(values) for b in values[i + 1:]),
            "two names on one point")
    return points


def _angle_points(name: str, at: dict[str, Pair], shapes: list[Fact],
                  figure: Figure) -> tuple[Pair, Pair, Pair]:
    """(vertex, a, b) of angle `name`: three letters, or one letter that is a corner of
    the named shapes (all giving the same angle) or where exactly two drawn rays meet."""
    if len(name) == 3:
        return at[name[1]], at[name[0]], at[name[2]]
    corners = [corner_angle(f.args[1], name, at) for f in shapes if name in f.args[1]]
    if corners:
        first = cosine(*corners[0])
        require(all(zero(cosine(*c) - first) for c in corners), "which angle is meant")
        return corners[0]
    here = at[name]
    rays: list[Pair] = []
    for a, b in figure.segments():
        for end, other in ((a, b), (b, a)):
            if end.same(here):
                rays.append(other)
        if zero(cross(here - a, b - a)) and 0 < sp.N(dot(here - a, b - a) / dot(b - a, b - a),
                                                     50) < 1:
            rays += [a, b]
    distinct: list[Pair] = []
    for r in rays:
        if not any(zero(cross(r - here, q - here)) and sp.N(dot(r - here, q - here), 50) > 0
                   for q in distinct):
            distinct.append(r)
    require(len(distinct) == 2, "which angle is meant")
    return here, distinct[0], distinct[1]


def _degrees(vertex: Pair, a: Pair, b: Pair) -> sp.Expr:
    """The angle in degrees, exact when it is a fraction of a degree with a small
    denominator (confirmed by its cosine at 50 digits), else the figure declines."""
    c = cosine(vertex, a, b)
    value = float(sp.N(sp.acos(c) * 180 / sp.pi, 30))
    for den in (1, 2, 3, 4, 5, 6, 8, 10, 12):
        guess = sp.Rational(round(value * den), den)
        if zero(sp.cos(guess * sp.pi / 180) - c):
            return guess
    raise Decline("an angle that is not a simple number of degrees")


def _scale(statements: Statements, figure: Figure, at: dict[str, Pair],
           shown: list[str]) -> sp.Expr | None:
    """The one factor k that turns the figure's lengths into the stated ones (None when
    nothing states a length); homogeneous relations are checked as they are."""
    k = sp.Symbol("k", positive=True)
    found: list[sp.Expr] = []
    pending: list[tuple[sp.Expr, str]] = []
    for rel in statements.relations:
        if rel.kind == "length":
            e = rel.expr.subs({sym: k * length(at[key[0]], at[key[1]]) for sym, key in rel.names})
            pending.append((sp.expand(e), f"${rel.shown}$"))
    for (a, b), value in read_labels(figure).lengths:
        pending.append((k * length(a, b) - value, f"the label ${latex(value)}$"))
    for fact in statements.facts:
        if fact.kind == "side":
            ring = [at[c] for c in fact.args[0]]
            sides = [length(p, q) for p, q in zip(ring, ring[1:] + ring[:1], strict=True)]
            require(all(zero(s - sides[0]) for s in sides), "a side length of unequal sides")
            assert fact.value is not None
            pending.append((k * sides[0] - fact.value,
                            f"${fact.args[0]}$ has sides ${latex(fact.value)}$"))
    for fact in statements.facts:
        if fact.kind == "area":
            corners = tuple(at[c] for c in fact.args[0])
            regions.simple_polygon(corners)
            assert fact.value is not None
            found.append(sp.sqrt(fact.value / regions.shoelace(corners)))
            shown.append(f"the area of ${fact.args[0]}$ is ${latex(fact.value)}$")
    for e, text in pending:
        slope, rest = e.coeff(k, 1), e.coeff(k, 0)
        if zero(rest):
            require(zero(slope), f"a figure not drawn to its givens ({text})")
        else:
            require(not zero(slope), f"a figure not drawn to its givens ({text})")
            found.append(sp.radsimp(-rest / slope))
        if text not in shown:
            shown.append(text)
    if not found:
        return None
    require(all(zero(f - found[0]) for f in found), "a figure not drawn to one scale")
    return sp.simplify(found[0])


def _check_all(statements: Statements, figure: Figure, at: dict[str, Pair],
               shown: list[str]) -> None:
    shapes = [f for f in statements.facts if f.kind == "shape"]
    for rel in statements.relations:
        if rel.kind == "angle":
            e = rel.expr.subs({sym: sp.acos(cosine(*_angle_points(key, at, shapes, figure)))
                               * 180 / sp.pi for sym, key in rel.names})
            require(zero(e), f"a figure not drawn to its givens ({rel.shown})")
            if f"${rel.shown}$" not in shown:
                shown.append(f"${rel.shown}$")
    for fact in statements.facts:
        if fact.kind == "trig":
            v, a, b = _angle_points(fact.args[1], at, shapes, figure)
            c = cosine(v, a, b)
            value = {"cos": c, "sin": sp.sqrt(1 - c ** 2), "tan": sp.sqrt(1 - c ** 2) / c}
            assert fact.value is not None
            require(zero(value[fact.args[0]] - fact.value), "a figure not drawn to its givens")
            shown.append(f"$\\{fact.args[0]} {fact.args[1]} = {latex(fact.value)}$")
        elif fact.kind not in ("side", "area"):
            require(fact_holds(fact, at, shapes, figure), "a figure not drawn to its givens")
            shown.append(fact.described())
    for a, v, b in figure.right_marks:
        require(zero(dot(a - v, b - v)), "a right-angle mark on an angle that is not right")


def _distance(k: sp.Expr, ring: list[Pair], power: int) -> str:
    """The distance formula on the two points' coordinates, as a checkable chain:
    `2\\sqrt{(12 - 6)^2 + (0 - \\frac{5}{2})^2}`."""
    (a, b) = ring[:2]
    inside = f"({latex(a.x)} - {_signed(b.x)})^2 + ({latex(a.y)} - {_signed(b.y)})^2"
    if power == 2:
        return (f"{latex(k ** 2)} \\left({inside}\\right)" if k != 1 else inside)
    return (f"{latex(k)} " if k != 1 else "") + f"\\sqrt{{{inside}}}"


def _signed(v: sp.Expr) -> str:
    return f"({latex(v)})" if v < 0 else latex(v)


def _mp(v: sp.Expr) -> mpmath.mpf:
    return mpmath.mpf(str(sp.N(v, 60)))


def _measure(statements: Statements, figure: Figure, at: dict[str, Pair],
             k: sp.Expr | None) -> tuple[sp.Expr, mpmath.mpf, str]:
    q = statements.question
    assert q is not None
    shapes = [f for f in statements.facts if f.kind == "shape"]
    require(all(c in at for c in q.target), "a question about a point the figure does not name")
    if q.kind == "angle":
        v, a, b = _angle_points(q.target, at, shapes, figure)
        with mpmath.workdps(50):
            u1, u2 = (_mp(p.x - v.x) + 1j * _mp(p.y - v.y) for p in (a, b))
            second = abs(mpmath.arg(u2 / u1)) * 180 / mpmath.pi
        exact = _degrees(v, a, b)
        return exact, second, f"\\angle {q.target} = {latex(exact)}^\\circ"
    require(k is not None, "no length given to fix the figure's size")
    assert k is not None
    ring = [at[c] for c in q.target]
    with mpmath.workdps(50):
        pts = [(_mp(p.x), _mp(p.y)) for p in ring]
        if q.kind == "length":
            exact = sp.radsimp(sp.simplify((k * length(ring[0], ring[1])) ** q.power))
            second = (_mp(k) * mpmath.hypot(pts[1][0] - pts[0][0], pts[1][1] - pts[0][1])) \
                ** q.power
            shown = f"{q.target}{'^2' if q.power == 2 else ''} = {_distance(k, ring, q.power)}" \
                    f" = {latex(exact)}"
        elif q.kind == "area":
            regions.simple_polygon(tuple(ring))
            exact = sp.radsimp(sp.simplify(k ** 2 * regions.shoelace(tuple(ring))))
            second = _mp(k) ** 2 * regions.trapezoids(tuple(ring))
            shown = f"[{q.target}] = {latex(exact)}"
        else:
            exact, _ = regions.perimeter(tuple(ring))
            exact = sp.radsimp(sp.simplify(k * exact))
            second = _mp(k) * mpmath.fsum(mpmath.hypot(b[0] - a[0], b[1] - a[1])
                                          for a, b in zip(pts, pts[1:] + pts[:1], strict=True))
            shown = f"\\text{{perimeter of }} {q.target} = {latex(exact)}"
    return exact, second, shown


def _where(statements: Statements, at: dict[str, Pair]) -> str:
    """Where the asked points are on the figure: 'With $C = (12, 0)$ and $W = (6, 5/2)$: '."""
    q = statements.question
    assert q is not None
    names = list(dict.fromkeys(q.target))
    places = [f"${c} = ({latex(at[c].x)}, {latex(at[c].y)})$" for c in names]
    return "With " + (", ".join(places[:-1]) + " and " + places[-1] if len(places) > 1
                      else places[0]) + ": "


def solve_drawn_to_scale(figure: Figure, split: Split, template: str) -> Result:
    require(not figure.approximate and not figure.unread_marks,
            "a figure with rounded coordinates or marks I cannot read")
    at = _names(figure)
    require(all(p.exact() for p in at.values()), "a figure drawn with rounded coordinates")
    statements = read_sentences(split, template)
    used = {c for r in statements.relations for _, key in r.names for c in key}
    used |= {c for f in statements.facts for a in f.args for c in a if c.isupper()}
    require(used <= set(at), "a point the figure does not name")
    shown: list[str] = []
    k = _scale(statements, figure, at, shown)
    _check_all(statements, figure, at, shown)
    exact, second, claim = _measure(statements, figure, at, k)
    confirm.number(second, exact, "the figure's coordinates measured again at 50 digits")
    scale = [] if k is None or k == 1 else [
        f"the figure's lengths are ${latex(k)}$ times its coordinates"]
    steps: list[Step] = [
        step("Read the figure", "Does the figure satisfy every given?",
             "On the figure's coordinates every given holds: " + ", ".join(dict.fromkeys(shown))
             + "; "
             + "; ".join(scale or ["the figure is drawn to scale"]) + "."),
        step("Measure", "Measure the asked quantity on the coordinates.",
             _where(statements, at) + f"${claim}$.", claim),
    ]
    return exact, steps


__all__ = ["solve_drawn_to_scale"]

