"""Typed reader: the vertex, focus or directrix of a parabola given by its equation.

"Find the focus of the parabola $y = 2x^2 - 4x + 5$", "Find the equation of the directrix
of the parabola $x = -\\frac{1}{8} y^2$", "What is the axis of symmetry of the graph of
$y = 3x^2 + 12x - 1$?" (the line through the vertex), "The equation of a parabola is
$x^2 - 4x + 2y + 6 = 0$. Find the vertex of the parabola." The equation is solved for the
letter it is linear in, y = a x^2 + b x + c (or x = a y^2 + b y + c): the vertex is where
the square completes, the focus and the directrix lie 1/(4a) on either side of it. The
focus and directrix are confirmed by the defining property at several points of the
curve (equally far from both), the vertex by lying on the curve where its slope is zero.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("find the focus vertex equation of directrix parabola a is what "
                  "coordinates axis symmetry graph".split())
_ASK = re.compile(r"^(?:the equation of a parabola is (?P<eq1>@\d+@)[.,]? )?(?:find|what is|"
                  r"what are) the (?:(?P<coords>coordinates) of the )?(?:equation of the )?"
                  r"(?P<what>focus|vertex|directrix|axis of symmetry) of(?: the parabola| the "
                  r"graph of(?: the parabola)?)?(?: (?P<eq>@\d+@))?\W*$")
_X, _Y = sp.Symbol("x"), sp.Symbol("y")


def read(split: Split, template: str) -> Result | None:
    if "parabola" not in template and "axis of symmetry" not in template \
            or not words_within(template, VOCAB):
        return None
    m = _ASK.match(template)
    if m is None or bool(m.group("eq1")) == bool(m.group("eq")):
        return None
    eq = parse_latex(split.maths[int((m.group("eq1") or m.group("eq"))[1:-1])])
    if not isinstance(eq, sp.Equality) or eq.free_symbols != {_X, _Y}:
        raise Decline("a parabola's equation in x and y")
    expr = sp.expand(eq.lhs - eq.rhs)
    for free, other in ((_X, _Y), (_Y, _X)):
        poly = sp.Poly(expr, _X, _Y)
        if sp.degree(expr, other) == 1 and sp.degree(expr, free) == 2 \
                and poly.total_degree() == 2 and not expr.coeff(other).has(free):
            solved = sp.expand(sp.solve(expr, other)[0])
            return _answer(m.group("what"), solved, free, other)
    raise Decline("a parabola y = ax^2 + bx + c or x = ay^2 + by + c")


def _answer(what: str, solved: sp.Expr, t: sp.Symbol, other: sp.Symbol) -> Result:
    a, b, c = (solved.coeff(t, k) for k in (2, 1, 0))
    if a == 0 or any(v.free_symbols for v in (a, b, c)):
        raise Decline("a parabola with numeric coefficients")
    h = -b / (2 * a)
    k = sp.expand(solved.subs(t, h))
    p = 1 / (4 * a)

    def point(u: sp.Expr, v: sp.Expr) -> sp.Tuple:
        return sp.Tuple(u, v) if t == _X else sp.Tuple(v, u)
    vertex, focus = point(h, k), point(h, k + p)
    directrix = sp.Eq(other, k - p)
    curve = f"{latex(other)} = {latex(solved)}"
    if what == "vertex":
        confirm.check(solved.subs(t, h) == k and sp.diff(solved, t).subs(t, h) == 0,
                      "the vertex lies on the parabola where its slope is zero")
        answer: sp.Basic = vertex
    elif what == "axis of symmetry":
        confirm.check(all(sp.expand(solved.subs(t, h + d) - solved.subs(t, h - d)) == 0
                          for d in (1, sp.Rational(5, 2), 7)),
                      "points the same distance either side of the line are at the same height")
        answer = sp.Eq(t, h)
    else:
        for s in (h - 3, h + sp.Rational(1, 2), h + 5):
            on = point(s, solved.subs(t, s))
            to_focus = (on[0] - focus[0]) ** 2 + (on[1] - focus[1]) ** 2
            to_line = (on[0 if other == _X else 1] - (k - p)) ** 2
            confirm.check(sp.simplify(to_focus - to_line) == 0,
                          "points of the parabola are as far from the focus as from the "
                          "directrix")
        answer = focus if what == "focus" else directrix
    form = sp.Add(sp.Mul(a, sp.Pow(t - h, 2, evaluate=False), evaluate=False), k,
                  evaluate=False)
    claim = f"{latex(other)} = {latex(form)}"
    steps = [step("complete the square", "Write the parabola in vertex form.",
                  f"${curve}$ is ${claim}$, with vertex ${latex(vertex)}$.", claim),
             step("use 1/(4a)", "The focus and the directrix are 1/(4a) from the vertex, on "
                  "either side of it along the axis.",
                  f"$\\frac{{1}}{{4 \\cdot {latex(a)}}} = {latex(p)}$: focus "
                  f"${latex(focus)}$, directrix ${latex(directrix)}$.",
                  f"\\frac{{1}}{{4 \\cdot {latex(a)}}} = {latex(p)}")]
    return answer, steps


__all__ = ["read"]
