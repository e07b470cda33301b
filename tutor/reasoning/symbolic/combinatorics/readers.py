"""Handlers for the number-theory templates of `combinatorics.templates`: each reads the maths
slots a template captured and declines anything it does not fully understand."""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.number_theory import residues as nt
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import M, Result, maths


def whole(s: Split, g: str | None) -> int:
    return integers.integer(maths(s, g))


def all_slots(s: Split, m: re.Match[str]) -> None:
    """Every maths slot of the problem is one the template names."""
    if len(set(re.findall(M, m.group(0)))) != len(s.maths):
        raise Decline("maths the template does not name")


# number theory -----------------------------------------------------------------------

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


__all__ = ["SET", "all_slots", "integer_satisfies", "inverse", "set_probability", "whole",
           "zeros"]
