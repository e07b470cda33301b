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
from tutor.reasoning.symbolic.geometry.triangle_angle_combinations import simplest
from tutor.reasoning.symbolic.geometry.triangle_facts import NAME, Fact
from tutor.reasoning.symbolic.geometry.triangle_facts import asked as asked_of
from tutor.reasoning.symbolic.geometry.triangle_facts import facts as facts_of
from tutor.reasoning.symbolic.geometry.triangle_side_systems import TriangleSides, possible_sides
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


def _angles(tri: TriangleSides, sol: dict[sp.Symbol, sp.Basic]) -> dict[str, mpmath.mpf]:
    """Each angle measured by the arccosine of the law of cosines, in floating point."""
    side = {v: mpmath.mpf(str(sp.N(sol[tri.side[v]], 50))) for v in tri.name}
    out = {}
    for v in tri.name:
        b, c = (side[u] for u in tri.name if u != v)
        out[v] = mpmath.acos((b * b + c * c - side[v] ** 2) / (2 * b * c))
    return out


def _holds(tri: TriangleSides, facts: list[Fact], sol: dict[sp.Symbol, sp.Basic],
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


def _measure(what: str, tri: TriangleSides, asked: sp.Basic | None) -> sp.Expr:
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


def _measured(what: str, tri: TriangleSides, sol: dict[sp.Symbol, sp.Basic],
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
    tri = TriangleSides(name, rights.pop() if rights else None)
    if kind == "side":
        asked = tri.opposite(frozenset(str(asked)))
    found = possible_sides(tri, facts, kind in ("trig", "degrees"))
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


def _steps(tri: TriangleSides, sol: dict[sp.Symbol, sp.Basic], kind: str, value: sp.Basic,
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
