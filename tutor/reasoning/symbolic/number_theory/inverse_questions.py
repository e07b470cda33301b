"""The inverse of an integer modulo m, however asked: "Find the inverse of 7 modulo 33",
"Find $7^{-1} \\pmod{33}$, as a residue modulo 33", with a note on the answer's range or
after a stated fact about another inverse ("Given that $8^{-1} \\equiv 85 \\pmod{97}$"),
which is checked first. The inverse comes from Python's `pow(a, -1, m)` and is confirmed by
a search over the residues.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import answer_ranges, congruences, integers
from tutor.reasoning.symbolic.number_theory.integer_questions import ASK, VOCAB, S, check_used
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_INVERSE = [
    re.compile(ASK + r"the (?:modular |multiplicative )?inverse (?:of|to) " + S
               + r",? (?:modulo|mod) " + S + r"(?:,? as a residue (?:modulo|mod) " + S + r")?"),
]
_INV_SLOT = re.compile(r"^\s*(\d+)\s*\^\s*\{?\s*-\s*1\s*\}?\s*\\[pb]?mod\s*\{?\s*(\d+)\s*\}?\s*$")
# "Find $4^{-1}$ modulo 21": the inverse written alone, its modulus said in words
_INV_ALONE = re.compile(r"^\s*(\d+)\s*\^\s*\{?\s*-\s*1\s*\}?\s*$")


def read_inverse(split: Split, template: str) -> Result | None:
    """"Find the inverse of 7 modulo 33", "Find $7^{-1} \\pmod{33}$"; after "Given that
    $8^{-1} \\equiv 85 \\pmod{97}$," (a fact checked, else Decline)."""
    if "inverse" not in template and not any("^{-1}" in m or "^-1" in m for m in split.maths):
        return None
    if not words_within(template, VOCAB | answer_ranges.VOCAB | {"given", "since", "if"}):
        return None
    note = answer_ranges.find(split, template)
    body = template[:note.start] if note else template
    body = body.rstrip(" .?")
    used = set(note.slots) if note else set()
    given = re.match(r"(?:given that|since|if) @(\d+)@,? (?:then )?", body)
    if given:
        congruences.check_given(split.maths[int(given.group(1))])
        used.add(int(given.group(1)))
        body = body[given.end():]
    for pattern in _INVERSE:
        m = pattern.fullmatch(body)
        if m:
            a, mod = (integers.integer(split.maths[int(g)]) for g in m.groups()[:2])
            if m.group(3) and integers.integer(split.maths[int(m.group(3))]) != mod:
                raise Decline("two different moduli")
            check_used(split, *map(str, used | {int(g) for g in m.groups() if g}))
            answer_ranges.check(note, mod)
            return inverse(a, mod)
    m3 = re.fullmatch(ASK + S + r",? (?:modulo|mod) " + S + r"(?:,? as a residue (?:modulo|mod) "
                      + S + r")?", body)
    if m3 and (alone := _INV_ALONE.match(split.maths[int(m3.group(1))])):
        a, mod = int(alone.group(1)), integers.integer(split.maths[int(m3.group(2))])
        if m3.group(3) and integers.integer(split.maths[int(m3.group(3))]) != mod:
            raise Decline("two different moduli")
        check_used(split, *map(str, used | {int(g) for g in m3.groups() if g}))
        answer_ranges.check(note, mod)
        return inverse(a, mod)
    m2 = re.fullmatch(ASK + S + r"(?:,? as a residue (?:modulo|mod) " + S + r")?", body)
    if m2:
        slot = _INV_SLOT.match(split.maths[int(m2.group(1))])
        if slot:
            a, mod = int(slot.group(1)), int(slot.group(2))
            if m2.group(2) and integers.integer(split.maths[int(m2.group(2))]) != mod:
                raise Decline("two different moduli")
            check_used(split, *map(str, used | {int(g) for g in m2.groups() if g}))
            answer_ranges.check(note, mod)
            return inverse(a, mod)
    return None


def inverse(a: int, mod: int) -> Result:
    if mod < 2 or sp.gcd(a, mod) != 1:
        raise Decline("no inverse: the number and the modulus share a factor")
    x = pow(a, -1, mod)
    by_search = next(k for k in range(mod) if a * k % mod == 1) if mod <= 10**6 else None
    if by_search is not None:
        confirm.check(by_search == x, "a search over every residue finds the same inverse")
    prod = a * x
    claim = f"{a} \\cdot {x} = {prod} = {mod} \\cdot {prod // mod} + 1"
    return sp.Integer(x), [step("find the inverse", f"Which residue times {a} leaves remainder "
                                f"1 on division by {mod}?", f"${claim}$", claim)]


__all__ = ["inverse", "read_inverse"]
