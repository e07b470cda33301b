"""Typed reader: an expression evaluated at the one root of a polynomial picked by a word.

"Evaluate the polynomial $x^3 - 3x^2 - 2x + 5$, where $x$ is the positive number such that
$x^2 - 3x - 4 = 0$", "If $t$ is the negative solution of $t^2 + t - 6 = 0$, what is
$t^3 + 2t$?", "Let $y$ be the larger root of $y^2 - 6y + 7 = 0$. Compute $y^2 + \\frac{2}{y}$".
The roots are SymPy's, in radicals (all of them must be found); the word picks one
(positive, negative, larger, smaller, real, or none when the polynomial has one root), and
it must be the only one of its kind. For a polynomial asked about, the remainder on division
by the equation's polynomial has the same value at the root (a teacher's shortcut, shown as
a step). Confirmed independently: mpmath's roots at 40 digits, sorted by the same word,
must give one root, and the expression evaluated there numerically must agree.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import numeric_roots, polynomial

_WHO = re.compile(r"@(?P<x>\d+)@ (?:is|be) the (?:(?P<kind>positive|negative|real|larger|"
                  r"greater|smaller|largest|greatest|smallest) )?(?:real )?(?:number|solution|"
                  r"root|value)(?: of| such that| (?:that )?satisf(?:ies|ying)) "
                  r"(?:the equation )?@(?P<q>\d+)@")
_ASK = re.compile(r"(?:evaluate|find|compute|calculate|determine|what is)(?: the value of)?"
                  r"(?: the (?:polynomial|expression))? @(?P<p>\d+)@")
_JOIN = frozenset("if let suppose where given that then and".split())
_PICKS = {"larger": "max", "greater": "max", "largest": "max", "greatest": "max",
          "smaller": "min", "smallest": "min"}
_TINY = mpmath.mpf(10) ** -20


def read(split: Split, template: str) -> Result | None:
    who, ask = _WHO.search(template), _ASK.search(template)
    if who is None or ask is None:
        return None
    rest = template.replace(who.group(0), " ").replace(ask.group(0), " ")
    if set(re.findall(r"[a-z@0-9]+", rest)) - _JOIN:
        return None
    letter = parse_latex(split.maths[int(who.group("x"))])
    poly, _ = polynomial(split.maths[int(who.group("q"))])
    x = poly.gen
    target = parse_latex(split.maths[int(ask.group("p"))])
    if letter != x or not isinstance(target, sp.Expr) or target.free_symbols != {x}:
        return None
    kind = who.group("kind") or ""
    found = sp.roots(poly)
    if sum(found.values()) != poly.degree():
        raise Decline("the roots in radicals")
    root = _picked(list(found), kind)
    value = sp.radsimp(sp.simplify(target.subs(x, root)))
    if not value.is_number or not value.is_finite:
        raise Decline("a value at the root")
    got = _numerically(poly, kind, target, x)
    if got is None:
        raise Decline("the numerical roots do not pick one root the same way")
    confirm.number(got, value, "the root picked from mpmath's roots at 40 digits, the "
                   "expression evaluated there")
    steps: list[Step] = [step("find the roots", "Solve the equation and pick the root asked "
                              "for.", f"The {kind + ' ' if kind else ''}root of "
                              f"${latex(poly.as_expr())} = 0$ is ${latex(x)} = {latex(root)}$.",
                              f"{latex(x)} = {latex(root)}")]
    if target.is_polynomial(x) and sp.degree(target, x) >= poly.degree():
        remainder = sp.rem(sp.Poly(target, x), poly).as_expr()
        steps.append(step("reduce", "Divide by the equation's polynomial: it is 0 at the root, "
                          "so only the remainder counts.",
                          f"${latex(target)}$ leaves the remainder ${latex(remainder)}$.", ""))
        target = remainder
    claim = f"{latex(target)} = {latex(value)}"
    steps.append(step("substitute", f"Put ${latex(x)} = {latex(root)}$ in.", f"${claim}$ at "
                      f"${latex(x)} = {latex(root)}$", ""))
    return value, steps


def _picked(roots: list[sp.Expr], kind: str) -> sp.Expr:
    if not kind:
        if len(roots) != 1:
            raise Decline("which root is meant is not said")
        return roots[0]
    real = []
    for r in roots:
        if r.is_real is None:
            raise Decline("a root whose kind is not decided")
        if r.is_real:
            real.append(r)
    if kind in ("positive", "negative"):
        kept = [r for r in real if (r.is_positive if kind == "positive" else r.is_negative)]
    elif kind == "real":
        kept = real
    else:
        if not real:
            raise Decline("no real root")
        best = max(real, key=lambda r: float(r)) if _PICKS[kind] == "max" else min(
            real, key=lambda r: float(r))
        kept = [best]
        if sum(1 for r in real if abs(float(r - best)) < 1e-12) != 1:
            raise Decline("two roots too close to tell apart")
    if len(kept) != 1:
        raise Decline(f"not exactly one {kind} root")
    return kept[0]


def _numerically(poly: sp.Poly, kind: str, target: sp.Expr, x: sp.Symbol) -> mpmath.mpc | None:
    with mpmath.workdps(40):
        values = [mpmath.mpc(str(sp.re(r)), str(sp.im(r))) for r in numeric_roots(poly)]
        distinct: list[mpmath.mpc] = []
        for v in values:
            if all(abs(v - d) > mpmath.mpf(10) ** -15 for d in distinct):
                distinct.append(v)
        real = [v.real for v in distinct if abs(v.imag) < _TINY]
        if not kind:
            kept = distinct
        elif kind == "positive":
            kept = [v for v in real if v > _TINY]
        elif kind == "negative":
            kept = [v for v in real if v < -_TINY]
        elif kind == "real":
            kept = real
        else:
            kept = [max(real) if _PICKS[kind] == "max" else min(real)] if real else []
        if len(kept) != 1:
            return None
        point = sp.Float(mpmath.nstr(mpmath.re(kept[0]), 40), 40) + sp.I * sp.Float(
            mpmath.nstr(mpmath.im(kept[0]), 40), 40)
        got = sp.N(target.subs(x, point), 35)
        return mpmath.mpc(str(sp.re(got)), str(sp.im(got)))


__all__ = ["read"]
