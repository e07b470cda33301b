"""Typed reader: a letter fixed by points lying on one line.

"A line contains the points $(1, 4)$, $(3, k)$ and $(7, 16)$. What is $k$?", "The points
$(2, -1)$, $(a + 1, 3)$ and $(2a, 5)$ lie on the same line: find $a$", "Find $t$ such that
$(t, 2)$ lies on the line through $(0, 5)$ and $(6, 1)$", "The line $bx + (b - 1)y = 4$
passes through $(2, -3)$. What is $b$?". Exactly one line is spoken of: every point named
lies on it. With an equation for the line, each point satisfies it; without one, the
points are collinear (the determinant of each triple with the first two is zero). The
letter's one value is solved for exactly; confirmed by putting it back and comparing the
slopes between the points (cross-multiplied, so a vertical line is no exception), or the
point in the line's equation.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.geometry.reading import as_tuple
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_ON = frozenset("contains contain containing lie lies lying on through passes pass passing "
                "goes collinear".split())
VOCAB = _ON | frozenset(
    "line points point same straight a the what value is find for does do such that "
    "represented by equation graph three given solve of all also are".split())
_X, _Y = sp.Symbol("x"), sp.Symbol("y")


def _point(src: str) -> tuple[sp.Expr, sp.Expr] | None:
    try:
        v = as_tuple(parse_latex(src))
    except Decline:
        return None
    if isinstance(v, sp.Tuple) and len(v) == 2 and all(isinstance(c, sp.Expr) for c in v):
        return v[0], v[1]
    return None


def _line(src: str) -> sp.Expr | None:
    """a x + b y - c for a line's equation (coefficients may hold the letter)."""
    if "=" not in src:
        return None
    e = parse_latex(src)
    if not isinstance(e, sp.Equality) or not {_X, _Y} & e.free_symbols:
        return None
    f = sp.expand(e.lhs - e.rhs)
    if not f.is_polynomial(_X, _Y) or sp.Poly(f, _X, _Y).total_degree() != 1:
        return None
    return f


def read_line_points(split: Split, template: str) -> Result | None:
    w = words(template)
    if not w & {"line", "graph", "collinear"} or not w & _ON or not words_within(template, VOCAB):
        return None
    pieces = [int(i) for i in re.findall(r"@(\d+)@", template)]
    points, lines, letters = [], [], []
    for i in pieces:
        src = split.maths[i]
        if clauses.is_letters(src):
            letters += clauses.letters(src)
        elif (p := _point(src)) is not None:
            points.append(p)
        elif (f := _line(src)) is not None:
            lines.append(f)
        else:
            return None
    if len(lines) > 1 or not points or (not lines and len(points) < 3):
        return None
    unknowns = set().union(*(c.free_symbols for p in points for c in p))
    if lines:
        unknowns |= lines[0].free_symbols - {_X, _Y}
    if len(unknowns) != 1 or any(x not in unknowns for x in letters):
        raise Decline("one unknown letter, the one asked for")
    k = unknowns.pop()
    if lines:
        conditions = [lines[0].subs({_X: px, _Y: py}) for px, py in points]
    else:
        (x1, y1), (x2, y2) = points[:2]
        conditions = [sp.Matrix([[x1, y1, 1], [x2, y2, 1], [x3, y3, 1]]).det()
                      for x3, y3 in points[2:]]
    conditions = [sp.expand(c) for c in conditions if sp.expand(c) != 0]
    if not conditions:
        raise Decline("the points lie on the line for every value")
    found = sp.S.Reals
    for c in conditions:
        if not c.is_polynomial(k):
            raise Decline("a condition that is not a polynomial in the letter")
        found &= sp.solveset(c, k, sp.S.Reals)
    if not isinstance(found, sp.FiniteSet) or len(found) != 1:
        raise Decline("not exactly one value of the letter")
    value = next(iter(found))
    at = [(px.subs(k, value), py.subs(k, value)) for px, py in points]
    if lines:
        f = lines[0].subs(k, value)
        if not (f.coeff(_X) != 0 or f.coeff(_Y) != 0):
            raise Decline("the equation is no line at this value")
        ok = all(sp.simplify(f.subs({_X: px, _Y: py})) == 0 for px, py in at)
    else:
        (x1, y1), (x2, y2) = at[:2]
        ok = (x1, y1) != (x2, y2) and all(
            sp.simplify((y2 - y1) * (x3 - x1) - (y3 - y1) * (x2 - x1)) == 0 for x3, y3 in at[2:])
    confirm.check(ok, "with the value put back, the points lie on one line (equal slopes)")
    shown = ", ".join(f"\\left({latex(px)}, {latex(py)}\\right)" for px, py in at)
    how = ("Put each point into the line's equation." if lines else
           "Three points are on one line when the slope from the first to the second equals "
           "the slope from the first to the third.")
    claim = f"{latex(k)} = {latex(value)}"
    return value, [step("points on one line", how, "; ".join(
        f"${latex(c)} = 0$" for c in conditions) + ".", ""),
        step("solve for the letter", "Solve the condition.", f"${claim}$: the points are "
             f"${shown}$.", claim)]


__all__ = ["read_line_points"]
