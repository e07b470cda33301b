"""Typed reader: a sum written with dots of trigonometric values at angles in arithmetic
progression, or of powers of a root of unity.

"Compute $\\sin^2 3^\\circ + \\sin^2 6^\\circ + \\dots + \\sin^2 177^\\circ$", "Find
$\\cos^4 0^\\circ + \\cos^4 2^\\circ + \\cdots + \\cos^4 180^\\circ$", "Evaluate
$e^{2\\pi i/9} + e^{4\\pi i/9} + \\dots + e^{18\\pi i/9}$".

Degrees are written as fractions of pi, the pattern of the terms is read by
`number_theory.dotted_pattern.pattern`, and every term is rewritten with exponentials as a
rational function of z = e^{i pi/M}, a primitive 2M-th root of unity. The sum is computed
exactly in the field Q(z): polynomials in z reduced modulo the cyclotomic polynomial of
order 2M. A rational number comes out only when the sum is rational; anything else is
declined. Confirmed by adding the terms as 50-digit decimals (mpmath).
"""

from __future__ import annotations

import math
import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.dotted_pattern import pattern
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_DOTS = re.compile(r"\\(?:dotsb|dots|cdots|ldots)(?![a-zA-Z])")
DEGREES = re.compile(r"(\d+)\s*\^\s*\{?\s*\\circ\s*\}?")


def asked(noun: str) -> re.Pattern[str]:
    """"Compute ...", "Find the value of the <noun> ...", or the maths alone."""
    return re.compile(r"(?:(?:what is|find|compute|evaluate|calculate|determine|simplify)"
                      r"(?: the (?:exact )?value of)?(?: the " + noun + r")? )?@0@")


ASK_WORDS = frozenset("what is find compute evaluate calculate determine simplify value "
                      "exact".split())
_ASK = asked("sum")
VOCAB = ASK_WORDS | {"sum"}
_Z = sp.Symbol("z")
_MAX_ORDER = 720


def read(split: Split, template: str) -> Result | None:
    if len(split.maths) != 1 or not _DOTS.search(split.maths[0]):
        return None
    src = split.maths[0]
    if not re.search(r"\\(?:sin|cos|tan|sec|csc|cot)|e\s*\^", src):
        return None
    if not words_within(template, VOCAB) or not _ASK.fullmatch(template.strip(" .?:")):
        return None
    src = re.sub(r"\\left|\\right|\\!|\\,", "", src)
    src = DEGREES.sub(lambda m: f"\\frac{{{m.group(1)}\\pi}}{{180}}", src)
    f, n, count = pattern(src)
    f = f.subs(sp.Symbol("i"), sp.I)
    if f.free_symbols - {n}:
        raise Decline("a letter in the terms")
    return answer(f, n, count, _exact_sum(f, n, count), product=False)


def answer(f: sp.Expr, n: sp.Symbol, count: int, value: sp.Rational, *,
           product: bool) -> Result:
    """The exact sum (or product) of f(0), ..., f(count - 1), confirmed by adding (or
    multiplying) the terms as 50-digit decimals, with its steps."""
    with mpmath.workdps(50):  # each term evaluated as a decimal, never simplified
        terms = [numeric.to_mp(f.evalf(55, subs={n: k})) for k in range(count)]
        got = mpmath.fprod(terms) if product else mpmath.fsum(terms)
    confirm.number(got, value, ("multiplying the factors" if product else "adding the terms")
                   + " as 50-digit decimals")
    whole = (sp.Product if product else sp.Sum)(f, (n, 0, count - 1))
    claim = f"{latex(whole)} = {latex(value)}"
    what = "factor" if product else "term"
    last = ("every factor is a quotient of polynomials in one root of unity, and the product "
            "is worked out exactly with that root's minimal polynomial." if product else
            "every term is a power sum of one root of unity, and sums of all the powers of a "
            "root of unity cancel.")
    return value, [
        step("find the pattern", f"The {'product' if product else 'sum'} has {count} {what}s;"
             f" {what} $n$ (from $n = 0$) is ${latex(f)}$.", f"${latex(whole)}$", ""),
        step("write with roots of unity", "Write each sine and cosine with "
             "$e^{i\\theta} = \\cos\\theta + i\\sin\\theta$; the angles are multiples of "
             f"one angle, so {last}", f"${claim}$", claim)]


def in_z(f: sp.Expr, n: sp.Symbol) -> tuple[sp.Expr, int]:
    """The general term as a rational function of z = e^{i pi/M} (exponents in n), and M."""
    e = f.rewrite(sp.exp)
    exponents = {}
    m = 2  # even, so that i = z^(M/2) is a power of z too
    for atom in e.atoms(sp.exp):
        r = sp.expand(atom.args[0] / (sp.I * sp.pi))
        poly = sp.Poly(r, n) if r.is_polynomial(n) else None
        if poly is None or poly.degree() > 1 or not all(c.is_Rational for c in poly.coeffs()):
            raise Decline("an angle that is not a rational multiple of pi")
        for c in poly.coeffs():
            m = math.lcm(m, int(c.q))
        exponents[atom] = r
    if m > _MAX_ORDER:
        raise Decline("angles too fine to compute with")
    e = e.xreplace({a: _Z ** sp.expand(r * m) for a, r in exponents.items()})
    return e.subs(sp.I, _Z ** (m // 2)), m


def _laurent(e: sp.Expr, order: int) -> dict[int, sp.Rational] | None:
    """A sum of rational multiples of powers of z, exponents taken mod z's order; None
    when `e` is not one (a quotient: `_exact_sum` divides in the field instead)."""
    out: dict[int, sp.Rational] = {}
    for arg in sp.Add.make_args(sp.expand(e)):
        c, j = arg.as_coeff_exponent(_Z)
        if not c.is_Rational or not j.is_Integer:
            return None
        out[int(j) % order] = out.get(int(j) % order, sp.S.Zero) + c
    return out


def _exact_sum(f: sp.Expr, n: sp.Symbol, count: int) -> sp.Rational:
    e, m = in_z(f, n)
    modulus = sp.Poly(sp.cyclotomic_poly(2 * m, _Z), _Z, domain="QQ")
    total = sp.Poly(0, _Z, domain="QQ")
    powers: dict[int, sp.Rational] = {}
    for k in range(count):
        term = e.subs(n, k)
        if (found := _laurent(term, 2 * m)) is not None:
            for j, c in found.items():
                powers[j] = powers.get(j, sp.S.Zero) + c
            continue
        num, den = sp.fraction(sp.together(term))
        if (num.free_symbols | den.free_symbols) - {_Z} or num.has(sp.I) or den.has(sp.I):
            raise Decline("a term that is not a rational function of the root of unity")
        p_num = sp.Poly(num, _Z, domain="QQ").rem(modulus)
        p_den = sp.Poly(den, _Z, domain="QQ").rem(modulus)
        if p_den.is_zero:
            raise Decline("a term divides by zero")
        inverse = sp.Poly(sp.invert(p_den.as_expr(), modulus.as_expr(), _Z), _Z, domain="QQ")
        total = (total + (p_num * inverse).rem(modulus)).rem(modulus)
    laurent = sp.Poly(sum((c * _Z ** j for j, c in powers.items()), sp.S.Zero), _Z,
                      domain="QQ")
    total = (total + laurent.rem(modulus)).rem(modulus)
    if total.degree() > 0:
        raise Decline("the sum is not a rational number")
    value = total.as_expr()
    if not value.is_Rational:
        raise Decline("the sum is not a rational number")
    return value


__all__ = ["ASK_WORDS", "DEGREES", "answer", "asked", "in_z", "read"]
