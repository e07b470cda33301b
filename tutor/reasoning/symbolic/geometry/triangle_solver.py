"""Typed reader: a named triangle from facts about its sides, angles and trigonometric
ratios; a side, a ratio, an angle or a measure of it asked.

"In right triangle $XYZ$ with $\\angle X = 90^\\circ$, $XY = 24$ and $YZ = 25$. Find
$\\tan Y$." "In $\\triangle PQR$, $\\angle P = 90^\\circ$, $QR = 15$ and $\\tan R = 5\\cos Q$.
What is $PQ$?" "What is the radius of the circle inscribed in triangle $ABC$ if $AB = 5,
AC = 6, BC = 7$?" "In triangle $ABC$, $\\sin A = \\frac35$ and $\\cos B = \\frac{5}{13}$.
Find $\\cos C$."

The unknowns are the three sides and the area K. Each fact becomes a polynomial
equation: cos A = (b^2 + c^2 - a^2) / (2bc), sin A = 2K / (bc), 16K^2 = Heron's product,
an angle of d degrees through its cosine (a right angle through Pythagoras); two angles
and a side (a right angle and 25 degrees, whose cosine has no exact value) by the law of
sines. With no
length given the triangle is scaled to one side 1, and only a ratio or an angle is asked.
The system is solved exactly; every real triangle it allows is kept, and the answer is
given only when they all agree.

Confirmed independently: each triangle's angles are measured by the arccosine of the law
of cosines in floating point (mpmath); every fact is checked with those angles (a root
that squaring brought in fails and is dropped), and the answer is recomputed from them
(area as (1/2) bc sin A, the circumradius by the law of sines ...).
"""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.geometry.triangle_angle_combinations import simplest, single_angles
from tutor.reasoning.symbolic.geometry.triangle_facts import NAME, Fact
from tutor.reasoning.symbolic.geometry.triangle_facts import asked as asked_of
from tutor.reasoning.symbolic.geometry.triangle_facts import facts as facts_of
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import evaluate
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "triangle right angle angles at we have with and find what is are length lengths side "
    "sides measure measures degree degrees hypotenuse if radius circle inscribed "
    "circumscribed incircle circumcircle area perimeter of how long about around "
    "many compute where let".split())
class _Triangle:
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


def _equations(tri: _Triangle, facts: list[Fact]) -> list[sp.Expr]:
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


def _sides(tri: _Triangle, facts: list[Fact], scale_free: bool) -> list[dict]:
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


def _law_of_sines(tri: _Triangle, angles: dict[str, sp.Expr],
                  given: dict[sp.Symbol, sp.Expr]) -> list[dict]:
    """Two angles and one side: the third angle, then every side as a / sin A."""
    third = (set(tri.name) - set(angles)).pop()
    angles = angles | {third: 180 - sum(angles.values())}
    (side, length), = given.items()
    known = next(v for v in tri.name if tri.side[v] == side)
    ratio = length / sp.sin(sp.pi * angles[known] / 180)
    return [{tri.side[v]: sp.radsimp(ratio * sp.sin(sp.pi * angles[v] / 180))
             for v in tri.name}]


def _angles(tri: _Triangle, sol: dict[sp.Symbol, sp.Basic]) -> dict[str, mpmath.mpf]:
    """Each angle measured by the arccosine of the law of cosines, in floating point."""
    side = {v: mpmath.mpf(str(sp.N(sol[tri.side[v]], 50))) for v in tri.name}
    out = {}
    for v in tri.name:
        b, c = (side[u] for u in tri.name if u != v)
        out[v] = mpmath.acos((b * b + c * c - side[v] ** 2) / (2 * b * c))
    return out


def _holds(tri: _Triangle, facts: list[Fact], sol: dict[sp.Symbol, sp.Basic],
           angle: dict[str, mpmath.mpf]) -> bool:
    """Every fact true of this triangle, its trigonometry computed from measured angles."""
    tol = mpmath.mpf(10) ** -30
    a, b, c = sorted(mpmath.mpf(str(sp.N(sol[s], 50))) for s in tri.side.values())
    if a + b <= c + tol:  # the triangle inequality, strictly: no flat or impossible triangle
        return False
    for kind, what, value in facts:
        if kind == "side":
            got = mpmath.mpf(str(sp.N(sol[tri.opposite(what)], 50)))  # type: ignore[arg-type]
            ok = abs(got - mpmath.mpf(str(sp.N(value, 50)))) < tol
        elif kind == "angle":
            ok = abs(angle[str(what)] * 180 / mpmath.pi - mpmath.mpf(str(sp.N(value, 50)))) < tol
        else:
            try:
                ok = abs(evaluate(value, {s: angle[str(s)] for s in value.free_symbols})) < tol
            except ZeroDivisionError:
                ok = False
        if not ok:
            return False
    return True


def _measure(what: str, tri: _Triangle, asked: sp.Basic | None) -> sp.Expr:
    a, b, c = tri.side.values()
    k = tri.area()
    if what == "area":
        return k
    if what == "perimeter":
        return a + b + c
    if what == "inradius":
        return 2 * k / (a + b + c)
    if what == "circumradius":
        return a * b * c / (4 * k)
    assert asked is not None
    return asked


