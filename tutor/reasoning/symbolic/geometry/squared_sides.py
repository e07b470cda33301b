"""A triangle's three squared sides from facts linear in them, and a length, the area or the
perimeter from those; confirmed on coordinates.

The facts (`Facts`) are lengths of segments between points of a `TrianglePoints`, pairs of
equal segments and pairs of perpendicular ones (a right angle at a vertex is one). Each is a
linear equation in a^2, b^2, c^2; the three must be fixed, positive and make a real
triangle, or the solve declines. The answer is then checked by placing the triangle with
coordinates from the sides found: every fact and the asked measure (a distance, the shoelace
area, the sum of the sides) are measured there at 40 digits."""

from __future__ import annotations

from dataclasses import dataclass, field

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import triangle_points as tp
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result

Seg = tuple[str, str]
HIDDEN = "m_"  # a midpoint the problem does not name: "m_A", the one opposite A


@dataclass
class Facts:
    tri: tp.TrianglePoints
    lengths: list[tuple[Seg, sp.Basic]] = field(default_factory=list)
    equal: list[tuple[Seg, Seg]] = field(default_factory=list)
    perpendicular: list[tuple[Seg, Seg]] = field(default_factory=list)
    bisected: list[tuple[str, str]] = field(default_factory=list)  # (vertex, point on side)


def _show(tri: tp.TrianglePoints, seg: Seg) -> str:
    shown = {p: (f"M_{{{p[len(HIDDEN):]}}}" if p.startswith(HIDDEN) else p) for p in seg}
    return f"{shown[seg[0]]}{shown[seg[1]]}"


def consistent(r: Facts) -> None:
    """Decline unless some real triangle meets every fact (the facts need not fix it)."""
    tri = r.tri
    eqs = [tri.length2(seg) - v ** 2 for seg, v in r.lengths]
    eqs += [tri.length2(a) - tri.length2(b) for a, b in r.equal]
    eqs += [tri.dot(a, b) for a, b in r.perpendicular]
    if not eqs:
        return
    sols = list(sp.linsolve(eqs, list(tri.sq.values())))
    if not sols:
        raise Decline("facts no triangle meets")
    if not any(v.free_symbols for v in sols[0]):
        values = dict(zip(tri.sq.values(), sols[0], strict=True))
        if not all(v.is_positive for v in sols[0]) or not tri.area2().subs(values) > 0:
            raise Decline("facts no triangle meets")


def _sides(r: Facts) -> tuple[dict, list[tuple[str, sp.Expr]], dict]:
    """The squared sides the facts fix (else Decline), the facts as shown equations, and
    the names of the squared sides."""
    tri = r.tri
    names = {tri.sq[v]: sp.Symbol(f"{''.join(u for u in tri.name if u != v)}^2")
             for v in tri.name}
    eqs: list[tuple[str, sp.Expr]] = []

    def said(e: sp.Expr) -> str:
        return latex(e.xreplace(names))
    for seg, v in r.lengths:
        e = tri.length2(seg)
        middle = "" if e.is_Symbol else f" = {said(e)}"
        eqs.append((f"{_show(tri, seg)}^2{middle} = {latex(v ** 2)}", e - v ** 2))
    for s1, s2 in r.equal:
        eqs.append((f"{_show(tri, s1)}^2 = {said(tri.length2(s1))} = {_show(tri, s2)}^2 = "
                    f"{said(tri.length2(s2))}", tri.length2(s1) - tri.length2(s2)))
    for s1, s2 in r.perpendicular:
        eqs.append((f"\\overrightarrow{{{_show(tri, s1)}}} \\cdot \\overrightarrow"
                    f"{{{_show(tri, s2)}}} = {said(tri.dot(s1, s2))} = 0", tri.dot(s1, s2)))
    unknowns = list(tri.sq.values())
    sols = list(sp.linsolve([e for _, e in eqs], unknowns))
    if len(sols) != 1 or any(v.free_symbols for v in sols[0]):
        raise Decline("the facts do not fix the triangle")
    values = dict(zip(unknowns, sols[0], strict=True))
    if not all(v.is_positive for v in values.values()) or not tri.area2().subs(values) > 0:
        raise Decline("the facts give no real triangle")
    return values, eqs, names


def _model_steps(r: Facts, values: dict, eqs: list[tuple[str, sp.Expr]], names: dict,
                 what: str, answer: sp.Basic) -> list:
    unknowns = list(r.tri.sq.values())
    shown = ", ".join(f"${latex(names[x])} = {latex(values[x])}$" for x in unknowns)
    facts = "; ".join(f"${t}$" for t, _ in eqs)
    return [
        step("model the triangle", "Each named point is a fixed blend of the vertices (a "
             "midpoint half of each end, the centroid a third of each vertex), so every length "
             "squared and every right angle is linear in the squared sides.", facts),
        step("solve for the squared sides", "The linear equations fix the three squared sides.",
             shown, ", ".join(f"{latex(names[x])} = {latex(values[x])}" for x in unknowns)),
        step("the answer", f"Put the squared sides into {what}.",
             f"${latex(answer)}$", latex(answer)),
    ]


