"""Typed reader: equations in one unknown made of inverse trigonometric functions.

"Solve $\\arcsin x + \\arcsin 3x = \\frac{\\pi}{2}$", "Find all solutions to
$\\arccos 2x - \\arccos x = \\frac{\\pi}{6}$", "Find the positive integer $n$ such that
$\\arctan \\frac{1}{2} + \\arctan \\frac{1}{n} = \\frac{\\pi}{4}$".

Exact: the tangent (or, when the right side is a right angle, the cosine) of both sides
is taken; the addition formulas turn the equation into an algebraic one whose solutions
contain every solution of the original (a necessary condition), SymPy solves it, and each
candidate is kept only when the original equation holds at it to 40 digits. Confirmed
independently by a numerical scan of the unknown's whole domain (bounded by the arcsine
and arccosine arguments; an unbounded unknown is scanned as tan u): every sign change and
near-zero of the original is refined with mpmath's `findroot`, and the roots found must be
exactly the roots kept."""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import parse_trig
from tutor.reasoning.symbolic.typed import words_within

_INVERSE = (sp.asin, sp.acos, sp.atan, sp.acot)
_ASK = re.compile(r"^(?:solve|find all (?:the )?(?:real )?solutions (?:to|of)|(?:find|compute|"
                  r"determine) (?:all |the )?(?:real )?(?:(?P<pos>positive) )?(?P<int>integer )?"
                  r"(?:numbers? |values? (?:of )?)?@(?P<x>\d+)@ (?:such that|that satisf(?:y|ies)"
                  r"|satisfying|for which|if))(?: the equation)? @(?P<eq>\d+)@\W*$")
VOCAB = frozenset("solve find all the real solutions solution to of compute determine "
                  "positive integer numbers number values value such that satisfy satisfies "
                  "satisfying for which if equation".split())
_SCAN = 2000
_LONGEST = 160  # characters of an answer worth showing
_CLOSE = mpmath.mpf(10) ** -30


def read_inverse_trig_equation(split: Split, template: str) -> Result | None:
    if not any(re.search(r"\\(?:arc|operatorname\s*\{\s*arc)", m) for m in split.maths):
        return None
    if not words_within(template, VOCAB):
        return None
    m = _ASK.match(template.strip())
    if m is None:
        return None
    eq = parse_trig(split.maths[int(m.group("eq"))])
    if not isinstance(eq, sp.Equality) or len(eq.free_symbols) != 1:
        return None
    x = next(iter(eq.free_symbols))
    if m.group("x") is not None and parse_trig(split.maths[int(m.group("x"))]) != x:
        raise Decline("the unknown asked is not the equation's letter")
    f = eq.lhs - eq.rhs
    inverses = [a for a in f.atoms(sp.Function) if isinstance(a, _INVERSE) and a.has(x)]
    others = [a for a in f.atoms(sp.Function) if a.has(x) and not isinstance(a, _INVERSE)]
    if not inverses or others or any(a.args[0].atoms(sp.Function) for a in inverses):
        return None
    if any(not a.args[0].is_rational_function(x) for a in inverses):
        raise Decline("inverse functions of rational expressions")
    roots = _exact_roots(eq, x)
    roots = [r for r in roots if (not m.group("pos") or r > 0) and (not m.group("int") or
                                                                      r.is_integer)]
    scanned = [r for r in _scanned_roots(f, x, inverses)
               if (not m.group("pos") or r > 0)]
    if m.group("int"):
        scanned = [r for r in scanned if abs(r - mpmath.nint(r)) < 1e-12]
    confirm.check(len(scanned) == len(roots) and all(
        abs(mpmath.mpf(sp.N(r, 40)) - s) < 1e-12 for r, s in zip(roots, scanned, strict=True)),
        "a numerical scan of the whole domain finds exactly these solutions")
    if not roots:
        raise Decline("no solution")
    if (m.group("int") or "the" in template.split()) and len(roots) != 1:
        raise Decline("one solution asked for, several found")
    answer = ", ".join(latex(r) for r in roots)
    if len(answer) > _LONGEST:
        raise Decline("solutions too long to write out")
    claim = ", ".join(f"{latex(eq.lhs.subs(x, r))} = {latex(eq.rhs)}" for r in roots[:1])
    return answer, [
        step("take the tangent of both sides", "Apply a trigonometric function to both "
             "sides and use the addition formulas; this gives an algebraic equation whose "
             "solutions include every solution.", f"${latex(_algebraic(eq, x)[0])} = 0$", ""),
        step("keep the true solutions", "Substitute each candidate into the original "
             "equation; an inverse function's value must be in its range.",
             f"${x} = {answer}$: ${claim}$", "")]


