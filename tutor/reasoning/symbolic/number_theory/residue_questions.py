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
from tutor.reasoning.symbolic.number_theory import answer_ranges
from tutor.reasoning.symbolic.number_theory.congruences import CONGRUENCE, linear_coefficients
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
    re.compile(r"(?:suppose|if|given) @(?P<cong>\d+)@,? (?:where|with) @(?P<range>\d+)@[.,]? "
               r"(?:then )?(?:what is|find|determine) (?:the value of )?@(?P<x>\d+)@"),
]
_VOCAB = frozenset("find what is determine the integer with where such that satisfies which "
                   "satisfying for and express your answer as an from to between inclusive "
                   "give compute calculate evaluate value of suppose if given then".split())
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
    cong = CONGRUENCE.fullmatch(split.maths[int(m.group("cong"))])
    if rng is None or cong is None or rng.group(3) != letter:
        return None
    lo = int(rng.group(1)) + (rng.group(2) == "<")
    hi = int(rng.group(5)) - (rng.group(4) == "<")
    mod = int(cong.group(3))
    lhs, rhs = parse_latex(cong.group(1)), parse_latex(cong.group(2))
    x = sp.Symbol(letter)
    if (lhs - rhs).free_symbols != {x} or mod < 2:
        raise Decline("a congruence in the one letter")
    a, c = linear_coefficients(lhs - rhs, x)
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
    note = answer_ranges.find(split, body)
    used = {0}
    if note:
        answer_ranges.check(note, mod)
        used |= set(note.slots)
        body = body.rstrip(" ?")[:note.start]
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


_DIGITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NOUN = (r"(?P<sign>positive |negative )?(?:(?P<k>one|two|three|four|five|six|@\d+@) ?-?digit )?"
         r"(?P<sign2>positive |negative )?(?:integer|number|whole number)s?(?: solutions?)?"
         r"|(?P<sign3>positive |negative )?(?:integer )?solutions?")
_SEARCH = [
    re.compile(r"(?:what is|find|determine) the (?P<order>largest|greatest|smallest|least) (?:"
               + _NOUN + r") (?:@(?P<x>\d+)@,? )?(?:that |which )?(?:satisfies|satisfying|"
               r"solves|to) (?:the congruence |the equation )?@(?P<cong>\d+)@"),
    re.compile(r"how many (?P<count>)(?:" + _NOUN + r") @(?P<x>\d+)@ (?:satisfy|solve) "
               r"(?:the congruence )?@(?P<cong>\d+)@"),
]
_SEARCH_VOCAB = _VOCAB | frozenset(
    "largest greatest smallest least positive negative digit one two three four five six "
    "integers number numbers whole solution solutions solves solve satisfy congruence equation "
    "how many".split())


def read_extreme(split: Split, template: str) -> Result | None:
    """"The largest three-digit integer n that satisfies 55n ≡ 165 (mod 260)", "How many
    three-digit positive integers x satisfy ...": the solutions in the range the words give."""
    if not any("\\equiv" in m for m in split.maths) or not words_within(template,
                                                                         _SEARCH_VOCAB):
        return None
    body = template.strip().rstrip(" .?")
    m = next((m for p in _SEARCH if (m := p.fullmatch(body))), None)
    if m is None:
        return None
    slots = {int(g) for g in (m.group("x"), m.group("cong")) if g}
    k_slot = m.group("k")
    if k_slot and k_slot.startswith("@"):
        slots.add(int(k_slot[1:-1]))
    if slots != set(range(len(split.maths))):
        raise Decline("maths the question does not use")
    cong = CONGRUENCE.fullmatch(split.maths[int(m.group("cong"))])
    if cong is None:
        return None
    lhs, rhs, mod = parse_latex(cong.group(1)), parse_latex(cong.group(2)), int(cong.group(3))
    syms = (lhs - rhs).free_symbols
    if len(syms) != 1 or mod < 2:
        raise Decline("a congruence in one letter")
    x = next(iter(syms))
    assert isinstance(x, sp.Symbol)
    if m.group("x") and split.maths[int(m.group("x"))].strip() != x.name:
        raise Decline("the question names another letter")
    a, c = linear_coefficients(lhs - rhs, x)
    lo, hi = _noun_range(split, m)
    g = int(sp.gcd(a, mod))
    if c % g:
        raise Decline("the congruence has no solution")
    step_m = mod // g
    base = (-(c // g) * pow(a // g, -1, step_m)) % step_m if step_m > 1 else 0
    if m.groupdict().get("count") is not None:
        if lo is None or hi is None or hi - lo > _SPAN:
            raise Decline("a bounded range of modest length")
        first = lo + (base - lo) % step_m
        count = 0 if first > hi else (hi - first) // step_m + 1
        by_trying = sum(1 for v in range(lo, hi + 1) if (a * v + c) % mod == 0)
        confirm.check(by_trying == count, "trying every integer of the range gives the same count")
        return sp.Integer(count), [
            step("solve the congruence", "Divide through by the common factor and use the "
                 "inverse.", f"${x.name} \\equiv {base} \\pmod{{{step_m}}}$", ""),
            step("count", f"From {lo} to {hi}, one in every {step_m}.", f"There are {count}.",
                 "")]
    largest = m.group("order") in ("largest", "greatest")
    end = hi if largest else lo
    if end is None:
        raise Decline("no bound in the direction asked")
    v = end - (end - base) % step_m if largest else end + (base - end) % step_m
    if lo is not None and v < lo or hi is not None and v > hi:
        raise Decline("no solution in the range")
    way = range(end, v - 1, -1) if largest else range(end, v + 1)
    confirm.check(next(t for t in way if (a * t + c) % mod == 0) == v,
                  "trying the integers from the end of the range finds the same one")
    diff = int((lhs - rhs).subs(x, v))
    claim = f"{diff} = {mod} \\cdot {diff // mod}"
    return sp.Integer(v), [
        step("solve the congruence", "Divide through by the common factor and use the inverse.",
             f"${x.name} \\equiv {base} \\pmod{{{step_m}}}$", ""),
        step("take the extreme", f"The {m.group('order')} such integer in the range is {v}; the "
             "two sides then differ by a multiple of the modulus.", f"${claim}$", claim)]


def _noun_range(split: Split, m: re.Match[str]) -> tuple[int | None, int | None]:
    signs = {s.strip() for s in (m.group("sign"), m.group("sign2"), m.group("sign3")) if s}
    if len(signs) > 1:
        raise Decline("positive and negative at once")
    k_src = m.group("k")
    if k_src:
        k = _DIGITS.get(k_src) or integer(split.maths[int(k_src[1:-1])])
        if not 1 <= k <= 9:
            raise Decline("a modest number of digits")
        low = 10 ** (k - 1) if k > 1 else 0
        if "negative" in signs:
            return -(10**k - 1), -max(low, 1)
        if k == 1 and "positive" not in signs:
            raise Decline("'one-digit' reads with or without 0")
        return (max(low, 1) if "positive" in signs or k > 1 else low), 10**k - 1
    if "positive" in signs:
        return 1, None
    if "negative" in signs:
        return None, -1
    return None, None


__all__ = ["read_extreme", "read_in_range", "read_modular_value"]
