"""Residues asked for directly: the integer in a stated range that satisfies a congruence
("Find the integer n, 0 ≤ n ≤ 11, such that n ≡ 10389 (mod 12)", "What integer n satisfies
0 ≤ n < 31 and 7n ≡ 3 (mod 31)?"), and the value modulo m of an expression with inverses
("What is 2·5^{-1} + 3^{-2} (mod 13)? Express your answer as an integer from 0 to 12").

A congruence is solved by trying every integer of the range and confirmed with the inverse of
the coefficient; an expression with inverses is evaluated as an exact fraction twice (SymPy
and `numeral_arithmetic`), reduced modulo m with the inverse of its denominator and
confirmed by a search over the residues.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.congruences import _CONG, _linear
from tutor.reasoning.symbolic.number_theory.integer_questions import ANSWER_RANGE
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.number_theory.numeral_arithmetic import evaluate
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_SPAN = 10**6
_RANGE = re.compile(r"\s*\{?(-?\d+)\}?\s*(\\leq|<)\s*([a-z])\s*(\\leq|<)\s*\{?(-?\d+)\}?\s*")
_IN_RANGE = [
    re.compile(r"(?:find|what is|determine) the integer @(?P<x>\d+)@,? (?:with |where )?"
               r"@(?P<range>\d+)@,? (?:such that|that satisfies|which satisfies|satisfying|"
               r"for which|and) @(?P<cong>\d+)@"),
    re.compile(r"(?:what|which) integer @(?P<x>\d+)@ (?:satisfies|with) @(?P<range>\d+)@ "
               r"(?:and|satisfies) @(?P<cong>\d+)@"),
    re.compile(r"(?:find|what is|determine) the integer @(?P<x>\d+)@ (?:such that|that "
               r"satisfies|which satisfies|satisfying|for which) @(?P<cong>\d+)@,? (?:where|with"
               r"|and) @(?P<range>\d+)@"),
]
_VOCAB = frozenset("find what is determine the integer with where such that satisfies which "
                   "satisfying for and express your answer as an from to between inclusive "
                   "give compute calculate evaluate value of".split())
_PMOD = re.compile(r"^(.+?)\s*\\(?:pmod|mod)\s*\{?\s*(\d+)\s*\}?\s*$")
_WHAT = re.compile(r"(?:(?:what is|find|compute|calculate|evaluate|determine) )?(?:the value "
                   r"of )?@0@")


def read_in_range(split: Split, template: str) -> Result | None:
    """The one integer of a range that satisfies a congruence."""
    if not any("\\equiv" in m for m in split.maths) or not words_within(template, _VOCAB):
        return None
    body = template.strip().rstrip(" .?")
    m = next((m for p in _IN_RANGE if (m := p.fullmatch(body))), None)
    if m is None:
        return None
    if len(split.maths) != 3:
        raise Decline("maths the question does not use")
    letter = split.maths[int(m.group("x"))].strip()
    rng = _RANGE.fullmatch(split.maths[int(m.group("range"))])
    cong = _CONG.fullmatch(split.maths[int(m.group("cong"))])
    if rng is None or cong is None or rng.group(3) != letter:
        return None
    lo = int(rng.group(1)) + (rng.group(2) == "<")
    hi = int(rng.group(5)) - (rng.group(4) == "<")
    mod = int(cong.group(3))
    lhs, rhs = parse_latex(cong.group(1)), parse_latex(cong.group(2))
    x = sp.Symbol(letter)
    if (lhs - rhs).free_symbols != {x} or mod < 2:
        raise Decline("a congruence in the one letter")
    a, c = _linear(lhs - rhs, x)
    if not 0 <= hi - lo < _SPAN:
        raise Decline("a range of modest length")
    found = [v for v in range(lo, hi + 1) if (a * v + c) % mod == 0]
    if len(found) != 1:
        raise Decline("not exactly one integer of the range satisfies it")
    v = found[0]
    g = int(sp.gcd(a, mod))
    step_m = mod // g
    if c % g:
        raise Decline("no solution")
    base = (-(c // g) * pow(a // g, -1, step_m)) % step_m
    first = lo + (base - lo) % step_m
    confirm.check(first == v and first + step_m > hi,
                  "the inverse of the coefficient gives the same residue, once in the range")
    diff = int((lhs - rhs).subs(x, v))
    claim = (f"{latex(lhs.subs(x, v))} - \\left({latex(rhs.subs(x, v))}\\right) = {diff} = "
             f"{mod} \\cdot {diff // mod}")
    return sp.Integer(v), [
        step("reduce", f"The solutions of the congruence repeat every {step_m}; one of them "
             f"lies from {lo} to {hi}.", f"${letter} \\equiv {base} \\pmod{{{step_m}}}$", ""),
        step("check", f"With ${letter} = {v}$ the two sides differ by a multiple of {mod}.",
             f"${claim}$", claim),
    ]


def read_modular_value(split: Split, template: str) -> Result | None:
    """"What is 3^{-1} + 3^{-2} (mod 25)?": a value with inverses, reduced modulo m."""
    if not split.maths or "^{-" not in split.maths[0].replace(" ", "") or \
            not words_within(template, _VOCAB):
        return None
    pm = _PMOD.match(split.maths[0])
    if pm is None:
        return None
    body = template.strip()
    mod = int(pm.group(2))
    rng = ANSWER_RANGE.search(body.rstrip(" ?"))
    used = {0}
    if rng:
        lo, hi = (integer(split.maths[int(g)]) for g in rng.groups())
        if (lo, hi) != (0, mod - 1):
            raise Decline("the answer range is not one full set of residues")
        used |= {int(g) for g in rng.groups()}
        body = body.rstrip(" ?")[:rng.start()]
    if not _WHAT.fullmatch(body.strip().rstrip(" .?")):
        return None
    if used != set(range(len(split.maths))) or mod < 2:
        raise Decline("maths the question does not use")
    src = pm.group(1)
    exact = evaluate(src)
    value = parse_latex(src).doit()
    if not value.is_Rational or sp.Rational(exact.numerator, exact.denominator) != value:
        raise Decline("the expression is not read the same way twice")
    p, q = exact.numerator, exact.denominator
    if sp.gcd(q, mod) != 1:
        raise Decline("a denominator with no inverse modulo m")
    r = p * pow(q, -1, mod) % mod
    if mod <= _SPAN:
        by_search = [t for t in range(mod) if (t * q - p) % mod == 0]
        confirm.check(by_search == [r], "a search over the residues finds the same value")
    inverses = sorted({int(b) for b in re.findall(r"(\d+)\s*\^\s*\{\s*-\s*\d+\s*\}", src)})
    shown = [f"{b}^{{-1}} \\equiv {pow(b, -1, mod)}" for b in inverses if sp.gcd(b, mod) == 1]
    frac = f"\\frac{{{p}}}{{{q}}}" if q != 1 else str(p)
    claim = f"{frac} \\equiv {p} \\cdot {pow(q, -1, mod)} \\equiv {r} \\pmod{{{mod}}}"
    return sp.Integer(r), [
        step("the inverses", f"Modulo {mod}, each inverse is the residue that multiplies to 1.",
             "$" + "$, $".join(shown) + f" \\pmod{{{mod}}}$" if shown else "", ""),
        step("combine", "Work with the exact value and divide by multiplying by the inverse "
             "of the denominator.", f"${claim}$", ""),
    ]


__all__ = ["read_in_range", "read_modular_value"]
