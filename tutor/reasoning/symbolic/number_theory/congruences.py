"""Linear congruences a x + c = b (mod m): their smallest solutions."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.number_theory import digits
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import END, Handler, M, Result, maths

CONGRUENCE = re.compile(r"\s*(.+?)\s*\\equiv\s*(.+?)\s*\\pmod\s*\{?\s*(\d+)\s*\}?\s*")


def _one(rule: str, hint: str, claim: str) -> Step:
    return step(rule, hint, f"${claim}$", claim)


def linear_coefficients(e: sp.Basic, x: sp.Symbol) -> tuple[int, int]:
    """(a, c) with e = a x + c, integer coefficients."""
    poly = sp.Poly(sp.expand(e), x)
    if poly.degree() != 1 or any(not c.is_Integer for c in poly.all_coeffs()):
        raise Decline("a linear expression with integer coefficients")
    a, c = poly.all_coeffs()
    return int(a), int(c)


def solutions(src: str, how_many: int) -> tuple[list[int], sp.Symbol, list[Step]]:
    """The smallest positive solutions of a linear congruence, each checked."""
    m = CONGRUENCE.fullmatch(src)
    if not m:
        raise Decline("not a congruence")
    lhs, rhs, mod = parse_latex(m.group(1)), parse_latex(m.group(2)), int(m.group(3))
    syms = (lhs - rhs).free_symbols
    if len(syms) != 1 or mod < 2:
        raise Decline("one unknown and a modulus")
    x = next(iter(syms))
    if not isinstance(x, sp.Symbol):
        raise Decline("one unknown")
    a, c = linear_coefficients(lhs - rhs, x)
    g = int(sp.gcd(a, mod))
    if c % g:
        raise Decline("no solutions")
    step_m = mod // g
    first = next(v for v in range(1, step_m + 1) if (a * v + c) % mod == 0)
    found = [first + k * step_m for k in range(how_many)]
    checks = []
    for v in found:
        diff = int((lhs - rhs).subs(x, v))
        checks.append(f"{shown(lhs, {x: sp.Integer(v)})} - \\left({shown(rhs, {x: sp.Integer(v)})}"
                      f"\\right) = {diff} = {mod} \\cdot {diff // mod}")
    steps = [_one("solve the congruence", f"The solutions repeat every "
                  f"$\\frac{{{mod}}}{{{g}}} = {step_m}$; check each one is a multiple of {mod} "
                  "away.", ", \\quad ".join(checks))]
    return found, x, steps


def smallest(s: Split, m: re.Match[str]) -> Result:
    found, x, steps = solutions(maths(s, m.group(2)), 1)
    if m.group(1) and maths(s, m.group(1)).strip() != latex(x):
        raise Decline("the question is about another letter")
    return sp.Integer(found[0]), steps


TEMPLATES: list[tuple[str, Handler]] = [
    (r"(?:find|what is) the (?:smallest|least) positive integer (?:" + M + r" )?(?:solution to|"
     r"that satisfies|satisfying) the congruence " + M + END, smallest),
]

__all__ = ["TEMPLATES", "solutions"]


_INVERSE_SIDE = re.compile(r"\s*(\d+)\s*\^\s*\{?\s*-\s*1\s*\}?\s*")


def check_given(src: str) -> None:
    """A congruence stated as known ("Given that $8^{-1} \\equiv 85 \\pmod{97}$"): each side an
    inverse `a^{-1}` or an integer expression; Decline unless both sides agree modulo m."""
    m = CONGRUENCE.fullmatch(src)
    if m is None:
        raise Decline("a given fact that is not a congruence")
    mod = int(m.group(3))
    if mod < 2:
        raise Decline("a modulus of at least 2")
    sides = []
    for side in m.group(1), m.group(2):
        inv = _INVERSE_SIDE.fullmatch(side)
        if inv:
            a = int(inv.group(1))
            if sp.gcd(a, mod) != 1:
                raise Decline("an inverse that does not exist")
            sides.append(pow(a, -1, mod))
        else:
            sides.append(digits.modulo(digits.integer_tree(parse_latex(side)), mod))
    if sides[0] != sides[1]:
        raise Decline("a given congruence that is not true")
