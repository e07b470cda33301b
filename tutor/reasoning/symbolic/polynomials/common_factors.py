"""The greatest common factor or least common multiple of monomials and polynomials with
integer coefficients: "What is the GCF of 12x^3 and 18x^2?" (6x^2), "Find the greatest
common factor of 8a^2b and 12ab^3" (4ab), "the GCF of 4x^2 + 8x and 6x" (2x), "the LCM of
4x^2 and 6x^3" (12x^3).

SymPy's `gcd` and `lcm` give the answer (positive leading coefficient). Confirmed another
way: for monomials, the integer gcd (lcm) of the coefficients by Python's `math` and each
letter's lowest (highest) power; for polynomials in one letter, every polynomial divided
exactly and the quotients left with no common root (their resultant is not zero) and no
common whole factor. Each division is a step the checker verifies.
"""

from __future__ import annotations

import math

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex


def _polynomial(src: str) -> sp.Poly:
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or not e.free_symbols or not e.is_polynomial():
        raise Decline("polynomials with integer coefficients")
    p = sp.Poly(sp.expand(e), *sorted(e.free_symbols, key=str))
    if not all(c.is_Integer for c in p.coeffs()) or p.is_zero:
        raise Decline("polynomials with integer coefficients")
    return p


def _monomial_check(kind: str, polys: list[sp.Poly], got: sp.Expr) -> bool:
    """The gcd (lcm) of monomials again: coefficients by `math`, letters by their powers."""
    letters = sorted(set().union(*(p.free_symbols for p in polys)), key=str)
    terms = [sp.Poly(p.as_expr(), *letters).terms()[0] for p in polys]
    pick = min if kind == "gcd" else max
    coeff = (math.gcd if kind == "gcd" else math.lcm)(*(abs(int(c)) for _, c in terms))
    again = coeff * sp.Mul(*(v ** pick(m[i] for m, _ in terms) for i, v in enumerate(letters)))
    return sp.expand(again - got) == 0


def _polynomial_check(kind: str, polys: list[sp.Poly], got: sp.Expr) -> bool:
    """One letter: every polynomial divides into (or is divided into) the answer exactly, and
    the quotients share no root and no whole factor."""
    x = next(iter(polys[0].free_symbols))
    g = sp.Poly(got, x)
    pairs = [(p, g) if kind == "gcd" else (g, p) for p in polys]
    quotients = []
    for big, small in pairs:
        q, r = big.div(small)
        if not r.is_zero:
            return False
        quotients.append(q)
    content = math.gcd(*(int(c) for q in quotients for c in q.all_coeffs()))
    return content == 1 and all(
        sp.resultant(a.as_expr(), b.as_expr(), x) != 0
        for i, a in enumerate(quotients) for b in quotients[i + 1:]
        if a.degree() > 0 and b.degree() > 0)


def common(kind: str, sources: list[str]) -> tuple[sp.Expr, list[Step]]:
    """The gcd ("gcd") or lcm ("lcm") of the polynomials written in `sources`."""
    polys = [_polynomial(s) for s in sources]
    letters = set().union(*(p.free_symbols for p in polys))
    got = sp.factor_terms((sp.gcd if kind == "gcd" else sp.lcm)(
        [p.as_expr() for p in polys]))
    if sp.Poly(got, *sorted(letters, key=str)).LC() < 0:
        got = -got
    if all(len(p.terms()) == 1 for p in polys):
        held = _monomial_check(kind, polys, got)
    elif len(letters) == 1:
        held = _polynomial_check(kind, polys, got)
    else:
        raise Decline("the common factor of polynomials in several letters")
    confirm.check(held, "the answer found again from the coefficients and powers, every "
                  "division exact and nothing more in common")
    steps = []
    for p in polys:
        big, small = (p.as_expr(), got) if kind == "gcd" else (got, p.as_expr())
        q = sp.factor(sp.cancel(big / small))
        claim = f"{latex(big)} = {latex(small)} \\cdot {_bracketed(q)}"
        steps.append(step("divide" if kind == "gcd" else "multiply up", "Write each as the "
                          "common part times what is left." if kind == "gcd" else
                          "Write the answer as each one times what it lacks.",
                          f"${claim}$", claim))
    word = "greatest common factor" if kind == "gcd" else "least common multiple"
    steps.append(step(f"the {word}", "What is left over has nothing more in common."
                      if kind == "gcd" else "Nothing smaller is a multiple of every one.",
                      f"The {word} is ${latex(got)}$.", latex(got)))
    return got, steps


def _bracketed(q: sp.Expr) -> str:
    return f"\\left({latex(q)}\\right)" if isinstance(q, sp.Add) else latex(q)


__all__ = ["common"]