def _algebraic(eq: sp.Equality, x: sp.Symbol) -> tuple[sp.Expr, str]:
    """The numerator of T(lhs) - T(rhs), T the tangent unless the right side is a right
    angle (then the cosine)."""
    rhs = sp.simplify(eq.rhs)
    use_cos = rhs.has(x) is False and sp.simplify(sp.cos(rhs)) == 0
    fn = sp.cos if use_cos else sp.tan
    left = sp.simplify(sp.expand_trig(fn(sp.expand(eq.lhs))))
    right = sp.simplify(sp.expand_trig(fn(rhs)))
    num = sp.numer(sp.together(left - right))
    if num.has(sp.asin, sp.acos, sp.atan, sp.acot, sp.sin, sp.cos, sp.tan):
        raise Decline("an equation that does not become algebraic")
    return num, fn.__name__


def _exact_roots(eq: sp.Equality, x: sp.Symbol) -> list[sp.Expr]:
    num, _fn = _algebraic(eq, x)
    if sp.simplify(num) == 0:
        raise Decline("the equation holds wherever both sides are defined")
    try:
        cands = sp.solve(sp.Eq(num, 0), x)
    except NotImplementedError as exc:
        raise Decline("an algebraic equation SymPy cannot solve") from exc
    f = eq.lhs - eq.rhs
    out = []
    for c in cands:
        if not c.is_real:
            continue
        with mpmath.workdps(50):
            v = sp.N(f.subs(x, c), 45)
        if v.is_real is not False and abs(complex(v)) < 1e-30 and sp.im(v) == 0:
            out.append(sp.radsimp(sp.simplify(c)))
    return sorted(set(out), key=lambda r: sp.N(r, 30))


def _bounds(inverses: list[sp.Expr], x: sp.Symbol) -> tuple[mpmath.mpf, mpmath.mpf] | None:
    """The x-interval where every arcsine and arccosine argument lies in [-1, 1] (None when
    there is none of them: the whole line)."""
    bounded = [a for a in inverses if isinstance(a, (sp.asin, sp.acos))]
    if not bounded:
        return None
    region = sp.Interval(-sp.oo, sp.oo)
    for a in bounded:
        region = region & sp.solveset(sp.Abs(a.args[0]) <= 1, x, sp.S.Reals)
    if not isinstance(region, sp.Interval) or not (region.start.is_finite and region.end.is_finite):
        raise Decline("the domain of the arcsines is not one interval")
    return mpmath.mpf(sp.N(region.start, 40)), mpmath.mpf(sp.N(region.end, 40))


def _scanned_roots(f: sp.Expr, x: sp.Symbol, inverses: list[sp.Expr]) -> list[mpmath.mpf]:
    with mpmath.workdps(40):
        g = sp.lambdify(x, f, modules="mpmath")
        bounds = _bounds(inverses, x)
        if bounds is None:
            def at(u: mpmath.mpf) -> mpmath.mpf:
                return mpmath.tan(u)
            lo, hi = -mpmath.pi / 2, mpmath.pi / 2
        else:
            def at(u: mpmath.mpf) -> mpmath.mpf:
                return u
            lo, hi = bounds

        def value(u: mpmath.mpf) -> mpmath.mpf | None:
            try:
                v = g(at(u))
            except (ZeroDivisionError, ValueError):
                return None
            return mpmath.re(v) if abs(mpmath.im(v)) < 1e-25 else None

        step_u = (hi - lo) / _SCAN
        us = [lo + step_u * (k + mpmath.mpf(1) / 2) for k in range(_SCAN)]
        vals = [value(u) for u in us]
        found: list[mpmath.mpf] = []
        for i in range(1, _SCAN - 1):
            a, b, c = vals[i - 1], vals[i], vals[i + 1]
            if a is None or b is None or c is None:
                continue
            crosses = a * b <= 0 and abs(a - b) < 1
            dips = abs(b) < abs(a) and abs(b) < abs(c) and abs(b) < 1e-3
            if not (crosses or dips):
                continue
            try:
                u = mpmath.findroot(lambda t: g(at(t)), us[i - 1] if crosses else us[i])
            except (ValueError, ZeroDivisionError):
                continue
            u = mpmath.re(u)
            r = at(u)
            if lo <= u <= hi and abs(g(r)) < _CLOSE and all(abs(r - s) > 1e-15 for s in found):
                found.append(r)
        # a root at an end of the arcsines' domain (arccos 1, arcsin(-1)) is between no two
        # scanned points: the ends are tried themselves
        for end in (lo, hi) if bounds is not None else ():
            v = value(end)
            if v is not None and abs(v) < _CLOSE and all(abs(end - s) > 1e-15 for s in found):
                found.append(end)
        return sorted(found)


__all__ = ["read_inverse_trig_equation"]
