"""Vieta's formulas, checked against a polynomial the problem or the chain wrote
(worker side, verify only): `r + s + t = 10`, `rs + rt + st = 25`, `rst = -3` for the
roots r, s, t of `x^3 - 10x^2 + 25x + 3 = 0` (or of `p(x) = x^3 - ...`). The claim
must name as many roots as the polynomial's degree and be one of their elementary
symmetric sums exactly (expanded); its value is compared exactly with the
coefficients' ratio and again to 40 digits.

The coefficients may hold other letters (`x^3 - 10x^2 + 55x - c = 0`, `ax^2 + bx + c = 0`):
the polynomial's variable is then its one letter of degree 2 or more, the others are
parameters, and the claim names the roots and parameters only (`r_1 r_2 r_3 = c`,
`\alpha + \beta = -\frac{b}{a}`); the value must agree as a fraction of polynomials in
the parameters, and again to 40 digits at two random rational values of them. Any other
symmetric function of all the roots (`r^2 + s^2 + t^2 = a^2 - 2b`, `\frac{1}{r} + \frac{1}{s}
= \frac{3}{4}`) is checked in `symmetric_roots.py`."""

from __future__ import annotations

import random
from itertools import combinations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import (
    PRECISION,
    in_name_order,
    is_zero_exact,
    parse_previous,
    too_high_to_expand,
)
from tutor.verify.rewrites import polynomial_in
from tutor.verify.symmetric_roots import symmetric_value_holds
from tutor.verify.verdict import ClaimResult, Verdict

_MAX_DEGREE = 6


def _polynomials(ctx: Context) -> list[tuple[sympy.Poly, str]]:
    """The polynomials in one variable that earlier equations set to zero (or equal to
    a number) and the functions defined as polynomials, with how each was written."""
    found = []
    pairs = [(pair, f"{pair[0]} = {pair[1]}") for pair in ctx.previous]
    pairs += [((body, "0"), f"{name}({var}) = {body}") for name, var, body in ctx.functions
              if "," not in var]
    for pair, written in pairs:
        read = parse_previous(pair)
        if read is None:
            continue
        poly = _in_its_variable(read[0] - read[1])
        if poly is not None and 2 <= poly.degree() <= _MAX_DEGREE:
            found.append((poly, written))
    return found


def _in_its_variable(expr: sympy.Expr) -> sympy.Poly | None:
    """`expr = 0` as a polynomial in its one letter of degree 2 or more, the other letters
    (if any) in its coefficients; None when no letter or two letters have degree 2."""
    symbols = sorted(expr.free_symbols, key=str)
    if len(symbols) == 1:
        poly = polynomial_in(expr, symbols[0])
        return poly if poly is not None and all(c.is_Rational for c in poly.all_coeffs()) \
            else None
    if not symbols or len(symbols) > 6 or too_high_to_expand(expr):
        return None
    numer, denom = sympy.fraction(sympy.together(expr))
    try:
        whole = sympy.Poly(numer, *symbols)
    except sympy.PolynomialError:
        return None
    high = [s for s in symbols if whole.degree(s) >= 2]
    if len(high) != 1 or denom.has(high[0]):
        return None
    return sympy.Poly(numer, high[0])


def _zero(expr: sympy.Expr) -> bool:
    """Exactly zero (as a fraction of polynomials in the letters left), and again to 40
    digits at two random rational values of those letters."""
    if not expr.free_symbols:
        return is_zero_exact(expr) is True and \
            abs(sympy.N(expr, PRECISION)) <= sympy.Float(10) ** (-PRECISION // 2)
    if sympy.cancel(sympy.together(expr)) != 0:
        return False
    rng = random.Random(17)
    for _ in range(2):
        point = {s: sympy.Rational(rng.randint(-97, 97), rng.randint(1, 13)) + sympy.Rational(1, 7)
                 for s in in_name_order(expr.free_symbols)}
        value = sympy.N(expr.subs(point), PRECISION)
        if not value.is_finite or abs(value) > sympy.Float(10) ** (-PRECISION // 2):
            return False
    return True


def vieta_claim(claim: RawClaim, diff: sympy.Expr, ctx: Context) -> ClaimResult | None:
    """Verified when the claim is one of Vieta's formulas for an earlier polynomial."""
    if claim.relation != "=" or len(diff.free_symbols) < 2:
        return None
    for poly, written in _polynomials(ctx):
        var, parameters = poly.gens[0], poly.free_symbols - set(poly.gens)
        roots = sorted(diff.free_symbols - parameters, key=str)
        if len(roots) != poly.degree() or var in roots:
            continue
        coeffs = poly.all_coeffs()
        for k in range(1, len(roots) + 1):
            symmetric = sympy.Add(*(sympy.Mul(*c) for c in combinations(roots, k)))
            value = (-1) ** k * coeffs[k] / coeffs[0]
            rest = sympy.expand(diff - symmetric)  # the claim is e_k(roots) = value?
            if rest.free_symbols - parameters or not _zero(rest + value):
                continue
            return ClaimResult(claim.source, Verdict.VERIFIED,
                               f"Vieta's formulas for {written}", "identity",
                               method="Vieta's formulas: exact coefficients + 40-digit numeric")
        if symmetric_value_holds(diff, roots, poly):
            return ClaimResult(claim.source, Verdict.VERIFIED,
                               f"a symmetric function of the roots of {written}", "identity",
                               method="Vieta's formulas for the elementary symmetric sums, "
                               "then the roots found numerically to 40 digits")
    return None
