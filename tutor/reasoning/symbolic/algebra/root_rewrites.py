"""Exact rewrites of roots and odd powers in an equation in one unknown, each shown as a
step: an odd power or root undone on both sides (one-to-one on the reals), and the root of
a product of positive powers taken factor by factor (the radicand is positive for every
real x)."""

from __future__ import annotations

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic.model import implication_step, latex, step
from tutor.verify.real_roots import RealRoot


def undo_odd_power(lhs: sp.Basic, rhs: sp.Basic, x: sp.Symbol) -> tuple[sp.Equality, Step] | None:
    """`\\sqrt[q]{A} = c` or `A^q = c`, q odd, c free of x: an odd power is one-to-one on
    the reals, so the equation says exactly A = c^q or A = the real q-th root of c."""
    if not lhs.has(x):
        lhs, rhs = rhs, lhs
    if rhs.has(x) or not rhs.is_real:
        return None
    if isinstance(lhs, RealRoot):
        inner, q = lhs.args
        value, rule = sp.expand(rhs ** q), f"raise both sides to the power {q}"
    elif lhs.is_Pow and lhs.exp.is_Integer and lhs.exp >= 3 and lhs.exp % 2 and \
            lhs.base.has(x) and lhs.base != x and rhs.is_number:  # x^3 = 8: "roots" may be complex
        inner, q = lhs.base, lhs.exp
        value = RealRoot(rhs, q)
        if not value.is_number:
            return None
        rule = f"take the real {'cube' if q == 3 else f'{q}th'} root of both sides"
    else:
        return None
    new = sp.Eq(inner, value, evaluate=False)
    if new == sp.true or new == sp.false:
        return None
    hint = "An odd power takes every real value once, so undo it on both sides."
    return new, implication_step(f"{latex(lhs)} = {latex(rhs)}",
                                 f"{latex(inner)} = {latex(value)}", rule, hint)


def _exponential_radicands(expr: sp.Basic, x: sp.Symbol) -> dict | None:
    """Each root of a product of positive numbers and powers b^(p(x)) (b > 0, p a polynomial
    with real coefficients) as that product with every exponent times the root's: the
    radicand is positive for every real x, so the rewrite is exact there. None: no such."""
    found: dict = {}
    for a in expr.atoms(sp.Pow):
        if not (a.exp.is_Rational and not a.exp.is_Integer and a.base.has(x)):
            continue
        factors = sp.Mul.make_args(a.base)
        if not all((f.is_number and f.is_positive) or (
                isinstance(f, sp.Pow) and f.base.is_number and f.base.is_positive
                and f.exp.has(x) and f.exp.is_polynomial(x)
                and all(c.is_real for c in sp.Poly(f.exp, x).all_coeffs())) for f in factors):
            return None
        found[a] = sp.Mul(*(f ** a.exp if f.is_number else
                            sp.Pow(f.base, sp.expand(f.exp * a.exp)) for f in factors))
    return found or None


def roots_of_powers(lhs: sp.Basic, rhs: sp.Basic, x: sp.Symbol
                    ) -> tuple[sp.Basic, sp.Basic, Step] | None:
    """`2 \\cdot 2^t + \\sqrt{4 \\cdot 4^t} = 32` as `2 \\cdot 2^t + 2 \\cdot 4^{t/2} = 32`, with
    the step that says so; None when no root of such a product is in the equation."""
    taken = _exponential_radicands(lhs - rhs, x)
    if taken is None:
        return None
    said = "; ".join(f"{latex(a)} = {latex(b)}" for a, b in taken.items())
    return lhs.xreplace(taken), rhs.xreplace(taken), step(
        "take the root of each power", "A power of a positive number is positive, so its "
        "root is the power with its exponent divided.", f"${said}$", said)


__all__ = ["roots_of_powers", "undo_odd_power"]
