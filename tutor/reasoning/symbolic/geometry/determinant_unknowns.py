"""Determinant equations with more than one letter (called by `letter_determinants`).

Two cases a student meets:

- two distinct unknowns: "Let $x$ and $y$ be distinct real numbers such that
  $\\begin{vmatrix} ... \\end{vmatrix} = 0$. Find $x + y$." The determinant minus its value
  is factored as $(x - y)^k R$; "distinct" removes the factor $x - y$, and $R = 0$, linear in
  one unknown, gives it in terms of the other. The asked expression must then be the same
  number for every solution.
- an unknown and named constants: "Given $a \\neq 0$, solve for $x$ in ... Give your answer
  in terms of $a$." The determinant is a polynomial in the unknown whose leading
  coefficient cannot vanish under the stated conditions (a constant times a product of
  letters said to be nonzero); its roots must be rational in the constants (so real).

Confirmed independently with plain fractions (`plain_matrices.det`, Gaussian elimination):
the factorisation holds at sample points; at sample values the found solutions put back
give the determinant's value, and the asked expression takes the found value; for the
constants, the roots of the polynomial with the constants put in first agree with the
formulas."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import plain_matrices as pm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result

NONZERO = re.compile(r"^\s*([a-z])\s*(?:\\neq?|\\not=)\s*0\s*[.,]?\s*$")
_SAMPLES = [Fraction(3, 7), Fraction(-5, 2), Fraction(2), Fraction(-1, 3), Fraction(7, 4),
            Fraction(11, 5), Fraction(-9, 4)]


def _det_at(m: sp.Matrix, values: dict[sp.Symbol, Fraction]) -> Fraction:
    subs = {k: sp.Rational(v.numerator, v.denominator) for k, v in values.items()}
    rows = [[Fraction(int(e.p), int(e.q)) for e in m.row(i).subs(subs)] for i in range(m.rows)]
    return pm.det(rows)


def _frac(x: sp.Basic) -> Fraction:
    if not isinstance(x, sp.Rational):
        raise Decline("a value that is not rational at a sample point")
    return Fraction(int(x.p), int(x.q))


def _never_zero(lead: sp.Expr, nonzero: set[sp.Symbol]) -> bool:
    """True when `lead` is a nonzero number times powers of letters said to be nonzero."""
    coeff, monomial = sp.factor(lead).as_coeff_Mul()
    if not coeff.is_Rational or coeff == 0:
        return False
    for f in sp.Mul.make_args(monomial):
        base, exp = f.as_base_exp()
        if f != 1 and (base not in nonzero or not (exp.is_Integer and exp > 0)):
            return False
    return True


def _rational_in(r: sp.Expr, consts: list[sp.Symbol]) -> bool:
    """True when r is a quotient of polynomials in the constants with rational coefficients."""
    if r.has(sp.I):
        return False
    parts = sp.fraction(sp.together(r))
    return all(p.is_polynomial(*consts) and all(
        c.is_Rational for c in sp.Poly(p, *consts).coeffs()) for p in parts)


def distinct_pair(m: sp.Matrix, rhs: sp.Expr, asked: sp.Expr) -> Result:
    """The value of `asked` at every solution (x, y) with x != y of det m = rhs."""
    letters = sorted(m.free_symbols, key=str)
    if len(letters) != 2 or not asked.free_symbols or not asked.free_symbols <= set(letters):
        raise Decline("two distinct unknowns and an expression in them")
    x, y = letters
    whole = sp.Poly(sp.expand(m.det() - rhs), x, y)
    diff = sp.Poly(x - y, x, y)
    k, rest = 0, whole
    while not rest.is_zero:
        q, r = sp.div(rest, diff)
        if not r.is_zero:
            break
        k, rest = k + 1, q
    if k == 0 or rest.is_zero:
        raise Decline("the determinant has no factor x - y to remove")
    linear = [(u, v) for u, v in ((y, x), (x, y)) if sp.degree(rest, u) == 1]
    if not linear:
        raise Decline("after removing x - y the equation is not linear in an unknown")
    u, v = linear[0]
    lead, const = sp.Poly(rest.as_expr(), u).all_coeffs()
    if sp.degree(sp.gcd(lead, const), v) > 0 or lead.is_zero:
        raise Decline("the remaining factor vanishes along a whole line")
    solved = -const / lead
    value = sp.simplify(asked.subs(u, solved))
    if value.free_symbols or not value.is_Rational:
        raise Decline("the asked expression is not fixed by the equation")
    # plain fractions: the factorisation at sample points, and the value at solutions
    ok, seen = True, 0
    for i, s in enumerate(_SAMPLES):
        t = _SAMPLES[(i + 3) % len(_SAMPLES)] + 1
        point = {x: s, y: t}
        sub = {x: sp.Rational(s.numerator, s.denominator),
               y: sp.Rational(t.numerator, t.denominator)}
        ok &= _det_at(m, point) - _frac(rhs) == (s - t) ** k * _frac(rest.as_expr().subs(sub))
        if lead.subs(v, sub[v]) == 0:
            continue
        other = _frac(solved.subs(v, sub[v]))
        if other == s if v == x else other == t:
            continue
        sol = {v: (s if v == x else t), u: other}
        ok &= _det_at(m, sol) == _frac(rhs)
        ok &= _frac(asked.subs({kk: sp.Rational(vv.numerator, vv.denominator)
                                for kk, vv in sol.items()})) == _frac(value)
        seen += 1
    confirm.check(ok and seen >= 3, "Gaussian elimination in plain fractions: the factor "
                  "x - y and the value at sample solutions")
    factor = latex(sp.factor(rest.as_expr()))
    return value, [
        step("expand the determinant", "Expand along the first row and collect terms.",
             f"The equation is ${latex(sp.factor(whole.as_expr()))} = 0$.", ""),
        step("use that the unknowns differ", f"Since ${latex(x)} \\ne {latex(y)}$, the "
             f"factor ${latex(x - y)}$ is not zero.", f"So ${factor} = 0$, that is "
             f"${latex(u)} = {latex(sp.simplify(solved))}$, and "
             f"${latex(asked)} = {latex(value)}$.", "")]


def with_constants(m: sp.Matrix, rhs: sp.Expr, unknown: sp.Symbol,
                   nonzero: set[sp.Symbol]) -> Result:
    """The roots in `unknown` of det m = rhs, as formulas in the other letters."""
    consts = sorted(m.free_symbols - {unknown}, key=str)
    if not consts or unknown not in m.free_symbols:
        raise Decline("an unknown and named constants")
    poly = sp.Poly(sp.expand(m.det() - rhs), unknown)
    if poly.degree() < 1:
        raise Decline("the equation does not depend on the unknown")
    if not _never_zero(poly.LC(), nonzero):
        raise Decline("the leading coefficient could be zero")
    roots = sp.roots(poly)
    if sum(roots.values()) != poly.degree():
        raise Decline("roots that are not all found exactly")
    found = [sp.factor(r) for r in roots]
    if not all(_rational_in(r, consts) for r in found):
        raise Decline("roots that are not rational in the constants")
    ok, seen = True, 0
    for i in range(len(_SAMPLES)):
        vals = {c: _SAMPLES[(i + 2 * j) % len(_SAMPLES)] + i for j, c in enumerate(consts)}
        if any(vals[c] == 0 for c in consts if c in nonzero):
            continue
        sub = {c: sp.Rational(v.numerator, v.denominator) for c, v in vals.items()}
        direct = sp.roots(sp.Poly(sp.expand(m.subs(sub).det() - rhs), unknown))
        at = {r.subs(sub) for r in found}
        if any(not r.is_Rational for r in at):
            continue  # a formula's denominator vanishes at this sample
        if set(direct) != at:
            ok = False
        for r in at:
            ok &= _det_at(m, {**vals, unknown: _frac(r)}) == _frac(rhs)
        seen += 1
    confirm.check(ok and seen >= 3, "with the constants put in first, the roots agree and "
                  "each gives the determinant's value (plain fractions)")
    shown = ", ".join(latex(r) for r in found)
    return shown, [
        step("expand the determinant", "Expand along the first row and collect terms.",
             f"The equation is ${latex(sp.factor(poly.as_expr()))} = 0$.", ""),
        step("solve for the unknown", "The leading coefficient is not zero under the "
             "conditions given, so divide by it.", f"${latex(unknown)} = {shown}$.", "")]


__all__ = ["NONZERO", "distinct_pair", "with_constants"]