def solve(r: Facts, asked: Seg | str, corners: str = "") -> Result:
    """The asked segment, or "area" / "perimeter", from the facts; confirmed. The area is
    the whole triangle's, or the polygon's through `corners` (points of the triangle)."""
    corners = corners or r.tri.name
    tri = r.tri
    values, eqs, names = _sides(r)
    unknowns = list(tri.sq.values())
    if asked == "area":
        share = abs(tri.area_share(corners))
        if share == 0:
            raise Decline("a polygon with no area")
        target, what = share * sp.sqrt(tri.area2()) / 4, f"the area of ${corners}$"
    elif asked == "perimeter":
        target, what = sum(sp.sqrt(x) for x in unknowns), "the perimeter"
    else:
        seg = (asked[0], asked[1])
        target, what = sp.sqrt(tri.length2(seg)), f"${_show(tri, seg)}$"
    answer = sp.radsimp(sp.simplify(target.subs(values)))
    if not sp.simplify(answer - target.subs(values)) == 0 or not answer.is_positive:
        raise Decline("no clean value")
    _confirm(r, values, asked, answer, corners)
    return answer, _model_steps(r, values, eqs, names, what, answer)


_TRIG = {"cos": lambda c, s: c, "sin": lambda c, s: s, "tan": lambda c, s: s / c,
         "cot": lambda c, s: c / s, "sec": lambda c, s: 1 / c, "csc": lambda c, s: 1 / s}


def solve_angle(r: Facts, fn: str, angle: tuple[str, str, str]) -> Result:
    """cos, sin, tan, cot, sec or csc of the angle XVY between points of the triangle, from
    the facts; confirmed by measuring the angle on coordinates (atan2)."""
    tri = r.tri
    x, v, y = angle
    values, eqs, names = _sides(r)
    cos = sp.radsimp(sp.simplify((tri.dot((v, x), (v, y)) / sp.sqrt(
        tri.length2((v, x)) * tri.length2((v, y)))).subs(values)))
    sin = sp.sqrtdenest(sp.radsimp(sp.sqrt(1 - cos ** 2)))
    if (fn in ("tan", "sec") and cos == 0) or (fn in ("cot", "csc") and sin == 0):
        raise Decline(f"the {fn} of this angle is undefined")
    answer = sp.radsimp(sp.simplify(_TRIG[fn](cos, sin)))
    coords = tri.coordinates(values)
    with mpmath.workdps(40):
        ux, uy = (coords[x][i] - coords[v][i] for i in range(2))
        wx, wy = (coords[y][i] - coords[v][i] for i in range(2))
        measured = abs(mpmath.atan2(ux * wy - uy * wx, ux * wx + uy * wy))
        got = {"cos": mpmath.cos, "sin": mpmath.sin, "tan": mpmath.tan, "cot": mpmath.cot,
               "sec": mpmath.sec, "csc": mpmath.csc}[fn](measured)
    confirm.number(got, answer, "the angle measured on the triangle placed with coordinates")
    what = f"$\\{fn} \\angle {x}{v}{y} = \\frac{{\\overrightarrow{{{v}{x}}} \\cdot " \
        f"\\overrightarrow{{{v}{y}}}}}{{{v}{x} \\cdot {v}{y}}}$ (and $\\sin^2 + \\cos^2 = 1$)"
    return answer, _model_steps(r, values, eqs, names, what, answer)


def _confirm(r: Facts, values: dict, asked: Seg | str, answer: sp.Basic, corners: str) -> None:
    tri = r.tri
    coords = tri.coordinates(values)
    ok = True
    with mpmath.workdps(40):
        tiny = mpmath.mpf(10) ** -30
        for seg, v in r.lengths:
            ok &= abs(tp.distance(coords, seg) - mpmath.mpf(sp.N(v, 50))) < tiny
        for s1, s2 in r.equal:
            ok &= abs(tp.distance(coords, s1) - tp.distance(coords, s2)) < tiny
        for s1, s2 in r.perpendicular:
            ok &= abs(tp.dot_measured(coords, s1, s2)) < tiny
        for v, p in r.bisected:  # the two angles at v measured equal
            x, y = (u for u in tri.name if u != v)
            ok &= abs(tp.dot_measured(coords, (v, x), (v, p)) / tp.distance(coords, (v, x))
                      - tp.dot_measured(coords, (v, y), (v, p)) / tp.distance(coords, (v, y))
                      ) < tiny
        if asked == "area":
            if not tp.simple_polygon([coords[c] for c in corners]):
                raise Decline(f"the polygon {corners} crosses itself")
            got = tp.named_area(coords, corners)
        elif asked == "perimeter":
            a, b, c = tri.name[0], tri.name[1], tri.name[2]
            got = sum(tp.distance(coords, s) for s in ((a, b), (b, c), (c, a)))
        else:
            got = tp.distance(coords, (asked[0], asked[1]))
        ok &= abs(got - mpmath.mpf(sp.N(answer, 50))) < tiny
    confirm.check(bool(ok), "the triangle placed with coordinates from the sides found: every "
                  "fact and the answer measured there at 40 digits")


__all__ = ["HIDDEN", "Facts", "Seg", "consistent", "solve", "solve_angle"]
