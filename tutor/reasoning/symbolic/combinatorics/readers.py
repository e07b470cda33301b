"""Handlers for the counting and number-theory templates of `combinatorics.templates`: each reads
the maths slots a template captured and declines anything it does not fully understand."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics import counting as cc
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.number_theory import residues as nt
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import M, Result, maths

CARDINAL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
CARDINAL["one hundred"] = 100
N = r"(@\d+@|" + "|".join(sorted(CARDINAL, key=len, reverse=True)) + r")"
DIGIT_WORDS = {"zeroes": 0, "zeros": 0, "ones": 1, "twos": 2, "threes": 3, "fours": 4,
               "fives": 5, "sixes": 6, "sevens": 7, "eights": 8, "nines": 9}
DW = r"(" + "|".join(DIGIT_WORDS) + r")"
ROTATION_NOTE = (r" \((?:two (?:seatings|arrangements|configurations) are considered (?:the same|"
                 r"equivalent) if one is a rotation of (?:the other|another)|seating "
                 r"arrangements which are rotations of each other are treated as the same)\.?\)")
ROTATION = r"(?:" + ROTATION_NOTE + r")?"


def count(s: Split, tok: str | None) -> int:
    """A count written as a maths slot or as a word."""
    if tok is None:
        raise Decline("missing number")
    slot = re.fullmatch(M, tok)
    if slot:
        return integers.integer(s.maths[int(slot.group(1))])
    return CARDINAL[tok]


def whole(s: Split, g: str | None) -> int:
    return integers.integer(maths(s, g))


def all_slots(s: Split, m: re.Match[str]) -> None:
    """Every maths slot of the problem is one the template names."""
    if len(set(re.findall(M, m.group(0)))) != len(s.maths):
        raise Decline("maths the template does not name")


def same_noun(a: str, b: str) -> None:
    if a.rstrip("s") != b.rstrip("s"):
        raise Decline("different kinds of things")


# number theory -----------------------------------------------------------------------

def congruent(s: Split, m: re.Match[str]) -> Result:
    one, two, mod = maths(s, m.group(1)).strip(), maths(s, m.group(2)).strip(), whole(s, m.group(3))
    var, value = (one, two) if re.fullmatch(r"[a-z]", one) else (two, one)
    if not re.fullmatch(r"[a-z]", var) or maths(s, m.group(5)).strip() != var:
        raise Decline("one letter for the residue")
    nt.residue_range(maths(s, m.group(4)), var, mod)
    return nt.least_residue(integers.integer(value), mod)


def integer_satisfies(s: Split, m: re.Match[str]) -> Result:
    var = maths(s, m.group(1) or m.group(2)).strip()
    conds = [maths(s, g) for g in (m.group(3), m.group(4))]
    cong = [c for c in conds if "\\equiv" in c]
    if len(cong) != 1 or not re.fullmatch(r"[a-z]", var):
        raise Decline("one range and one congruence")
    v, a, mod = nt.congruence(cong[0])
    if v != var:
        raise Decline("the congruence is about another letter")
    nt.residue_range(next(c for c in conds if c is not cong[0]), var, mod)
    return nt.least_residue(a, mod)


def inverse(s: Split, m: re.Match[str]) -> Result:
    src = maths(s, m.group(1))
    full = re.fullmatch(r"\s*(\d+)\s*\^\s*\{\s*-1\s*\}\s*(?:\\pmod\s*\{\s*(\d+)\s*\})?\s*", src)
    if not full or (full.group(2) is None) == (m.group(2) is None):
        raise Decline("not a modular inverse")
    mod = int(full.group(2)) if full.group(2) else whole(s, m.group(2))
    if whole(s, m.group(3)) != 0 or whole(s, m.group(4)) != mod - 1:
        raise Decline("the range is not the residues")
    return nt.inverse(int(full.group(1)), mod)


def gcd_then(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    kind = "gcd" if "greatest" in m.group(1) else "lcm"
    v, steps = integers.gcd_lcm(kind, [whole(s, m.group(2)), whole(s, m.group(3))])
    k = whole(s, m.group(5))
    out = v + k if m.group(4) == "increased" else v - k
    claim = f"{v} {'+' if m.group(4) == 'increased' else '-'} {k} = {out}"
    steps.append(step("finish", f"The {kind} {m.group(4)} by {k}.", f"${claim}$", claim))
    return out, steps


def zeros(s: Split, m: re.Match[str]) -> Result:
    f = re.fullmatch(r"\s*(\d+)\s*!\s*", maths(s, m.group(1)))
    if not f or (m.group(2) and whole(s, m.group(2)) != int(f.group(1))):
        raise Decline("a factorial of a number")
    return nt.factorial_zeros(int(f.group(1)))


SET = re.compile(r"\\\{\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*\\[lc]?dots\s*,\s*(\d+)\s*\\\}")


def set_probability(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    r = SET.fullmatch(maths(s, m.group(1)).strip())
    if not r:
        raise Decline("a set of consecutive integers")
    a, b, c, hi = (int(x) for x in r.groups())
    if not (b == a + 1 and c == a + 2 and hi > c):
        raise Decline("not consecutive")
    none = [whole(s, m.group(3))] if m.group(3) else []
    return nt.multiples_probability(a, hi, [whole(s, m.group(2))], none)


def restricted(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    if m.group(2):
        digits = {DIGIT_WORDS[m.group(2)], DIGIT_WORDS[m.group(3)]}
    else:
        digits = {whole(s, m.group(4)), whole(s, m.group(5))}
    return nt.restricted_multiple(whole(s, m.group(1)), digits)


def digits(word: str) -> tuple[int, int]:
    k = {"one": 1, "two": 2, "three": 3}[word]
    return 10 ** (k - 1), 10**k - 1


def extreme_base(s: Split, m: re.Match[str]) -> Result:
    if whole(s, m.group(4)) != 10 or m.group(2) not in CARDINAL:
        raise Decline("answer in base ten only")
    return nt.extreme_in_base(m.group(1), CARDINAL[m.group(2)], whole(s, m.group(3)))


# counting ------------------------------------------------------------------------------



def party(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    return cc.each_party(count(s, m.group(1)), count(s, m.group(2)), count(s, m.group(3)))


def offices(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    return cc.assign_distinct(count(s, m.group(1)), count(s, m.group(2)))


def two_groups(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    if m.group(5) and not m.group(6):
        raise Decline("a purpose may make order matter")
    return cc.choose_two_groups(count(s, m.group(1)), count(s, m.group(3)), count(s, m.group(2)),
                                count(s, m.group(4)))


__all__ = ["CARDINAL", "DIGIT_WORDS", "DW", "N", "ROTATION", "ROTATION_NOTE", "SET", "all_slots",
           "congruent", "count", "digits",
           "extreme_base", "gcd_then", "integer_satisfies",
           "inverse", "offices", "party", "restricted",
           "same_noun", "set_probability", "two_groups", "whole",
           "zeros"]
