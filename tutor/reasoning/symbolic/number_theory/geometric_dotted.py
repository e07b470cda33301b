"""Geometric sums written with dots: `3 + 6 + 12 + \\cdots + 384`, `1 - 2 + 4 - \\cdots + 256`.

Numbers with a constant ratio, at least three written before the dots (two could also be a
constant step). The value is the terms added exactly one by one, confirmed by the formula
a (r^N - 1) / (r - 1).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, evaluated, latex, step
from tutor.reasoning.symbolic.number_theory.dotted_pattern import MAX_TERMS, signed_terms
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.reasoning.symbolic.patterns import Result

_GEOMETRIC_DOTS = re.compile(r"\\(?:c|l)?dots[bc]?|\.\.\.")


_SMALL_POWER = 64  # a written power of a number is worked out when its exponent is at most this


def _small_power(p: sp.Pow) -> bool:
    """A power of a number (or of such a power: 1/3^2) with a small whole exponent."""
    base = p.base.base if isinstance(p.base, sp.Pow) else p.base
    return bool(base.is_Rational and p.exp.is_Integer and abs(int(p.exp)) <= _SMALL_POWER)


def _signed_numbers(terms: list[tuple[int, str]]) -> list[Fraction] | None:
    """Signed terms as fractions, when every one is a rational number (`\\frac{2^3}{3^3}`
    is 8/27: powers of numbers with small whole exponents are worked out)."""
    out: list[Fraction] = []
    for sign, term in terms:
        v = parse_latex(term)
        powers = v.atoms(sp.Pow)
        if powers and v.is_number and all(_small_power(p) for p in powers):
            v = evaluated(v)
        if not isinstance(v, sp.Rational):
            return None
        out.append(Fraction(int(v.p), int(v.q)) * sign)
    return out


def geometric_dotted(src: str) -> Result | None:
    """`3 + 6 + 12 + \\cdots + 384` or `1 - 2 + 4 - \\cdots + 256`: numbers with a constant
    ratio, at least three written before the dots (two could also be a constant step).
    None when the sum is not one. The value is the terms added exactly one by one, and
    must agree with the formula a (r^N - 1) / (r - 1)."""
    signed = signed_terms(src, _GEOMETRIC_DOTS) if len(_GEOMETRIC_DOTS.findall(src)) == 1 else None
    if signed is None:
        return None
    head, tail = _signed_numbers(signed[0]), _signed_numbers(signed[1])
    if not head or not tail or len(head) < 3 or len(tail) > 3 or 0 in head:
        return None
    r = head[1] / head[0]
    if abs(r) == 1 or any(head[i + 1] != head[i] * r for i in range(len(head) - 1)):
        return None
    terms = list(head)
    growing = abs(r) > 1
    while len(terms) < MAX_TERMS and (abs(terms[-1]) < abs(tail[-1]) if growing
                                       else abs(terms[-1]) > abs(tail[-1])):
        terms.append(terms[-1] * r)
    if (len(terms) < len(head) + len(tail) or terms[-len(tail):] != tail
            or (1 if terms[len(head)] > 0 else -1) != signed[2]):
        raise Decline("the terms after the dots do not continue the ratio")
    sign = "+" if signed[2] > 0 else "-"
    value = sum(terms, Fraction(0))
    a, n = terms[0], len(terms)
    by_formula = a * (r ** n - 1) / (r - 1)
    confirm.check(value == by_formula, "adding the terms one by one gives the formula's value")
    a_, r_, v_ = (sp.Rational(x.numerator, x.denominator) for x in (a, r, value))
    claim = (f"\\frac{{{latex(a_)} \\left(\\left({latex(r_)}\\right)^{{{n}}} - 1\\right)}}"
             f"{{{latex(r_)} - 1}} = {latex(v_)}")
    return v_, [
        step("find the ratio", f"Each term is ${latex(r_)}$ times the one before ({sign} at the "
             f"dots); the last is term {n}.", f"${n}$ terms with ratio ${latex(r_)}$", ""),
        step("use the geometric sum formula", "A geometric sum of n terms is "
             "a(r^n - 1)/(r - 1).", f"${claim}$", claim)]



__all__ = ["geometric_dotted"]
