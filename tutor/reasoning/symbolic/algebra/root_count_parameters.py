"""The values of a letter for which an equation in x has a given number of solutions.

The equation clears to N(x, a) = 0 with N a polynomial in x and the letter a (rational
coefficients); a solution is a root of N at which no written denominator D(x, a) is zero.
The number of solutions, counted as asked (distinct or with multiplicity, real, complex,
positive or negative), can change only at finitely many values of a: where N's leading
coefficient or its content vanishes, where two roots meet (the discriminant in x of N's
square-free part), where a root meets a denominator's zero (their resultant in x) or a
denominator's leading coefficient vanishes, and for a sign asked, where a root passes
through 0. Between two neighbouring critical values the count is constant, so it is found
exactly (Sturm's count of the real roots, `Poly.count_roots`) at one rational point of
each open interval and at each critical value itself; the answer is the union of the
pieces whose count is the one asked.

Confirmed independently: at every critical value and at two other points of each
interval (and far out on both sides) the roots are found numerically at 50 digits
(mpmath), told apart, those where a denominator vanishes left out, and counted; the count
must meet the condition exactly where the answer set holds the point.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex

MAX_X_DEGREE = 8
MAX_A_DEGREE = 6
MAX_CRITICAL = 40


@dataclass(frozen=True)
class Counting:
    """What is counted: each distinct solution once or roots with multiplicity, real or
    complex ones, and for real ones a side of 0 ("", "positive", "negative")."""

    distinct: bool = True
    real: bool = True
    side: str = ""

    def words(self) -> str:
        sides = {"": "", "positive": "positive ", "negative": "negative "}
        return (("distinct " if self.distinct else "") + sides[self.side]
                + ("real" if self.real else "complex") + " solutions")


Wanted = Callable[[int | None], bool]  # None: infinitely many solutions


@dataclass(frozen=True)
class Equation:
    """N(x, a) = 0 with the denominators D(x, a) that must not vanish."""

    num: sp.Poly  # in x and a
    dens: tuple[sp.Poly, ...]
    x: sp.Symbol
    a: sp.Symbol


def cleared(expr: sp.Expr, written: list[sp.Basic], x: sp.Symbol, a: sp.Symbol) -> Equation:
    """The equation expr = 0 cleared of its denominators (SymPy's and the text's)."""
    dens = {sp.expand(d) for d in written if isinstance(d, sp.Expr) and x in d.free_symbols}
    for node in sp.preorder_traversal(expr):
        if isinstance(node, sp.Pow) and node.exp.is_negative and x in node.base.free_symbols:
            dens.add(sp.expand(node.base))
    num, den = (sp.expand(e) for e in sp.fraction(sp.together(expr)))
    if any(isinstance(d, sp.Expr) and a in d.free_symbols and x not in d.free_symbols
           for d in [*written, *sp.Mul.make_args(sp.factor(den))]):
        # a denominator in the letter alone: at its zeros the equation says nothing
        raise Decline("a denominator that holds the letter but not the unknown")
    polys = []
    for e in [num, *dens]:
        if not e.is_polynomial(x, a) or e.free_symbols - {x, a}:
            raise Decline("an equation that clears to a polynomial in the unknown and the letter")
        p = sp.Poly(e, x, a)
        if not all(c.is_Rational for c in p.coeffs()):
            raise Decline("rational coefficients")
        polys.append(p)
    p = polys[0]
    if p.is_zero or p.degree(x) < 1 or p.degree(a) < 1:
        raise Decline("an equation in the unknown whose coefficients hold the letter")
    if p.degree(x) > MAX_X_DEGREE or p.degree(a) > MAX_A_DEGREE:
        raise Decline("an equation of small degree")
    return Equation(p, tuple(polys[1:]), x, a)


def _real_roots(q: sp.Poly) -> list[sp.Expr]:
    """The real roots in radicals of a polynomial in the letter alone."""
    if q.is_zero or q.degree() < 1:
        return []
    out: list[sp.Expr] = []
    for factor, _ in q.factor_list()[1]:
        if factor.degree() > 4:
            raise Decline("critical values beyond radicals")
        roots = factor.real_roots(radicals=True)
        if any(r.has(sp.CRootOf) for r in roots):
            raise Decline("critical values beyond radicals")
        out.extend(roots)
    return out


def critical_values(eq: Equation, how: Counting) -> list[sp.Expr]:
    """The values of the letter where the count may change, in increasing order."""
    x, a = eq.x, eq.a
    in_x = sp.Poly(eq.num.as_expr(), x)
    content = sp.Poly(sp.gcd_list(in_x.all_coeffs()), a)
    found = _real_roots(content) + _real_roots(sp.Poly(in_x.LC(), a))
    square_free = sp.Poly(sp.sqf_part(sp.Poly(sp.quo(eq.num.as_expr(), content.as_expr()), x, a)),
                          x, a)
    for d in eq.dens:
        common = sp.gcd(square_free, d)
        square_free = sp.Poly(sp.quo(square_free, common), x, a)
        found += _real_roots(sp.Poly(sp.Poly(d.as_expr(), x).LC(), a))
        if square_free.degree(x) >= 1 and d.degree(x) >= 1:
            found += _real_roots(sp.Poly(sp.resultant(square_free.as_expr(), d.as_expr(), x), a))
    if square_free.degree(x) >= 2:
        found += _real_roots(sp.Poly(sp.discriminant(square_free.as_expr(), x), a))
    if how.side and square_free.degree(x) >= 1:
        found += _real_roots(sp.Poly(square_free.as_expr().subs(x, 0), a))
    distinct: list[sp.Expr] = []
    for v in sorted(found, key=lambda r: float(sp.N(r, 30))):
        if not any(sp.simplify(v - w) == 0 for w in distinct):
            distinct.append(sp.nsimplify(v) if v.is_Rational else v)
    if len(distinct) > MAX_CRITICAL:
        raise Decline("too many critical values")
    return distinct


def count_at(eq: Equation, value: sp.Expr, how: Counting) -> int | None:
    """The exact number of solutions at one value of the letter (None: infinitely many)."""
    extension = None if value.is_Rational else True
    num = sp.Poly(eq.num.as_expr().subs(eq.a, value), eq.x, extension=extension)
    dens = [sp.Poly(d.as_expr().subs(eq.a, value), eq.x, extension=extension) for d in eq.dens]
    if any(d.is_zero for d in dens):
        raise Decline("a denominator is zero for every x at one value of the letter")
    if num.is_zero:
        return None
    total = 0
    for factor, times in (num.sqf_list()[1] if not how.distinct else [(num.sqf_part(), 1)]):
        for d in dens:
            factor = factor.quo(factor.gcd(d))
        if factor.degree() < 1:
            continue
        if not how.real:
            n = factor.degree()
        elif how.side == "positive":
            n = factor.count_roots(0, None) - int(factor.eval(0) == 0)
        elif how.side == "negative":
            n = factor.count_roots(None, 0) - int(factor.eval(0) == 0)
        else:
            n = factor.count_roots()
        total += times * n
    return total


def _between(lo: sp.Expr, hi: sp.Expr) -> sp.Rational:
    """A rational number strictly between two real numbers."""
    for digits in (6, 15, 40):
        t = sp.Rational(str(sp.N((lo + hi) / 2, digits)))
        if (t - lo).is_positive and (hi - t).is_positive:
            return t
    raise Decline("critical values too close together")


def values_with(eq: Equation, how: Counting, wanted: Wanted) -> tuple[sp.Set, list[sp.Expr]]:
    """The set of the letter's values whose count is wanted, and the critical values."""
    crit = critical_values(eq, how)
    if not crit:
        return (sp.S.Reals if wanted(count_at(eq, sp.Integer(0), how)) else sp.S.EmptySet), []
    ends = [-sp.oo, *crit, sp.oo]
    pieces: list[sp.Set] = []
    for lo, hi in zip(ends, ends[1:], strict=False):
        t = (sp.floor(hi) - 1 if lo == -sp.oo else sp.ceiling(lo) + 1 if hi == sp.oo
             else _between(lo, hi))
        if wanted(count_at(eq, t, how)):
            pieces.append(sp.Interval.open(lo, hi))
    pieces += [sp.FiniteSet(c) for c in crit if wanted(count_at(eq, c, how))]
    return sp.Union(*pieces), crit


