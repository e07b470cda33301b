"""Conditions told on a number related to the integer sought, not on the integer itself:
its square or cube ("the least integer whose square ends in 01", "whose cube is congruent to
1 modulo 7"), or a given number plus or minus it ("the least positive integer that can be
added to 412 to yield a multiple of 3"). Each becomes a `ValueCondition` on n^2, n^3,
N + x or N - x, read with the properties `value_conditions` knows."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import condition_values
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.number_theory.value_conditions import (
    PHRASES,
    ValueCondition,
    with_property,
)
from tutor.reasoning.symbolic.parsing import Split

_WHOSE = re.compile(r"(?:whose |(?:has|have|having|with) (?:a |an )?)(square|cube)s? (?:(?:that|"
                    r"which) )?")
_ENDS = dict(PHRASES)["ends"]


def read_whose(split: Split, rest: str) -> tuple[list[ValueCondition], set[int], int] | None:
    """"(the least integer) whose square ends in 01", "whose cube is congruent to 1
    modulo 7", "(integers that) have squares that end in 6": a property of n^2 or n^3."""
    m = _WHOSE.match(rest)
    if m is None:
        return None
    x, k = sp.Symbol("n"), 2 if m.group(1) == "square" else 3
    tail = rest[m.end():]
    if (end := _ENDS.match(tail)) is not None:
        value, place = condition_values.final_digits(split, [end.group(1)])
        vc = ValueCondition(x**k, x, f"n^{{{k}}}", "mod", value, place, final_digits=True)
        return [vc], {int(end.group(1))}, m.end() + end.end()
    got = with_property(split, x**k, x, f"n^{{{k}}}", tail)
    if got is None:
        raise Decline(f"a property of the {m.group(1)} not understood")
    return got[0], got[1], m.end() + got[2]


_OFFSET = re.compile(r"(?:that |which )?(?:can|must|should|could|needs? to|has to) be (?P<how>"
                     r"added to|subtracted from) @(?P<n>\d+)@ (?:to (?:yield|give|get|make|produce|"
                     r"create|obtain|form|result in) |so that (?:the (?:sum|result|difference) |"
                     r"it )?)")


def read_offset(split: Split, rest: str) -> tuple[list[ValueCondition], set[int], int] | None:
    """"(the least positive integer) that can be added to 412 to yield a multiple of 3": a
    property of N + x (or N - x when subtracted from N)."""
    m = _OFFSET.match(rest)
    if m is None:
        return None
    n = integer(split.maths[int(m.group("n"))])
    x = sp.Symbol("x")
    expr, src = (x + n, f"x + {n}") if m.group("how") == "added to" else (n - x, f"{n} - x")
    named = re.match(r"(?:a (?:number|sum|result)|an integer) (?:that|which) ", rest[m.end():])
    start = m.end() + (named.end() if named else 0)
    tail = rest[start:]
    said = tail if re.match(r"(?:is|are) ", tail) else "is " + tail
    got = with_property(split, expr, x, src, said)
    if got is None:
        raise Decline("a property of the result not understood")
    conds, slots, used = got
    return conds, slots | {int(m.group("n"))}, start + used - (len(said) - len(tail))


__all__ = ["read_offset", "read_whose"]
