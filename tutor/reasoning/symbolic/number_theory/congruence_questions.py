"""A linear congruence asked in words: "Solve 11n ≡ 7 (mod 43) as a residue modulo 43",
"the smallest positive integer x such that 4x ≡ 13 (mod 27)", "... giving an answer between
0 and 4", "find x with 10 ≤ x ≤ 20 such that ...", "solve 4x ≡ 3 (mod 11) for x with
0 ≤ x < 11", "... for the least positive x", "... giving x between 0 and 9": the one
solution in the interval asked; "Find x such that 4x ≡ 1 (mod 9)",
"Solve for x: 2x + 3 ≡ 7 (mod 11)": every solution, as one class. The congruence may be
said in words: "4x congruent to 7 mod 9", "4x is congruent to 7 modulo 9".

The solutions come from `congruences.solutions` (a search over one period); each answer
is confirmed by the inverse of the coefficient (x ≡ -c a^{-1} modulo m/g) and by
substituting it back.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import congruences
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.problem_text import without_slot
from tutor.reasoning.symbolic.typed import words_within

_VOCAB = frozenset(
    "solve the congruence find what is smallest least positive integer solution solutions "
    "to of such that satisfies satisfy as a residue modulo mod give an answer between and "
    "inclusive value giving express your from with for where so which expressing writing write "
    "answer if linear congruent is".split())
# "Solve 4x ≡ 3 (mod 11).", "Solve the congruence ... for x": every solution, as one class
_WHOLE_CLASS = re.compile(r"solve (?:the (?:linear )?congruence )?@0@(?:,? for @(?P<x>\d+)@)?")
# "Solve for x: 4x ≡ 3 (mod 11)", "Find x such that 4x ≡ 1 (mod 9)": the unknown named first
_CLASS_OF = re.compile(r"(?:solve for @(?P<x>\d+)@:?|(?:find|what is|what are) (?:all )?"
                       r"@(?P<x2>\d+)@,? (?:such that|so that|if|where|given that|for which|"
                       r"satisfying)) @(?P<c>\d+)@")
_RESIDUE = re.compile(r"solve (?:the congruence )?@0@[,.]? (?:for @(?P<x>\d+)@[,.]? )?"
                      r"(?P<range>.*)")
# what bounds the answer: the residues modulo m, or an interval said in words
_AS_RESIDUE = re.compile(r"\(?(?:(?:give|express|write|giving|expressing|writing) (?:your |the )?"
                         r"answer )?as a residue modulo @(?P<m>\d+)@\)?(?P<rest>.*)")
_BETWEEN = re.compile(r"\(?(?:giving|give|and give|with) (?:an answer|@(?P<x>\d+)@) between "
                      r"@(?P<lo>\d+)@ and "
                      r"@(?P<hi>\d+)@(?:,? inclusive)?\.?\)?|\(?express your answer as an "
                      r"integer from @(?P<lo2>\d+)@ to @(?P<hi2>\d+)@(?:,? inclusive)?\.?\)?")
# "find x with 0 <= x < 13 such that ...": the interval is a piece of maths
_FIND_IN = [  # the interval first, or the congruence first ("find x if A and B": either)
    re.compile(r"find @(?P<x>\d+)@,? (?:with|where|if) @(?P<r>\d+)@,? (?:such that|so that|"
               r"satisfying|for which|and) @(?P<c>\d+)@"),
    re.compile(r"find @(?P<x>\d+)@,? (?:such that|so that|satisfying|for which|with|if) "
               r"@(?P<c>\d+)@,? (?:and|with|where) @(?P<r>\d+)@")]
# "solve 4x ≡ 3 (mod 11) for x with 0 <= x < 11": the interval said after, as maths
_WITH_INTERVAL = re.compile(r"\(?(?:with|where|for|and) @(?P<r>\d+)@\)?")
_INTERVAL = re.compile(r"\s*(\d+)\s*(\\le|\\leq|<)\s*([a-z])\s*(\\le|\\leq|<)\s*(\d+)\s*")
_SMALLEST = re.compile(r"(?:(?:what is|find) )?the (?:smallest|least) positive (?:integer )?"
                       r"(?:(?:value of )?@(\d+)@ )?(?:(?:solution|that satisfies|satisfying|such "
                       r"that|to|of|with|for which) )+(?:the congruence )?@(\d+)@")
# "... for the least positive x": the smallest positive solution, said after the congruence
_LEAST_AFTER = re.compile(r"(?:for )?the (?:smallest|least) positive (?:integer )?"
                          r"(?:value of )?(?:@(?P<x>\d+)@)?")
# a congruence said in words: "@0@ (is) congruent to @1@ mod @2@", "... (modulo @2@)"
_IN_WORDS = re.compile(r"@(?P<a>\d+)@ (?:is )?congruent to @(?P<b>\d+)@,? \(?(?:mod|modulo) "
                       r"@(?P<m>\d+)@ ?\)?|@(?P<a2>\d+)@ (?:is )?congruent to @(?P<bm>\d+)@")
_RESIDUE_MOD = re.compile(r"\s*(.+?)\s*\\pmod\s*\{?\s*(\d+)\s*\}?\s*")


def _congruence_slot(split: Split) -> int:
    slots = [i for i, m in enumerate(split.maths) if "\\equiv" in m]
    if len(slots) != 1:
        raise Decline("one congruence")
    return slots[0]


def _said_in_words(split: Split, template: str) -> tuple[Split, str]:
    """The split with one congruence said in words ("@0@ congruent to @1@ mod @2@") made one
    piece of maths, "a \\equiv b \\pmod{m}"; unchanged when none is said or the modulus is
    not a whole number."""
    found = list(_IN_WORDS.finditer(template))
    if len(found) != 1:
        return split, template
    w = found[0]
    maths = list(split.maths)
    if w.group("a2") is not None:  # "@0@ congruent to @1@" with @1@ "5 \pmod{7}"
        a, bm = int(w.group("a2")), int(w.group("bm"))
        if (r := _RESIDUE_MOD.fullmatch(maths[bm])) is None or "\\equiv" in maths[a]:
            return split, template
        maths[a] = f"{maths[a]} \\equiv {r.group(1)} \\pmod{{{r.group(2)}}}"
        dropped: tuple[int, ...] = (bm,)
    else:
        a, b, m = (int(w.group(k)) for k in ("a", "b", "m"))
        if not re.fullmatch(r"\s*\d+\s*", maths[m]) or "\\equiv" in maths[a]:
            return split, template
        maths[a] = f"{maths[a]} \\equiv {maths[b]} \\pmod{{{maths[m].strip()}}}"
        dropped = (b, m)
    merged = template[:w.start()] + f"@{a}@" + template[w.end():]
    merged_split = Split(merged, maths)
    for drop in sorted(dropped, reverse=True):
        merged_split = without_slot(merged_split.template, merged_split.maths, drop)
    return merged_split, merged_split.template


def read(split: Split, template: str) -> Result | None:
    split, template = _said_in_words(split, template)
    if not any("\\equiv" in m for m in split.maths) or not words_within(template, _VOCAB):
        return None
    body = template.rstrip(" .?)")
    slot = _congruence_slot(split)
    src = split.maths[slot]
    if (m := _WHOLE_CLASS.fullmatch(body)) is not None and slot == 0:
        return _solution_class(split, src, m.group("x"))
    if (m := _CLASS_OF.fullmatch(body)) is not None and int(m.group("c")) == slot \
            and len(split.maths) == 2:
        return _solution_class(split, src, m.group("x") or m.group("x2"))
    if (m := _RESIDUE.fullmatch(body)) is not None and slot == 0:
        found, x, steps = congruences.solutions(src, 2)
        _same_letter(split, m.group("x"), x)
        within = _WITH_INTERVAL.fullmatch(m.group("range"))
        if (least := _LEAST_AFTER.fullmatch(m.group("range"))) is not None:
            _same_letter(split, least.group("x"), x)
            value = found[0]
        else:
            lo, hi = (_interval(split, within.group("r"), x) if within is not None
                      else _bounds(split, m.group("range"), _modulus(src), x))
            value = _only_one(found, lo, hi)
    elif (m := next((f for p in _FIND_IN if (f := p.fullmatch(body)) is not None
                     and int(f.group("c")) == slot), None)) is not None:
        found, x, steps = congruences.solutions(src, 2)
        _same_letter(split, m.group("x"), x)
        value = _only_one(found, *_interval(split, m.group("r"), x))
    elif (m := _SMALLEST.fullmatch(body)) is not None and int(m.group(2)) == slot:
        found, x, steps = congruences.solutions(src, 1)
        if m.group(1) and parse_latex(split.maths[int(m.group(1))]) != x:
            raise Decline("the question is about another letter")
        value = found[0]
    else:
        return None
    _confirm(src, x, value)
    return sp.Integer(value), steps


def _solution_class(split: Split, src: str, slot: str | None) -> Result:
    """Every solution of a x + c ≡ b (mod m): one class modulo m / gcd(a, m), answered as the
    congruence x ≡ r; confirmed by the inverse of a / g modulo m / g and by substituting
    every residue modulo m (the class's members solve it, no other residue does)."""
    found, x, steps = congruences.solutions(src, 2)
    _same_letter(split, slot, x)
    period = found[1] - found[0]
    r = found[0] % period
    _confirm(src, x, r)
    m = congruences.CONGRUENCE.fullmatch(src)
    assert m is not None
    lhs, rhs, mod = parse_latex(m.group(1)), parse_latex(m.group(2)), int(m.group(3))
    solving = [v for v in range(mod) if int((lhs - rhs).subs(x, v)) % mod == 0]
    confirm.check(solving == list(range(r, mod, period)), "trying every residue modulo "
                  f"{mod} finds exactly the numbers {r} more than a multiple of {period}")
    answer = f"{x} \\equiv {r} \\pmod{{{period}}}"
    if period != mod:
        listed = ", ".join(str(v) for v in solving)
        steps.append(step("the solutions modulo the modulus", f"Modulo {mod} these are the "
                          f"residues {listed}: one class modulo {period}.", f"${answer}$", ""))
    return answer, steps


def _modulus(src: str) -> int:
    m = congruences.CONGRUENCE.fullmatch(src)
    assert m is not None  # `congruences.solutions` read it already
    return int(m.group(3))


def _interval(split: Split, slot: str, x: sp.Symbol) -> tuple[int, int]:
    """The least and greatest whole numbers in an interval written as maths: 0 <= x < 13."""
    r = _INTERVAL.fullmatch(split.maths[int(slot)])
    if r is None or r.group(3) != str(x):
        raise Decline("an interval for the unknown")
    return int(r.group(1)) + (r.group(2) == "<"), int(r.group(5)) - (r.group(4) == "<")


def _same_letter(split: Split, slot: str | None, x: sp.Symbol) -> None:
    if slot is not None and parse_latex(split.maths[int(slot)]) != x:
        raise Decline("the question is about another letter")


def _bounds(split: Split, said: str, modulus: int, x: sp.Symbol) -> tuple[int, int]:
    """The interval the answer must lie in: "as a residue modulo m" is 0 to m - 1; "giving
    an answer between a and b" is a to b; nothing said is no answer."""
    if (r := _AS_RESIDUE.fullmatch(said)) is not None:
        if integer(split.maths[int(r.group("m"))]) != modulus:
            raise Decline("a residue modulo another number")
        said = r.group("rest").strip(" .,")
        bounds = (0, modulus - 1)
        if not said:
            return bounds
    else:
        bounds = None
    b = _BETWEEN.fullmatch(said)
    if b is None:
        raise Decline("no interval for the answer")
    _same_letter(split, b.group("x"), x)
    lo = integer(split.maths[int(b.group("lo") or b.group("lo2"))])
    hi = integer(split.maths[int(b.group("hi") or b.group("hi2"))])
    if bounds is not None and (lo, hi) != bounds:
        raise Decline("the answer range is not one full set of residues")
    return lo, hi


def _only_one(found: list[int], lo: int, hi: int) -> int:
    """The one solution in [lo, hi], from the first solution and the period."""
    period = found[1] - found[0]
    inside = [v for v in range(found[0] + (lo - found[0]) // period * period, hi + 1, period)
              if lo <= v <= hi]
    if len(inside) != 1:
        raise Decline("several solutions lie in the range" if inside else "no solution in range")
    return inside[0]


def _confirm(src: str, x: sp.Symbol, value: int) -> None:
    m = congruences.CONGRUENCE.fullmatch(src)
    assert m is not None
    lhs, rhs, mod = parse_latex(m.group(1)), parse_latex(m.group(2)), int(m.group(3))
    poly = sp.Poly(sp.expand(lhs - rhs), x)
    a, c = (int(k) for k in poly.all_coeffs())
    g = int(sp.gcd(a, mod))
    step_m = mod // g
    by_inverse = (-c // g) * pow(a // g, -1, step_m) % step_m if step_m > 1 else 0
    confirm.check((a * value + c) % mod == 0 and value % step_m == by_inverse,
                  "the inverse of the coefficient gives the same solution, and it satisfies "
                  "the congruence")


__all__ = ["read"]
