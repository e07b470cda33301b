"""Typed reader: how many points two curves in x and y have in common.

"How many times do the graphs of the line $5x + 8y = 10$ and the circle $x^2 + y^2 = 1$
intersect?", "How many points of intersection do $y = x^2 - 4$ and $y = 2x - 1$ have?",
"Find the number of intersection points of the graphs of ...", "At how many points do the
parabola ... and the circle ... meet?", "How many points do ... have in common?".

Both curves are polynomial equations in x and y (degree at most 4, rational coefficients).
The real common points are found by SymPy's `solve` and each is substituted back into both
equations. Independently, the points are projected onto the line u = x + t y for two
rational t: y is eliminated from f(u - t y, y) = g(u - t y, y) = 0 by a resultant, and
Sturm's method counts its distinct real roots, which must equal the number of points
(a real point gives a real u; a non-real pair a real u only for special t). Curves that
share a whole piece (a zero resultant) have infinitely many common points and decline.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

X, Y = sp.symbols("x y")
_U = sp.Symbol("u")
_CURVES = r"(?:(?:line|circle|parabola|ellipse|hyperbola|curve|graph)s? )?"
_OF = r"(?:the )?(?:graphs? (?:of )?)?(?:the )?"
_PAIR = rf"{_OF}{_CURVES}@(?P<a>\d+)@,? and {_OF}{_CURVES}@(?P<b>\d+)@"
# "the line A intersect the circle B": the verb between the two curves
_VERB_PAIR = (rf"{_OF}{_CURVES}@(?P<a>\d+)@,? (?:intersect|meet|cross) {_OF}{_CURVES}"
              r"@(?P<b>\d+)@")
_ASKS = [
    re.compile(rf"^(?:how many times|(?:at|in) how many (?:distinct |different )?points) "
               rf"do(?:es)? {_VERB_PAIR}$"),
    re.compile(rf"^how many times do(?:es)? {_PAIR} (?:intersect|meet|cross)(?: each other)?$"),
    re.compile(rf"^(?:at|in) how many (?:distinct |different )?points do(?:es)? {_PAIR} "
               r"(?:intersect|meet|cross)(?: each other)?$"),
    re.compile(rf"^how many (?:distinct |different )?(?:points of intersection|intersection "
               rf"points|points) do(?:es)? {_PAIR} have(?: in common)?$"),
    re.compile(rf"^how many (?:distinct |different )?(?:points of intersection|intersection "
               rf"points) are there (?:between|for|of) {_PAIR}$"),
    re.compile(r"^(?:find |what is |determine |compute )?the number of (?:distinct |different )?"
               rf"(?:points of intersection|intersection points|common points) (?:of|between) "
               rf"{_PAIR}$"),
]
VOCAB = frozenset(
    "how many times do does the graphs graph of line lines circle circles parabola parabolas "
    "ellipse ellipses hyperbola hyperbolas curve curves and intersect meet cross each other "
    "at in distinct different points point intersection have common are there between for "
    "find what is determine compute number".split())
MAX_DEGREE = 4


def _pieces(split: Split, template: str) -> tuple[str, str] | None:
    for pattern in _ASKS:
        m = pattern.fullmatch(template)
        if m is None:
            continue
        got = [g for g in m.groups() if g is not None]
        if len(got) != 2:
            return None
        return split.maths[int(got[0])], split.maths[int(got[1])]
    return None


def _curve(src: str) -> sp.Poly:
    e = parse_latex(src.strip().rstrip(".,"))
    if not isinstance(e, sp.Equality) or not e.free_symbols <= {X, Y} or not e.free_symbols:
        raise Decline("two equations in x and y")
    f = sp.expand(e.lhs - e.rhs)
    try:
        p = sp.Poly(f, X, Y)
    except sp.PolynomialError as exc:
        raise Decline("curves given by polynomial equations") from exc
    if not 1 <= p.total_degree() <= MAX_DEGREE or not all(c.is_Rational for c in p.coeffs()):
        raise Decline("polynomial curves of small degree with rational coefficients")
    return p


def read(split: Split, template: str) -> Result | None:
    tmpl = template.strip().rstrip(".?").strip()
    if not re.search(r"\bhow many\b|\bnumber of\b", tmpl) or not words_within(tmpl, VOCAB):
        return None
    found = _pieces(split, tmpl)
    if found is None:
        return None
    f, g = (_curve(src) for src in found)
    points = _real_points(f, g)
    for t in (sp.Rational(7, 3), sp.Rational(-5, 11)):
        _projected_count(f, g, t, points)
    n = len(points)
    shown = ", ".join(f"$({latex(a)}, {latex(b)})$" for a, b in points) or "none"
    return sp.Integer(n), [
        step("solve the two equations together", "A common point satisfies both equations.",
             f"Solving ${latex(f.as_expr())} = 0$ and ${latex(g.as_expr())} = 0$ together, "
             f"the real common points are {shown}.", ""),
        step("count the points", "Each real solution is one point where the graphs meet.",
             f"The graphs meet in {n} point" + "s" * (n != 1) + ".", str(n))]


def _real_points(f: sp.Poly, g: sp.Poly) -> list[tuple[sp.Expr, sp.Expr]]:
    sols = sp.solve([f.as_expr(), g.as_expr()], [X, Y], dict=True)
    if any(X not in s or Y not in s for s in sols):
        raise Decline("the curves share a whole piece: infinitely many common points")
    points: set[tuple[sp.Expr, sp.Expr]] = set()
    for s in sols:
        a, b = sp.nsimplify(sp.simplify(s[X])), sp.nsimplify(sp.simplify(s[Y]))
        if a.is_real is None or b.is_real is None:
            raise Decline("cannot tell whether a common point is real")
        if a.is_real and b.is_real:
            points.add((a, b))
    real = sorted(points, key=lambda p: (float(p[0]), float(p[1])))
    ok = all(abs(complex(sp.N(p.as_expr().subs({X: a, Y: b}), 30))) < 1e-20
             for a, b in real for p in (f, g))
    confirm.check(ok, "each common point satisfies both equations when substituted")
    return real


def _projected_count(f: sp.Poly, g: sp.Poly, t: sp.Rational,
                     points: list[tuple[sp.Expr, sp.Expr]]) -> None:
    """The number of distinct real roots of the resultant along u = x + t y (Sturm)."""
    moved = [sp.expand(p.as_expr().subs(X, _U - t * Y)) for p in (f, g)]
    res = sp.Poly(sp.resultant(moved[0], moved[1], Y), _U)
    if res.is_zero:
        raise Decline("the curves share a whole piece: infinitely many common points")
    us = {sp.simplify(a + t * b) for a, b in points}
    if len(us) != len(points):
        return  # two points project to one u: this t says nothing
    count = 0 if res.degree() <= 0 else sp.Poly(
        sp.quo(res, sp.gcd(res, res.diff(_U))), _U).count_roots()
    confirm.check(count == len(points), f"projected on $u = x + {latex(t)}y$, the resultant "
                  f"has {count} distinct real roots, one for each common point")


__all__ = ["VOCAB", "read"]
