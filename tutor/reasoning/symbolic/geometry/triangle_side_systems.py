"""A named triangle's three sides as unknowns (each opposite its vertex), its ratios and area
in them, and every assignment of the sides that facts about it allow: polynomial equations for
a right triangle, the law of cosines for two sides and the angle between them, the law of sines
for two angles and a side. The solutions are candidates; the reader checks each one."""

from __future__ import annotations

import sympy as sp

from tutor.reasoning.symbolic.geometry.triangle_angle_combinations import single_angles
from tutor.reasoning.symbolic.geometry.triangle_facts import Fact
from tutor.reasoning.symbolic.model import Decline


class TriangleSides:
    """Sides (opposite each vertex) as unknowns. With a right angle, the ratios are those
    of the legs and hypotenuse; otherwise the sides must come from the facts directly
    (three sides, or two angles and a side by the law of sines)."""

    def __init__(self, name: str, right: str | None) -> None:
        self.name = name
        self.right = right
        self.side = {v: sp.Symbol(f"side_{v}", positive=True) for v in name}

    def opposite(self, pair: frozenset[str]) -> sp.Symbol:
        return self.side[(set(self.name) - pair).pop()]

    def others(self, v: str) -> tuple[sp.Symbol, sp.Symbol]:
        a, b = (self.side[u] for u in self.name if u != v)
        return a, b

    def cos(self, v: str) -> sp.Expr:
        if self.right is not None:
            if v == self.right:
                return sp.Integer(0)
            adjacent = self.side[(set(self.name) - {v, self.right}).pop()]
            return adjacent / self.side[self.right]
        b, c = self.others(v)
        return (b ** 2 + c ** 2 - self.side[v] ** 2) / (2 * b * c)

    def sin(self, v: str) -> sp.Expr:
        if self.right is not None:
            return sp.Integer(1) if v == self.right else self.side[v] / self.side[self.right]
        b, c = self.others(v)
        return 2 * self.area() / (b * c)

    def area(self) -> sp.Expr:
        if self.right is not None:
            a, b = self.others(self.right)
            return a * b / 2
        a, b, c = self.side.values()
        return sp.sqrt((a + b + c) * (-a + b + c) * (a - b + c) * (a + b - c)) / 4

    def in_sides(self, e: sp.Basic) -> sp.Expr:
        swap: dict[sp.Basic, sp.Basic] = {}
        for f in (e := single_angles(e, self.name)).atoms(sp.Function):
            v = str(f.args[0])
            s, c = self.sin(v), self.cos(v)
            if f.func in (sp.tan, sp.sec) and c == 0 or f.func in (sp.cot, sp.csc) and s == 0:
                raise Decline("a ratio undefined at a right angle")
            swap[f] = {sp.sin: s, sp.cos: c, sp.tan: s / c, sp.cot: c / s, sp.sec: 1 / c,
                       sp.csc: 1 / s}[f.func]
        return e.xreplace(swap)


def _equations(tri: TriangleSides, facts: list[Fact]) -> list[sp.Expr]:
    """Polynomial equations in the sides of a right triangle."""
    assert tri.right is not None
    a, b = tri.others(tri.right)
    eqs = [tri.side[tri.right] ** 2 - a ** 2 - b ** 2]
    for kind, what, value in facts:
        if kind == "side":
            eqs.append(tri.opposite(what) - value)  # type: ignore[arg-type]
        elif kind == "angle":
            if what == tri.right:
                continue
            cos_d = sp.cos(sp.pi * value / 180)
            if cos_d.atoms(sp.cos):
                raise Decline("an angle whose cosine is not known exactly")
            eqs.append(sp.expand(tri.cos(str(what)) * tri.side[tri.right]
                                 - cos_d * tri.side[tri.right]))
        else:
            eqs.append(sp.expand(sp.fraction(sp.together(tri.in_sides(value)))[0]))
    return eqs


def possible_sides(tri: TriangleSides, facts: list[Fact], scale_free: bool) -> list[dict]:
    """Every assignment of the sides the facts allow (before they are checked)."""
    given = {tri.opposite(what): value for kind, what, value in facts  # type: ignore[arg-type]
             if kind == "side"}
    angles = {str(what): value for kind, what, value in facts if kind == "angle"}
    if tri.right is not None and any(sp.cos(sp.pi * d / 180).atoms(sp.cos)
                                     for v, d in angles.items() if v != tri.right):
        if len(given) != 1 or len(angles | {tri.right: 90}) != 2 or any(
                k == "trig" for k, _, _ in facts):
            raise Decline("an angle whose cosine is not known exactly")
        return _law_of_sines(tri, angles | {tri.right: 90}, given)
    if tri.right is not None:
        eqs = _equations(tri, facts)
        if not given:
            if not scale_free:
                raise Decline("no length given, and a length asked")
            eqs.append(tri.side[tri.right] - 1)
        unknowns = list(tri.side.values())
        if any(sp.Poly(e, *unknowns).total_degree() > 4 for e in eqs if e != 0):
            raise Decline("facts of too high a degree")
        return sp.solve(eqs, unknowns, dict=True)
    if len(given) == 3:
        return [given]
    if len(given) == 2 and len(angles) == 1 and not any(k == "trig" for k, _, _ in facts):
        (v, degrees), = angles.items()
        if tri.side[v] in given:
            raise Decline("two sides and an angle not between them: two triangles may fit")
        b, c = (given[s] for s in tri.others(v))
        cos_d = sp.cos(sp.pi * degrees / 180)
        if cos_d.atoms(sp.cos):
            raise Decline("an angle whose cosine is not known exactly")
        third = sp.radsimp(sp.sqrt(sp.expand(b ** 2 + c ** 2 - 2 * b * c * cos_d)))
        return [{**given, tri.side[v]: third}]
    if len(angles) == 2 and len(given) == 1 and sum(angles.values()) < 180:
        return _law_of_sines(tri, angles, given)
    raise Decline("a triangle without a right angle needs its three sides, two sides and the "
                  "angle between them, or two angles and a side")


def _law_of_sines(tri: TriangleSides, angles: dict[str, sp.Expr],
                  given: dict[sp.Symbol, sp.Expr]) -> list[dict]:
    """Two angles and one side: the third angle, then every side as a / sin A."""
    third = (set(tri.name) - set(angles)).pop()
    angles = angles | {third: 180 - sum(angles.values())}
    (side, length), = given.items()
    known = next(v for v in tri.name if tri.side[v] == side)
    ratio = length / sp.sin(sp.pi * angles[known] / 180)
    return [{tri.side[v]: sp.radsimp(ratio * sp.sin(sp.pi * angles[v] / 180))
             for v in tri.name}]


__all__ = ["TriangleSides", "possible_sides"]
