"""Remainders known, remainder asked, in words: "When three positive integers are divided by
12, the remainders are 7, 9 and 10, respectively. When their sum is divided by 12, what is
the remainder?", and "When n is divided by 6, the remainder is 1. What is the remainder when
n^2 + 2010 is divided by 6?" (or "n is 1 less than a multiple of 50").

The answer is the sum, product or expression worked on the remainders; it is confirmed on
actual numbers with those remainders (several of them, so a question whose answer depends
on which number is meant declines).
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_K = r"(?P<k>" + "|".join(_COUNT) + r")"
_R = r"(?P<rs>@\d+@(?:,? @\d+@)*,? (?:and )?@\d+@)"
_GIVEN = [
    re.compile(r"when " + _K + r" (?:positive )?integers are divided by @(?P<m>\d+)@,? the "
               r"remainders are " + _R + r",? respectively"),
    re.compile(r"the remainders when " + _K + r" (?:positive )?integers are divided by "
               r"@(?P<m>\d+)@ are " + _R + r"(?:,? respectively)?"),
]
_OF = r"(?:the (?P<op>sum|product) of (?:the|these|those) (?:(?:" + "|".join(_COUNT) + \
    r") )?(?:positive )?integers|their (?P<op2>sum|product))"
_ASKED = [
    re.compile(r"when " + _OF + r" is divided by @(?P<m2>\d+)@,? what is the remainder"),
    re.compile(r"(?:(?:what is|find|determine) )?the remainder when " + _OF
               + r" is divided by @(?P<m2>\d+)@"),
]
_ONE = [
    re.compile(r"when @(?P<x>\d+)@ is divided by @(?P<m>\d+)@,? (?:a|the) remainder (?:of "
               r"@(?P<r>\d+)@ is (?:given|obtained|left)|is @(?P<r2>\d+)@)"),
    re.compile(r"(?:if |suppose )?@(?P<x>\d+)@ leaves a remainder of @(?P<r>\d+)@ when (?:it is )?"
               r"divided by @(?P<m>\d+)@"),
    re.compile(r"(?:if |suppose )?@(?P<x>\d+)@ is @(?P<r>\d+)@ (?P<side>less|more) than a "
               r"multiple of @(?P<m>\d+)@"),
]
_ONE_ASKED = [
    re.compile(r",? (?:then )?(?:what is )?the remainder when @(?P<e>\d+)@ is divided by "
               r"@(?P<m2>\d+)@"),
    re.compile(r"\.? (?:what is|find|determine) the remainder when @(?P<e>\d+)@ is divided by "
               r"@(?P<m2>\d+)@"),
]
_VOCAB = frozenset(
    "when positive integers integer are is divided by the remainders remainder respectively "
    "sum product of these those their what find determine and a given obtained left if "
    "suppose leaves it less more than multiple then".split()) | set(_COUNT)


def read(split: Split, template: str) -> Result | None:
    """Sums and products of numbers with known remainders; an expression in one of them."""
    if "remainder" not in template or not words_within(template, _VOCAB):
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    for given in _GIVEN:
        g = given.match(body)
        if g:
            rest = body[g.end():].lstrip(" .,")
            a = next((a for p in _ASKED if (a := p.fullmatch(rest))), None)
            return _several(split, g, a) if a else None
    for one in _ONE:
        g = one.match(body)
        if g:
            rest = body[g.end():]
            a = next((a for p in _ONE_ASKED if (a := p.fullmatch(rest))), None)
            return _expression(split, g, a) if a else None
    return None


def _several(split: Split, g: re.Match[str], a: re.Match[str]) -> Result:
    slots = [int(s) for s in re.findall(r"@(\d+)@", g.group("rs"))]
    m, m2 = integer(split.maths[int(g.group("m"))]), integer(split.maths[int(a.group("m2"))])
    if set(slots) | {int(g.group("m")), int(a.group("m2"))} != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    if len(slots) != _COUNT[g.group("k")]:
        raise Decline("the number of remainders is not the number of integers")
    rs = [integer(split.maths[s]) for s in slots]
    if m < 2 or m2 < 2 or m % m2 or any(not 0 <= r < m for r in rs):
        raise Decline("remainders below a divisor that the second divisor divides")
    op = a.group("op") or a.group("op2")
    value = (sum(rs) if op == "sum" else math.prod(rs)) % m2
    for shift in (1, 2, 7):  # actual integers with those remainders
        nums = [r + m * (shift + i) for i, r in enumerate(rs)]
        got = (sum(nums) if op == "sum" else math.prod(nums)) % m2
        confirm.check(got == value, f"integers with those remainders ({', '.join(map(str, nums))})"
                      " give the same remainder")
    sign = " + " if op == "sum" else " \\cdot "
    total = sum(rs) if op == "sum" else math.prod(rs)
    claim = f"{sign.join(map(str, rs))} = {total} = {m2} \\cdot {total // m2} + {value}"
    return sp.Integer(value), [
        step("work with the remainders", f"Each integer is a multiple of {m} plus its remainder; "
             f"the multiples of {m} do not change the remainder of the {op}.", f"${claim}$",
             claim)]


def _expression(split: Split, g: re.Match[str], a: re.Match[str]) -> Result:
    used = {int(v) for v in g.groupdict().values() if v and v.isdigit()} | {
        int(a.group("e")), int(a.group("m2"))}
    if used != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    letter = split.maths[int(g.group("x"))].strip()
    if not re.fullmatch(r"[a-zA-Z]", letter):
        raise Decline("one number named by a letter")
    x = sp.Symbol(letter)
    m = integer(split.maths[int(g.group("m"))])
    r = integer(split.maths[int(g.group("r") or g.group("r2"))])
    if g.groupdict().get("side") == "less":
        r = -r
    m2 = integer(split.maths[int(a.group("m2"))])
    if m < 2 or m2 < 2 or m % m2:
        raise Decline("a second divisor that divides the first")
    e = parse_latex(split.maths[int(a.group("e"))])
    poly = sp.Poly(sp.expand(e), x) if e.free_symbols == {x} else None
    if poly is None or any(not c.is_Integer for c in poly.all_coeffs()):
        raise Decline("an integer polynomial in the number")
    if poly.degree() > 12:
        raise Decline("a polynomial of modest degree")
    value = int(poly.eval(r % m)) % m2
    for rep in (r % m + m, r % m + 5 * m, r % m - 3 * m):
        confirm.check(int(poly.eval(rep)) % m2 == value, f"the number {rep}, which has the same "
                      "remainder, gives the same answer")
    res = r % m
    at = int(poly.eval(res))
    claim = f"{shown(e, {x: sp.Integer(res)})} = {at} = {m2} \\cdot {at // m2} + {value}"
    return sp.Integer(value), [
        step("replace the number by its remainder", f"${letter} = {m}q + {res}$, and every term "
             f"with $q$ is a multiple of {m2}.", f"${claim}$", claim)]


__all__ = ["read"]
