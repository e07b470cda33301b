r"""Symmetric functions of a polynomial's roots (worker side, verify only).

`r^2 + s^2 + t^2 = 81 - 2(4)` or `\frac{1}{r} + \frac{1}{s} + \frac{1}{t} = -2` for the
roots r, s, t of an earlier cubic (or `= a^2 - 2b` when its coefficients hold the letters
a and b): the claim, written over one denominator, must be symmetric in the roots. Two
methods must agree:

1. Exact: its numerator and denominator are rewritten in the elementary symmetric sums
   (SymPy's `symmetrize`), Vieta's values put in; the numerator must cancel to zero and
   the denominator must not.
2. Numeric: the roots are found to 40 digits (`mpmath.polyroots`, at two random
   rational values of any letters among the coefficients) and put into the claim.

A claim that names fewer letters than the polynomial has roots never reaches here (see
`vieta.py`), and nothing here refutes: the letters may not be those roots.
"""

from __future__ import annotations

import random
from itertools import combinations

import mpmath
import sympy
from sympy.polys.polyfuncs import symmetrize

from tutor.verify.exact import PRECISION

_MAX_ROOTS = 4
_MAX_DEGREE = 8  # of the claim's numerator and denominator in the roots
_TINY = sympy.Float(10) ** (-PRECISION // 2)  # 10^-20 of the terms' size


def symmetric_value_holds(diff: sympy.Expr, roots: list[sympy.Symbol], poly: sympy.Poly) -> bool:
    """`diff = 0` holds for the roots of `poly` named `roots` (see module doc)."""
    if not 2 <= len(roots) <= _MAX_ROOTS or len(roots) != poly.degree():
        return False
    numer, denom = sympy.fraction(sympy.together(diff))
    numer, denom = sympy.expand(numer), sympy.expand(denom)
    try:
        if any(sympy.Poly(part, *roots).total_degree() > _MAX_DEGREE for part in (numer, denom)):
            return False
    except sympy.PolynomialError:
        return False
    exact = _in_coefficients(numer, roots, poly), _in_coefficients(denom, roots, poly)
    if exact[0] is None or exact[1] is None or sympy.cancel(exact[0]) != 0 \
            or sympy.cancel(exact[1]) == 0:
        return False
    return _numerically_zero(numer, denom, roots, poly)


def _in_coefficients(part: sympy.Expr, roots: list[sympy.Symbol],
                     poly: sympy.Poly) -> sympy.Expr | None:
    """The symmetric polynomial `part` with Vieta's values of the elementary symmetric sums
    put in; None when it is not symmetric in the roots."""
    coeffs = poly.all_coeffs()
    values = {}
    for k in range(1, len(roots) + 1):
        elementary = sympy.expand(sympy.Add(*(sympy.Mul(*c) for c in combinations(roots, k))))
        values[elementary] = (-1) ** k * coeffs[k] / coeffs[0]
    if not part.free_symbols & set(roots):
        return part
    reduced, remainder, names = symmetrize(part, *roots, formal=True)
    if remainder != 0:
        return None
    put = {}
    for name, elementary in names:
        value = values.get(sympy.expand(elementary))
        if value is None:
            return None
        put[name] = value
    return sympy.together(reduced.xreplace(put))


def _numerically_zero(numer: sympy.Expr, denom: sympy.Expr, roots: list[sympy.Symbol],
                      poly: sympy.Poly) -> bool:
    """The claim's numerator vanishes and its denominator does not at the roots found to 40
    digits (at two random rational values of the coefficients' letters, if any)."""
    letters = sorted(poly.free_symbols - set(poly.gens), key=str)
    rng = random.Random(29)
    for _ in range(2 if letters else 1):
        point = {s: sympy.Rational(rng.randint(-90, 90), rng.randint(1, 11))
                 + sympy.Rational(1, 13) for s in letters}
        coeffs = [sympy.N(c.subs(point), PRECISION) for c in poly.all_coeffs()]
        if not all(c.is_finite for c in coeffs) or abs(coeffs[0]) < _TINY:
            return False
        try:
            with mpmath.workdps(PRECISION):
                found = mpmath.polyroots([mpmath.mpmathify(str(c)) for c in coeffs],
                                         maxsteps=200, extraprec=200)
        except (mpmath.libmp.NoConvergence, ValueError, ZeroDivisionError):
            return False
        at = {**point, **{root: _number(v) for root, v in zip(roots, found, strict=True)}}
        top, bottom = sympy.N(numer.subs(at), PRECISION), sympy.N(denom.subs(at), PRECISION)
        scale = sum(abs(sympy.N(term.subs(at), PRECISION)) for term in sympy.Add.make_args(numer))
        if not (top.is_finite and bottom.is_finite) or abs(top) > _TINY * (1 + scale) \
                or abs(bottom) < sympy.Float(10) ** -10:
            return False
    return True


def _number(value: mpmath.mpc) -> sympy.Expr:
    """An mpmath root as a SymPy number of 40 digits."""
    real, imag = (sympy.Float(mpmath.nstr(part, PRECISION), PRECISION)
                  for part in (mpmath.re(value), mpmath.im(value)))
    return real + sympy.I * imag
