"""Typed reader: the sum or product of the roots of one kind (real, nonreal, positive,
negative) of a polynomial.

"Find the product of the nonreal roots of $x^4 - 3x^3 + ... = 0$", "What is the sum of the
real roots of ...", "Compute the product of the positive zeros of the polynomial ...". The
roots are SymPy's, in radicals (all of them must be found, each of known kind, and none of
the kind asked may repeat: would it count twice?). The value is confirmed by mpmath's roots
at 40 digits, sorted into the same kinds by their imaginary parts and signs.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import numeric_roots, polynomial

_ASK = re.compile(
    r"^(?:find|compute|determine|calculate|what is) the (?P<how>sum|product) of (?:all )?"
    r"(?:the )?(?P<kind>non-?real|real|positive|negative)(?: real)? (?:roots|zeros|solutions) "
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
                "negative": bool(real and r.is_negative)}[kind]
        if keep:
            if times > 1:
                raise Decline("a repeated root of the kind asked (does it count twice?)")
            picked.append(r)
    if not picked:
        raise Decline(f"no {kind} roots")
    how = m.group("how")
    value = sp.radsimp(sp.expand(sp.Add(*picked) if how == "sum" else sp.Mul(*picked)))
    got = _numerically(numeric_roots(poly), kind, how)
    confirm.number(got, value, f"the {kind} roots found numerically at 40 digits")
    listed = ", ".join(latex(r) for r in picked)
    claim = latex(value)
    return value, [
        step("find the roots", "Factor the polynomial and solve each factor.",
             f"The {kind} roots of ${latex(poly.as_expr())} = 0$ are ${listed}$.", listed),
        step(f"take their {how}", f"{'Add' if how == 'sum' else 'Multiply'} the roots "
             "picked.", f"The {how} is ${claim}$.", claim)]


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
