"""Typed reader: a product written with dots of trigonometric values at angles in arithmetic
progression.

"Compute $\\tan 1^\\circ \\tan 2^\\circ \\cdots \\tan 89^\\circ$", "Find $(1 + \\tan 1^\\circ)
(1 + \\tan 2^\\circ) \\dotsm (1 + \\tan 44^\\circ)$", "Evaluate $\\tan 10^\\circ \\cdot
\\tan 20^\\circ \\cdot \\ldots \\cdot \\tan 80^\\circ$".

Factors written side by side are separated first (a new factor starts at a function name or
an opening bracket at the top level), then the pattern of the factors is read by
`number_theory.dotted_pattern.pattern`, and every factor is written with exponentials as a
rational function of z = e^{i pi/M} (as in `root_of_unity_sums`). The product is computed
exactly in the field Q(z): numerators and denominators multiplied modulo the cyclotomic
polynomial of order 2M, one division at the end. Only a rational product is answered;
a factor that is undefined (tan 90 degrees) or a product that is not rational is declined.
Confirmed by multiplying the factors as 50-digit decimals (mpmath).
"""

from __future__ import annotations

import math
import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory.dotted_pattern import pattern
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.root_of_unity_sums import (
    ASK_WORDS,
    DEGREES,
    answer,
    asked,
    in_z,
)
from tutor.reasoning.symbolic.typed import words_within

_DOTS = re.compile(r"\\(?:dotsm|dotsb|dots|cdots|ldots)(?![a-zA-Z])")
_TIMES = re.compile(r"\\(?:cdot|times)(?![a-zA-Z])")
_FUNCTION = re.compile(r"\\(?:sin|cos|tan|sec|csc|cot)(?![a-zA-Z])")
_ASK = asked("product")
VOCAB = ASK_WORDS | {"product"}
_Z = sp.Symbol("z")


def read(split: Split, template: str) -> Result | None:
    if len(split.maths) != 1 or not _DOTS.search(split.maths[0]):
        return None
    src = split.maths[0]
    if not _FUNCTION.search(src) or re.search(r"[+\-]\s*\\(?:c|l)?dots", src):
        return None  # a sum: root_of_unity_sums
    if not words_within(template, VOCAB) or not _ASK.fullmatch(template.strip(" .?:")):
        return None
    joined = _with_times(re.sub(r"\\left|\\right|\\!|\\,", "", src))
    if joined is None:
        return None
    src = DEGREES.sub(lambda m: f"\\frac{{{m.group(1)}\\pi}}{{180}}", joined)
    f, n, count = pattern(src, product=True)
    if f.free_symbols - {n}:
        raise Decline("a letter in the factors")
    return answer(f, n, count, _exact_product(f, n, count), product=True)


def _with_times(src: str) -> str | None:
    """The product with `\\cdot` between its top-level factors: a factor starts at a
    function name or an opening bracket at depth 0 (or after `\\cdot`, `\\times`, the
    dots); None when it is not such a product."""
    pieces: list[str] = []
    depth, start, i = 0, 0, 0

    def cut(at: int) -> None:
        if src[start:at].strip():
            pieces.append(src[start:at].strip())

    while i < len(src):
        sep = _DOTS.match(src, i) or _TIMES.match(src, i) if depth == 0 else None
        if sep:
            cut(i)
            if _DOTS.fullmatch(sep.group(0)):
                pieces.append("\\cdots")
            start = i = sep.end()
            continue
        if depth == 0 and (src[i] == "(" or _FUNCTION.match(src, i)):
            cut(i)
            start = i
        depth += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(src[i], 0)
        i += 1
    cut(len(src))
    if pieces.count("\\cdots") != 1 or any(
            re.search(r"[+\-=<>,]", p) and not p.startswith("(") for p in pieces):
        return None
    return " \\cdot ".join(pieces)


def _exact_product(f: sp.Expr, n: sp.Symbol, count: int) -> sp.Rational:
    """The product in Q(z), z a primitive 2M-th root of unity: numerators and denominators
    are multiplied as polynomials modulo z^(2M) - 1 (exponents added mod 2M, whole-number
    coefficients), then both reduced modulo the cyclotomic polynomial and divided once."""
    e, m = in_z(f, n)
    order = 2 * m
    root = mpmath.exp(2j * mpmath.pi / order)
    top: dict[int, int] = {0: 1}
    bottom: dict[int, int] = {0: 1}
    scale = sp.Rational(1)  # the rational factors taken out of the integer polynomials
    for k in range(count):
        num, den = sp.fraction(sp.together(e.subs(n, k)))
        if (num.free_symbols | den.free_symbols) - {_Z} or num.has(sp.I) or den.has(sp.I):
            raise Decline("a factor that is not a rational function of the root of unity")
        c_num, p_num = sp.Poly(num, _Z, domain="QQ").clear_denoms(convert=True)
        c_den, p_den = sp.Poly(den, _Z, domain="QQ").clear_denoms(convert=True)
        with mpmath.workdps(30):
            if abs(sum(int(c) * root ** j[0] for j, c in p_den.terms())) < mpmath.mpf(10) ** -20:
                raise Decline("a factor is undefined (it divides by zero)")
        scale = scale * sp.Rational(c_den) / c_num
        top = _times(top, p_num, order)
        bottom = _times(bottom, p_den, order)
        g_top, g_bottom = math.gcd(*top.values()), math.gcd(*bottom.values())
        if g_top and g_bottom:  # keep the integers small: take out their contents
            top = {j: c // g_top for j, c in top.items()}
            bottom = {j: c // g_bottom for j, c in bottom.items()}
            scale = scale * sp.Rational(g_top, g_bottom)
    modulus = sp.Poly(sp.cyclotomic_poly(order, _Z), _Z, domain="QQ")
    p_top, p_bottom = (sp.Poly(sum((c * _Z**j for j, c in d.items()), sp.S.Zero), _Z,
                               domain="QQ").rem(modulus) for d in (top, bottom))
    if p_bottom.is_zero:
        raise Decline("the product divides by zero")
    inverse = sp.Poly(sp.invert(p_bottom.as_expr(), modulus.as_expr(), _Z), _Z, domain="QQ")
    total = (p_top * inverse).rem(modulus)
    value = total.as_expr() * scale
    if total.degree() > 0 or not value.is_Rational:
        raise Decline("the product is not a rational number")
    return value


def _times(a: dict[int, int], p: sp.Poly, order: int) -> dict[int, int]:
    """a times the polynomial p, exponents taken mod `order` (z^order = 1)."""
    out: dict[int, int] = {}
    for (j,), c in p.terms():
        for i, d in a.items():
            key = (i + j) % order
            out[key] = out.get(key, 0) + int(c) * d
    return {j: c for j, c in out.items() if c}


__all__ = ["read"]