def _measured(what: str, tri: _Triangle, sol: dict[sp.Symbol, sp.Basic],
              angle: dict[str, mpmath.mpf], asked: sp.Basic | None) -> mpmath.mpf:
    """The same measure from the measured angles (sines, not Heron's formula)."""
    side = {v: mpmath.mpf(str(sp.N(sol[tri.side[v]], 50))) for v in tri.name}
    x, y, z = tri.name[0], tri.name[1], tri.name[2]
    area = side[y] * side[z] * mpmath.sin(angle[x]) / 2
    if what == "area":
        return area
    if what == "perimeter":
        return mpmath.fsum(side.values())
    if what == "inradius":
        return area / (mpmath.fsum(side.values()) / 2)
    if what == "circumradius":
        return side[x] / (2 * mpmath.sin(angle[x]))
    if what == "degrees":
        return angle[str(asked)] * 180 / mpmath.pi
    assert asked is not None
    if what == "side":
        return side[str(asked).replace("side_", "")]
    return evaluate(asked, {s: angle[str(s)] for s in asked.free_symbols}).real


def read_triangle(split: Split, template: str) -> Result | None:
    w = words(template)
    if "triangle" not in w and "\\triangle" not in " ".join(split.maths):
        return None
    if not words_within(template, VOCAB):
        return None
    names = {"".join(m.groups()) for s in split.maths if (m := NAME.fullmatch(s))}
    if len(names) != 1:
        return None
    name = names.pop()
    if len(set(name)) != 3:
        raise Decline("a triangle with three named vertices")
    kind, piece, asked = asked_of(split, template, w, name)
    facts = facts_of(split, template, name, piece if piece is not None else -1)
    rights = {str(what) for k, what, value in facts if k == "angle" and value == 90}
    if len(rights) > 1 or ("right" in w and not rights):
        raise Decline("which angle is right")
    tri = _Triangle(name, rights.pop() if rights else None)
    if kind == "side":
        asked = tri.opposite(frozenset(str(asked)))
    found = _sides(tri, facts, kind in ("trig", "degrees"))
    unknowns = list(tri.side.values())
    with mpmath.workdps(50):
        good = []
        for sol in found:
            if set(sol) != set(unknowns) or any(v.free_symbols for v in sol.values()):
                raise Decline("the facts do not fix the triangle")
            angle = _angles(tri, sol)
            if _holds(tri, facts, sol, angle):
                good.append((sol, angle))
        if not good:
            raise Decline("no triangle has these facts")
        values: list[sp.Expr] = []
        for sol, angle in good:
            if kind == "degrees":
                exact = sp.nsimplify(sp.acos(sp.radsimp(tri.cos(str(asked)).subs(sol))) * 180
                                     / sp.pi)
            else:
                expr = _measure(kind, tri, tri.in_sides(asked) if kind == "trig" else asked)
                exact = simplest(expr.subs(sol))
            if exact.free_symbols or not exact.is_real:
                raise Decline("the value is not a real number")
            check = _measured(kind, tri, sol, angle, asked)
            confirm.check(abs(mpmath.mpf(str(sp.N(exact, 50))) - check) < 1e-25,
                          "the value recomputed from the triangle's measured angles agrees")
            if not any(sp.simplify(exact - v) == 0 for v in values):
                values.append(exact)
    if len(values) != 1:
        raise Decline("the facts allow triangles with different answers")
    return _steps(tri, good[0][0], kind, values[0], split, piece)


def _steps(tri: _Triangle, sol: dict[sp.Symbol, sp.Basic], kind: str, value: sp.Basic,
           split: Split, piece: int | None) -> Result:
    x, y, z = tri.name[0], tri.name[1], tri.name[2]
    sides = ", ".join(f"{u}{v} = {latex(sp.radsimp(sol[tri.opposite(frozenset(u + v))]))}"
                      for u, v in ((x, y), (y, z), (x, z)))
    steps = [step("find the sides", "Every fact is an equation in the sides: the law of "
                  "cosines for an angle, $\\sin A = \\frac{2K}{bc}$ for a sine, Heron's formula "
                  "for the area $K$.", f"${sides}$", sides)]
    what = split.maths[piece] if piece is not None else {
        "area": "K", "perimeter": "P", "inradius": "r", "circumradius": "R"}[kind]
    if kind == "degrees":
        what = f"{what}"
        claim = f"{what} = {latex(value)}^\\circ"
    else:
        claim = f"{what} = {latex(value)}"
    rule = {"side": "read the side", "trig": "use the ratios of the sides", "area": "Heron's "
            "formula", "perimeter": "add the sides", "inradius": "r = K / s",
            "circumradius": "R = abc / (4K)", "degrees": "the angle from its cosine"}[kind]
    steps.append(step(rule, "Put the sides in.", f"${claim}$", claim))
    return value, steps


__all__ = ["VOCAB", "read_triangle"]
