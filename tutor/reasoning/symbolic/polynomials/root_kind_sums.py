"""Typed reader: the sum or product of the roots of one kind (real, nonreal, positive,
negative, rational, integer) of a polynomial.

"Find the product of the nonreal roots of $x^4 - 3x^3 + ... = 0$", "What is the sum of the
real roots of ...", "Compute the product of the positive zeros of the polynomial ...", "Find
the sum of the rational roots of $g(x) = ...$". The roots are SymPy's, in radicals (all of
them must be found, each of known kind, and none of the kind asked may repeat: would it
count twice?). The value is confirmed by mpmath's roots at 40 digits, sorted into the same
kinds by their imaginary parts and signs; rational and integer roots, which no numerical
value can tell apart, are confirmed instead by the rational root theorem: every candidate
p/q (p dividing the constant term, q the leading coefficient) is tried with exact fractions,
and the roots found that way must be the ones picked, each a simple root (the derivative is
not 0 there).
"""

from __future__ import annotations

import re
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import numeric_roots, polynomial

_ASK = re.compile(
    r"^(?:find|compute|determine|calculate|what is) the (?P<how>sum|product) of (?:all )?"
    r"(?:the )?(?P<kind>non-?real|real|positive|negative|rational|integer)(?: real)? "
    r"(?:roots|zeros|solutions) "
    r"of (?:the )?(?:(?:polynomial|equation|cubic|quartic|quadratic) )?(?P<p>@\d+@)\W*$")
_TINY = mpmath.mpf(10) ** -12  # a repeated root's numerical spread stays far below


def read(split: Split, template: str) -> Result | None:
    m = _ASK.match(template.strip())
    if m is None:
        return None
    poly, _ = polynomial(split.maths[int(m.group("p")[1:-1])])
    found = sp.roots(poly)
    if sum(found.values()) != poly.degree():
        raise Decline("the roots in radicals")
    kind = m.group("kind").replace("-", "")
    picked = []
    for r, times in found.items():
        real = r.is_real
        if real is None:
            raise Decline("a root whose kind is not decided")
        keep = {"real": real, "nonreal": not real,
                "positive": bool(real and r.is_positive),
                "negative": bool(real and r.is_negative),
                "rational": bool(r.is_rational), "integer": bool(r.is_integer)}[kind]
        if keep:
            if times > 1:
                raise Decline("a repeated root of the kind asked (does it count twice?)")
            picked.append(r)
    if not picked:
        raise Decline(f"no {kind} roots")
    how = m.group("how")
    value = sp.radsimp(sp.expand(sp.Add(*picked) if how == "sum" else sp.Mul(*picked)))
    if kind in ("rational", "integer"):
        tried = _rational_roots(poly)
        if kind == "integer":
            tried = [t for t in tried if t.denominator == 1]
        confirm.check(sorted(tried) == sorted(Fraction(int(r.p), int(r.q)) for r in picked)
                      and all(poly.diff().eval(sp.Rational(t.numerator, t.denominator)) != 0
                              for t in tried),
                      f"the {kind} roots, each simple, by trying every candidate of the "
                      "rational root theorem with exact fractions")
    else:
        got = _numerically(numeric_roots(poly), kind, how)
        confirm.number(got, value, f"the {kind} roots found numerically at 40 digits")
    listed = ", ".join(latex(r) for r in picked)
    claim = latex(value)
    return value, [
        step("find the roots", "Factor the polynomial and solve each factor.",
             f"The {kind} roots of ${latex(poly.as_expr())} = 0$ are ${listed}$.", listed),
        step(f"take their {how}", f"{'Add' if how == 'sum' else 'Multiply'} the roots "
             "picked.", f"The {how} is ${claim}$.", claim)]


def _rational_roots(poly: sp.Poly) -> list[Fraction]:
    """The distinct rational roots of `poly`, by trying every p/q of the rational root
    theorem (its coefficients made integers first) with exact fractions."""
    coeffs = poly.all_coeffs()
    if not all(c.is_rational for c in coeffs):
        raise Decline("rational coefficients for the rational root theorem")
    scale = sp.ilcm(*(sp.Rational(c).q for c in coeffs))
    ints = [int(c * scale) for c in coeffs]
    found: set[Fraction] = set()
    while ints and ints[-1] == 0:  # x divides the polynomial: 0 is a root
        found.add(Fraction(0))
        ints.pop()
    if len(ints) > 1:
        lead, const = abs(ints[0]), abs(ints[-1])
        if max(lead, const) > 10**7:
            raise Decline("coefficients small enough to try every candidate root")
        for p in sp.divisors(const):
            for q in sp.divisors(lead):
                for t in (Fraction(p, q), Fraction(-p, q)):
                    total = Fraction(0)
                    for c in ints:  # Horner's rule, exactly
                        total = total * t + c
                    if total == 0:
                        found.add(t)
    return sorted(found)


def _numerically(roots: list[sp.Expr], kind: str, how: str) -> mpmath.mpc | None:
    with mpmath.workdps(40):
        values = [mpmath.mpc(str(sp.re(r)), str(sp.im(r))) for r in roots]
        picked = []
        for v in values:
            real = abs(v.imag) < _TINY
            if kind == "real" and real or kind == "nonreal" and not real or \
                    kind == "positive" and real and v.real > _TINY or \
                    kind == "negative" and real and v.real < -_TINY:
                picked.append(v)
        if not picked:
            return None
        total = mpmath.mpc(0 if how == "sum" else 1)
        for v in picked:
            total = total + v if how == "sum" else total * v
        return total


__all__ = ["read"]
