"""Vieta's formulas, checked against a polynomial the problem or the chain wrote
(worker side, verify only): `r + s + t = 10`, `rs + rt + st = 25`, `rst = -3` for the
roots r, s, t of `x^3 - 10x^2 + 25x + 3 = 0` (or of `p(x) = x^3 - ...`). The claim
must name as many roots as the polynomial's degree and be one of their elementary
symmetric sums exactly (expanded); its value is compared exactly with the
coefficients' ratio and again to 40 digits."""

from __future__ import annotations

from itertools import combinations

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.context import Context
from tutor.verify.exact import PRECISION, is_zero_exact, parse_previous
from tutor.verify.rewrites import polynomial_in
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
        expr = read[0] - read[1]
        if len(expr.free_symbols) != 1:
            continue
        poly = polynomial_in(expr, next(iter(expr.free_symbols)))
        if poly is not None and 2 <= poly.degree() <= _MAX_DEGREE \
                and all(c.is_Rational for c in poly.all_coeffs()):
            found.append((poly, written))
    return found


def vieta_claim(claim: RawClaim, diff: sympy.Expr, ctx: Context) -> ClaimResult | None:
    """Verified when the claim is one of Vieta's formulas for an earlier polynomial."""
    if claim.relation != "=":
        return None
    roots = sorted(diff.free_symbols, key=str)
    for poly, written in _polynomials(ctx):
        var = poly.gens[0]
        if len(roots) != poly.degree() or var in roots:
            continue
        coeffs = poly.all_coeffs()
        for k in range(1, len(roots) + 1):
            symmetric = sympy.Add(*(sympy.Mul(*c) for c in combinations(roots, k)))
            value = (-1) ** k * coeffs[k] / coeffs[0]
            rest = sympy.expand(diff - symmetric)  # the claim is e_k(roots) = value?
            if rest.free_symbols or is_zero_exact(rest + value) is not True:
                continue
            if abs(sympy.N(rest + value, PRECISION)) > sympy.Float(10) ** (-PRECISION // 2):
                continue
            return ClaimResult(claim.source, Verdict.VERIFIED,
                               f"Vieta's formulas for {written}", "identity",
                               method="Vieta's formulas: exact coefficients + 40-digit numeric")
    return None
