"""Typed reader: the largest or smallest value, or the range, of a trigonometric expression
in one angle over all angles.

"Find the maximum value of $\\cos x + 2 \\sin x$ over all angles $x$", "What is the minimum
value of $\\sin^4 x + \\cos^4 x$?", "Find the range of $f(x) = \\sin^2 x + \\cos x$".

Every function is of a whole multiple of the angle, so the expression is a rational function
f(s, c) of s = sin x and c = cos x (de Moivre) on the circle s^2 + c^2 = 1. Its extremes
are where the derivative along the circle, c f_s - s f_c, vanishes: that system is solved
exactly with SymPy and f is evaluated at every real solution. An expression with a pole on
the circle (unbounded) is declined.

Confirmed numerically and independently: the written expression is sampled over a whole
turn (720 points, the best refined by golden-section search) with mpmath; the
sampled maximum and minimum must agree with the exact ones to 12 digits."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import (
    evaluate,
    in_sin_cos,
    parse_trig,
    trig_atoms,
)
from tutor.reasoning.symbolic.typed import words, words_within

_MAX = frozenset("maximum largest greatest biggest max large big".split())
_MIN = frozenset("minimum smallest least min small".split())
VOCAB = _MAX | _MIN | frozenset(
    "range possible over all real numbers number angles angle values value function "
    "expression the of for as varies ranges interval notation enter answer using your "
    "where how can ranging".split())
_S, _C = sp.symbols("s c", real=True)


def _expression(src: str) -> tuple[sp.Expr, sp.Symbol]:
    named = re.match(r"\s*[a-zA-Z]\s*\(\s*(?:[a-zA-Z]|\\[a-z]+)\s*\)\s*=", src)
    e = parse_trig(src[named.end():] if named else src)
    if isinstance(e, sp.Eq):  # f(x) = ..., y = ...
        if trig_atoms(e.lhs) or not trig_atoms(e.rhs):
            raise Decline("a function written f(x) = ...")
        e = e.rhs
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1 or not trig_atoms(e):
        raise Decline("a trigonometric expression in one angle")
    return e, next(iter(e.free_symbols))


def _critical_values(f: sp.Expr) -> list[sp.Expr]:
    num, den = sp.fraction(sp.together(f))
    if sp.Poly(sp.expand(num), _S, _C).total_degree() > 8 or sp.Poly(
            sp.expand(den), _S, _C).total_degree() > 8:
        raise Decline("an expression of too high a degree")
    if den.free_symbols:
        on_circle = sp.solve([den, _S ** 2 + _C ** 2 - 1], [_S, _C], dict=True)
        if any(all(v.is_real for v in sol.values()) for sol in on_circle):
            raise Decline("the expression is undefined at some angle")
    along = sp.together(_C * sp.diff(f, _S) - _S * sp.diff(f, _C))
    top = sp.expand(sp.fraction(along)[0])
    if top == 0:
        return [sp.simplify(f.subs({_S: 0, _C: 1}))]
    sols = sp.solve([top, _S ** 2 + _C ** 2 - 1], [_S, _C], dict=True)
    values = []
    for sol in sols:
        if set(sol) != {_S, _C}:
            raise Decline("the critical points are not isolated")
        s, c = sol[_S], sol[_C]
        if not all(abs(sp.im(sp.N(v, 40))) < 1e-30 for v in (s, c)):
            continue
        values.append(sp.radsimp(sp.simplify(f.subs({_S: sp.re(s), _C: sp.re(c)}))))
    if not values:
        raise Decline("no critical point found")
    return values


def _sampled(e: sp.Expr, x: sp.Symbol) -> tuple[mpmath.mpf, mpmath.mpf]:
    n = 720
    with mpmath.workdps(20):
        step_ = 2 * mpmath.pi / n

        def g(t: mpmath.mpf) -> mpmath.mpf:
            return evaluate(e, {x: t}).real

        vals = [g(k * step_) for k in range(n)]
        best = []
        for sign in (1, -1):
            k = max(range(n), key=lambda j: sign * vals[j])
            lo, hi = (k - 1) * step_, (k + 1) * step_
            for _ in range(60):  # golden-section search on [lo, hi]
                m1, m2 = hi - (hi - lo) / mpmath.phi, lo + (hi - lo) / mpmath.phi
                if sign * g(m1) > sign * g(m2):
                    hi = m2
                else:
                    lo = m1
            t = (lo + hi) / 2
            best.append(g(t))
        return best[0], best[1]


def read_trig_extreme(split: Split, template: str) -> Result | None:
    w = words(template)
    if not w & (_MAX | _MIN | {"range"}) or not words_within(template, VOCAB):
        return None
    pieces = list(dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)))
    exprs = [i for i in pieces if re.search(r"\\(?:sin|cos|tan|cot|sec|csc)", split.maths[i])]
    others = [i for i in pieces if i not in exprs]
    if len(exprs) != 1 or any(not re.fullmatch(r"\s*(?:[a-zA-Z]|\\theta|\\alpha)\s*",
                                               split.maths[i]) for i in others):
        return None
    ask = ("max" if w & _MAX else "") + ("min" if w & _MIN else "") + (
        "range" if "range" in w else "")
    if ask not in ("max", "min", "range"):
        raise Decline("one of the maximum, the minimum or the range")
    e, x = _expression(split.maths[exprs[0]])
    f = in_sin_cos(e, x, _S, _C)
    values = _critical_values(f)
    with mpmath.workdps(40):
        numeric = [(sp.N(v, 40), v) for v in values]
        top = max(numeric, key=lambda p: p[0])[1]
        bottom = min(numeric, key=lambda p: p[0])[1]
        hi, lo = _sampled(e, x)
        confirm.check(abs(hi - mpmath.mpf(str(sp.N(top, 35)))) < 1e-12 and
                      abs(lo - mpmath.mpf(str(sp.N(bottom, 35)))) < 1e-12,
                      "sampling a whole turn numerically gives the same largest and smallest "
                      "values")
    shown = latex(e)
    if ask == "range":
        answer = f"\\left[ {latex(bottom)}, {latex(top)} \\right]"
        said = f"from ${latex(bottom)}$ to ${latex(top)}$"
    else:
        answer = top if ask == "max" else bottom
        said = f"${latex(answer)}$"
    return answer, [step("write it with sine and cosine", "On the circle $s^2 + c^2 = 1$ the "
                         "extremes are where the derivative along the circle is zero.",
                         f"${shown}$ at its critical angles takes the values " + ", ".join(
                             f"${latex(v)}$" for v in values) + ".", ""),
                    step("compare", "The largest and smallest of these are the extremes: the "
                         "expression is continuous on a whole turn.", f"The answer is {said}.",
                         "")]


__all__ = ["VOCAB", "read_trig_extreme"]
