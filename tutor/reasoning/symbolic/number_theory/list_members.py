"""How many members of a written arithmetic list have a property: "How many numbers in
the list 7, 17, 27, ..., 97 are prime?", "How many of the terms of the sequence 4, 9, 14,
..., 99 are perfect squares?".

The list is the integers from its first term to its last that leave the first term's
remainder on division by the common difference (`sequences.arithmetic` reads it and
confirms its length by listing the terms); the property is read by `integer_conditions`
as for any integers, and `integer_sets.counted` lists the members that have it and
confirms them a second way (trial division, the Chinese remainder theorem).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import sequences
from tutor.reasoning.symbolic.number_theory.integer_conditions import NOUN, VOCAB, read_wanted
from tutor.reasoning.symbolic.number_theory.integer_sets import counted
from tutor.reasoning.symbolic.number_theory.wanted import bound
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_ASK = re.compile(r"how many (?:of )?(?:the )?(?:numbers|terms|integers|entries|members|"
                  r"elements) (?:in|of) (?:the |this )?(?:list|sequence)(?: of numbers)? "
                  r"(?P<list>" + sequences.LIST.pattern + r") (?P<rest>(?:are|is) .+)")
_VOCAB = VOCAB | {"how", "many", "list", "sequence", "terms", "entries", "members",
                  "elements", "in", "of", "the", "this"}


def read(split: Split, template: str) -> Result | None:
    if not template.startswith("how many") or not words_within(template, _VOCAB):
        return None
    m = _ASK.fullmatch(template.rstrip(" .?"))
    if m is None:
        return None
    head, tail, d, n = sequences.arithmetic(sequences.run_items(split, m.group("list")))
    first, last = (head[0], tail[-1]) if d > 0 else (tail[-1], head[0])
    if not all(v.is_Integer for v in (first, last, d)):
        raise Decline("a list of integers")
    body = "integers " + m.group("rest")
    noun = re.compile(NOUN).match(body)
    if noun is None:
        return None
    slots = frozenset(int(s) for s in re.findall(r"@(\d+)@", m.group("list")))
    w = read_wanted(split, noun, body, given=slots)
    if w.between is not None:
        raise Decline("a range said again inside a list")
    bound(w, "ge", int(first))
    bound(w, "le", int(last))
    step_size = abs(int(d))
    property_of = w.test()  # the question's conditions, before the list's own
    w.conditions.append(("mod", int(first) % step_size, step_size))
    value, steps = counted(w, "count")
    if not steps:
        return None
    confirm.check(sum(map(property_of, range(int(first), int(last) + 1, step_size))) == value,
                  "testing each term of the list, term by term, gives the same count")
    said = (f"\\frac{{{int(last)} - {int(first)}}}{{{step_size}}} + 1 = {n}")
    return sp.Integer(value), [
        step("read the list", f"The list runs from {int(first)} to {int(last)} in steps of "
             f"{step_size}: the integers in that range that leave remainder "
             f"{int(first) % step_size} on division by {step_size}.", f"${said}$ terms", said),
        *steps]


__all__ = ["read"]
