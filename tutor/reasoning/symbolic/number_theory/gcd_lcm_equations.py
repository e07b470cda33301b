"""Positive integers n told by an equation in gcd(n, a) and lcm(n, a): "What is the sum of
all positive integers $n$ for which $\\operatorname{lcm}(n, 18) = \\gcd(n, 18) + 60$?", "How
many positive integers k satisfy gcd(k, 12) + lcm(k, 12) = 40?", "the least positive integer
$m$ with $\\mathop{\\text{lcm}}[m, 10] = 5\\gcd(m, 10)$".

The equation must be linear in g = gcd(n, a) and l = lcm(n, a) for one number a, with whole
coefficients, the lcm in it, and n nowhere else. Then for each divisor d of a the equation
fixes l, and n = d l / a (as g l = n a) must be a whole number with gcd(n, a) = d. The
integers found are confirmed by testing every n from 1 to the largest lcm the equation
allows with Python's `math.gcd` and `math.lcm` (n divides lcm(n, a), so none lies beyond).
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.condition_values import COMMON_CALL
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_SEARCH = 200_000  # the most integers tested one by one in the confirmation
_NOUN = r"positive integers? (?P<x>@\d+@)"
_JOIN = r"(?:for which|such that|that satisfy|that satisfies|satisfying|satisfy|with|where|have)"
_QUESTIONS = [
    ("sum", re.compile(r"(?:(?:what is|find|compute|determine) )?the sum of all (?:the )?"
                       + _NOUN + r" " + _JOIN + r" (?P<e>@\d+@)")),
    ("count", re.compile(r"(?:for )?how many " + _NOUN + r" (?:are there )?" + _JOIN
                         + r" (?P<e>@\d+@)")),
    ("min", re.compile(r"(?:(?:what is|find|compute|determine) )?the (?:least|smallest) "
                       + _NOUN + r" " + _JOIN + r" (?P<e>@\d+@)")),
    ("max", re.compile(r"(?:(?:what is|find|compute|determine) )?the (?:greatest|largest) "
                       + _NOUN + r" " + _JOIN + r" (?P<e>@\d+@)")),
]
_G, _L = sp.Symbol("G"), sp.Symbol("L")
_GREEK = r"\\(?:alpha|beta|gamma|delta|kappa|lambda|mu|nu|rho|sigma|tau|omega)"


def _equation(src: str, name: str) -> tuple[int, sp.Poly] | None:
    """The number a and the equation as a polynomial of degree one in G and L (equal to
    zero); None when the maths is not such an equation."""
    t = re.sub(r"\s+|\\left|\\right|~", "", src)
    n = re.escape(name)
    call = COMMON_CALL + r"[(\[](?:" + n + r",(?P<a>\d+)|(?P<b>\d+)," + n + r")[)\]]"
    found = list(re.finditer(call, t))
    others = {int(m.group("a") or m.group("b")) for m in found}
    if len(others) != 1 or t.count("=") != 1:
        return None
    kinds = {m.start(): next(m.group(k) for k in ("k1", "k2", "k3", "k4", "k5") if m.group(k))
             for m in found}
    if re.search(r"[a-zA-Z]", re.sub(r"\\cdot|\\times", "", re.sub(call, "", t))):
        return None  # the name (or another letter) outside the gcd and lcm
    body = re.sub(call, lambda m: " G " if kinds[m.start()] == "gcd" else " L ", t)
    eq = parse_latex(body)
    if not isinstance(eq, sp.Equality):
        return None
    poly = sp.Poly(sp.expand(eq.lhs - eq.rhs), _G, _L)
    if poly.total_degree() != 1 or not all(c.is_Integer for c in poly.coeffs()) \
            or poly.coeff_monomial(_L) == 0:
        raise Decline("an equation of one degree in the gcd and lcm, with the lcm in it")
    return others.pop(), poly


def _solutions(a: int, poly: sp.Poly) -> tuple[list[int], int, list[str]]:
    """The n, the largest lcm the equation allows, and a line for each divisor of a."""
    p, q = int(poly.coeff_monomial(_L)), int(poly.coeff_monomial(_G))
    c = -int(poly.coeff_monomial(1))
    found, top, lines = [], 0, []
    for d in sp.divisors(a):
        num = c - q * d
        if num % p or num // p < 1:
            continue
        lcm = num // p
        top = max(top, lcm)
        n, rem = divmod(d * lcm, a)
        fits = rem == 0 and math.gcd(n, a) == d and math.lcm(n, a) == lcm
        lines.append(f"g = {d}: l = {lcm}" + (f", n = \\frac{{{d} \\cdot {lcm}}}{{{a}}} = {n}"
                                              if fits else " (no n)"))
        if fits:
            found.append(n)
    return sorted(found), top, lines


def read(split: Split, template: str) -> Result | None:
    """Integers n with gcd(n, a) and lcm(n, a) in one equation: their sum, count or extreme."""
    body = re.sub(r"\s+", " ", template).strip().rstrip(" ?.")
    got = next(((ask, m) for ask, p in _QUESTIONS if (m := p.fullmatch(body))), None)
    if got is None:
        return None
    ask, m = got
    name = split.maths[int(m.group("x")[1:-1])].strip()
    if not re.fullmatch(r"[a-zA-Z]|" + _GREEK, name):  # "$\\nu$" names an integer too
        return None
    told = _equation(split.maths[int(m.group("e")[1:-1])], name)
    if told is None:
        return None
    a, poly = told
    found, top, lines = _solutions(a, poly)
    if top > _SEARCH:
        raise Decline("too many integers to test one by one")
    p, q, c = (int(poly.coeff_monomial(k)) for k in (_L, _G, 1))
    tested = [n for n in range(1, top + 1)
              if p * math.lcm(n, a) + q * math.gcd(n, a) + c == 0]
    confirm.check(tested == found, "testing every n up to the largest lcm finds the same")
    if not found:
        raise Decline("no positive integer satisfies the equation")
    eq = latex(sp.Eq(p * _L + q * _G, -c)).replace("G", "g").replace("L", "l")
    steps = [step("name the gcd and lcm", f"Write g and l for the gcd and the lcm of the "
                  f"integer and {a}: g divides {a}, and g · l is the integer times {a}.",
                  f"The equation says ${eq}$; try each divisor g of {a}.", ""),
             step("try each divisor", "Each g fixes l; then n = g·l/a, which must be a whole "
                  "number whose gcd with a really is g.", "$" + "$; $".join(lines) + "$", "")]
    listed = ", ".join(str(n) for n in found)
    if ask == "sum":
        total = sum(found)
        claim = " + ".join(str(n) for n in found) + f" = {total}" if len(found) > 1 else ""
        steps.append(step("add them", "Add the integers found.", f"The integers are {listed}"
                          + (f": ${claim}$." if claim else "."), claim))
        return sp.Integer(total), steps
    if ask == "count":
        steps.append(step("count them", "Count the integers found.",
                          f"The integers are {listed}: {len(found)} of them.", ""))
        return sp.Integer(len(found)), steps
    best = min(found) if ask == "min" else max(found)
    steps.append(step("pick the extreme one", "Take the least or greatest integer found.",
                      f"The integers are {listed}; the {'least' if ask == 'min' else 'greatest'}"
                      f" is {best}.", ""))
    return sp.Integer(best), steps


__all__ = ["read"]
