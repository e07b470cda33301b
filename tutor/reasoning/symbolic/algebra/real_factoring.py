"""Factoring a polynomial in one variable over the real numbers ('factor w^4 - 16 as far as
possible, where the factors are monic polynomials with real coefficients').

The factors over the rationals are the real factors exactly when each is linear or a
quadratic with a negative discriminant (such a quadratic has no real root, so it cannot
split further over the reals); anything else (x^2 - 2, x^4 + 1) would split over the reals
into factors with irrational coefficients, and is declined. The count of linear factors is
checked against the number of real roots, counted with multiplicity by Sturm's method.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import factor_steps
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import END, Handler, M, Result, maths

_REALS = (r"(?:over the (?:set of )?(?:real numbers|reals)|into (?:irreducible )?(?:factors|"
          r"polynomials) with real coefficients|where (?:the|all|each of the) factors? "
          r"(?:are|is) (?:(?:a )?monic )?polynomials? with real coefficients)")
_HOW = r"(?: (?:completely|fully|as (?:far|much) as possible))?,?"


def factor_over_reals(src: str, monic: bool = False) -> Result:
    e = parse_latex(src)
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1:
        raise Decline("a polynomial in one variable")
    x = next(iter(e.free_symbols))
    if not e.is_polynomial(x) or sp.degree(e, x) < 2:
        raise Decline("a polynomial of degree at least 2")
    poly = sp.Poly(e, x)
    if not poly.domain.is_QQ and not poly.domain.is_ZZ:
        raise Decline("rational coefficients only")
    if monic and poly.LC() != 1:
        raise Decline("monic factors asked of a polynomial that is not monic")
    out, steps = factor_steps(e)
    _, factors = sp.factor_list(poly)
    linear = 0
    shown = []
    for f, k in factors:
        if f.degree() == 1:
            linear += k
            continue
        if f.degree() != 2:
            raise Decline("a factor that splits further over the reals")
        a, b, c = f.all_coeffs()
        if b * b - 4 * a * c >= 0:
            raise Decline("a factor that splits further over the reals")
        pa, pb, pc = (f"\\left({latex(v)}\\right)" if v < 0 else latex(v) for v in (a, b, c))
        shown.append(f"${latex(f.as_expr())}$: ${pb}^2 - 4 \\cdot {pa} \\cdot {pc} = "
                     f"{latex(b * b - 4 * a * c)} < 0$")
    roots = sum(m for _, m in poly.intervals())  # Sturm: real roots with multiplicity
    confirm.check(roots == linear, "as many linear factors as real roots, counted with "
                  "multiplicity")
    confirm.identity(e, out, "factorisation")
    if shown:
        steps.append(step("check the quadratic factors", "A quadratic with a negative "
                          "discriminant has no real root, so it does not split over the reals.",
                          "; ".join(shown) + ".", shown[0].split(": ")[1].strip("$")))
    return out, steps


def _factor(s: Split, m: re.Match[str]) -> Result:
    return factor_over_reals(maths(s, m.group(1)), "monic" in m.group(0))


TEMPLATES: list[tuple[str, Handler]] = [
    (r"factor " + M + _HOW + " " + _REALS + _HOW + END, _factor),
]

__all__ = ["TEMPLATES", "factor_over_reals"]