def _at(p: sp.Poly, point: list) -> mpmath.mpc:
    """A polynomial with rational coefficients at a point, in mpmath (no code generated)."""
    total = mpmath.mpf(0)
    for powers, c in p.terms():
        term = mpmath.mpf(int(c.p)) / int(c.q)
        for v, k in zip(point, powers, strict=True):
            term *= v ** k
        total += term
    return total


def _numeric_count(eq: Equation, t: mpmath.mpf, how: Counting) -> int | None:
    """The solutions at a = t counted from mpmath's roots of N, at 50 digits."""
    tiny = mpmath.mpf(10) ** -30
    close = mpmath.mpf(10) ** -12
    in_x = sp.Poly(eq.num.as_expr(), eq.x)
    coeffs = [_at(sp.Poly(c, eq.a), [t]) for c in in_x.all_coeffs()]
    while coeffs and abs(coeffs[0]) < tiny:
        coeffs.pop(0)
    if not coeffs:
        return None
    roots = mpmath.polyroots(coeffs, maxsteps=400, extraprec=200) if len(coeffs) > 1 else []
    kept: list[mpmath.mpc] = []
    for r in roots:
        real = abs(mpmath.im(r)) < close
        if how.real and not real:
            continue
        if how.side and (abs(r) < close or (mpmath.re(r) > 0) != (how.side == "positive")):
            continue
        if any(abs(_at(d, [r, t])) < close for d in eq.dens):
            continue
        if how.distinct and any(abs(r - s) < close for s in kept):
            continue
        kept.append(r)
    return len(kept)


def confirm_values(eq: Equation, how: Counting, wanted: Wanted, answer: sp.Set,
                   crit: list[sp.Expr]) -> None:
    """The condition checked numerically at the critical values and around them."""
    with mpmath.workdps(50):
        spots = [mpmath.mpf(str(sp.N(c, 60))) for c in crit] or [mpmath.mpf(0)]
        points = [(c, s) for c, s in zip(crit, spots, strict=False)]
        for lo, hi in zip(spots, spots[1:], strict=False):
            points += [(None, lo + (hi - lo) / 4), (None, lo + 3 * (hi - lo) / 4)]
        points += [(None, spots[0] - d) for d in (mpmath.mpf("0.37"), 7)]
        points += [(None, spots[-1] + d) for d in (mpmath.mpf("0.41"), 9)]
        for exact, t in points:
            where = exact if exact is not None else sp.Float(str(t), 50)
            n = _numeric_count(eq, t, how)
            confirm.check(wanted(n) == bool(answer.contains(where)),
                          f"at {latex(eq.a)} = {latex(sp.N(where, 8))} the numerical roots "
                          f"give {'infinitely many' if n is None else n} {how.words()}")


__all__ = ["Counting", "Equation", "cleared", "confirm_values", "count_at", "critical_values",
           "values_with"]
