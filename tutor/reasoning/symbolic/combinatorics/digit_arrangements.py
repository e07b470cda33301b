"""Reader of numbers made by arranging given digits: how many there are with a property, or
the probability that a random arrangement has it.

The situation: a list of digits ("the digits 1, 2, 3, 5, 5 and 8", "the digits of 2205"),
each used exactly once, is arranged into a number with as many digits (a leading zero
makes no such number). The property is one of the probability readers' (`events`): even,
odd, a multiple of k, prime, greater than n ... Counted over the distinct numbers, and
again over the arrangements of labelled digits, divided by the orders of equal digits
(for a probability: the labelled arrangements are the equally likely outcomes, and every
distinct number comes from the same number of them).

Phrasings reached: "The digits 1, 4, 6 and 9 are arranged in random order to form a
four-digit number. What is the probability that the number is even?", "How many ways
can the digits of 2205 be arranged to form a four-digit multiple of 5?", "How many
different four-digit numbers can be formed by arranging the digits 3, 3, 5 and 8?".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import permutations
from math import factorial, prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_DIGITS = (r" (?:the|all (?:of )?the|all) (?:#(?P<n>\d+) )?digits (?:(?P<list>#\d(?:,? (?:and )?"
           r"#\d)+)|(?:of|in) (?:the (?:number|integer) )?#(?P<num>\d+))(?!\w)")
_NUMBER = (r"(?:a|an) (?:#(?P<k>\d+)-digit )?(?:positive )?(?:(?P<kind>odd|even) )?(?:number|"
           r"integer|whole number|multiple of #(?P<mult>\d+))")
_FORMED = (r" (?:are |is )?(?:randomly )?(?:arranged|rearranged|ordered|put)(?: randomly| at "
           r"random| in (?:a )?random order)? (?:to form|into|to make|to create|to get) "
           + _NUMBER)
_EVENT = r" (?:the (?:number|integer|resulting number|result)|it) " + PROPERTY
_HOW_MANY = (r" how many (?:different |distinct )?(?:#(?P<k>\d+)-digit )?(?:positive )?"
             r"(?:(?P<kind>odd|even) )?(?:numbers|integers|whole numbers) (?:can|could) (?:be |we "
             r"|you |one |i )?"
             r"(?:formed|made|written|created|form|make|write|create)(?: by (?:re)?arranging| "
             r"using| from| with| out of)?")
_WAYS = (r" (?:in )?how many (?:different )?ways (?:is it possible to|can (?:we|you|one|i|"
         r"they)|could (?:we|you|one)) (?:re)?arrange")
_WAYS_PASSIVE = r" (?:in )?how many (?:different )?ways can (?=(?: the| all) (?:#\d+ )?digits)"
_BE_ARRANGED = r" (?:be )?(?:re)?arranged (?:to form|into|to make|to get|to create) " + _NUMBER
_TO = r" (?:to get|to form|to make|into|so as to (?:get|form|make)) " + _NUMBER
_ONCE = (r"(?:,? (?:if|where|with|so that) )?(?:each|every) (?:digit|one of them)? ?(?:is |must "
         r"be )?used (?:exactly )?once")
_GLUE = frozenset("if".split())


def _digits(m: re.Match[str]) -> list[int]:
    if m.group("list"):
        got = [int(d) for d in re.findall(r"#(\d)", m.group("list"))]
    else:
        got = [int(c) for c in m.group("num")]
    if m.group("n") and int(m.group("n")) != len(got):
        raise Decline("the number of digits said is not the number listed")
    if not 2 <= len(got) <= 8:
        raise Decline("two to eight digits")
    return got


def _shape(ms: list[re.Match[str]], n: int) -> Callable[[int], bool]:
    """The number's form (k digits, odd/even, a multiple of m) as a test."""
    parity: set[int] = set()
    multiples: list[int] = []
    for m in ms:
        g = m.groupdict()
        if g.get("k") and int(g["k"]) != n:
            raise Decline("a number with as many digits as there are")
        if g.get("kind"):
            parity.add(int(g["kind"] == "odd"))
        if g.get("mult"):
            multiples.append(int(g["mult"]))
    if 0 in multiples or len(parity) > 1:
        raise Decline("a form no number has")

    def test(v: int) -> bool:
        return all(v % 2 == p for p in parity) and all(v % k == 0 for k in multiples)
    return test


def _numbers(digits: list[int]) -> tuple[set[int], list[int]]:
    """(the distinct numbers, one per labelled arrangement), leading zeros left out."""
    labelled = [int("".join(map(str, p))) for p in permutations(digits) if p[0] != 0]
    return set(labelled), labelled


def digit_arrangements(split: Split, template: str) -> Result | None:
    if "digit" not in template or not quick(template, "arrang", "form", "made", "make",
                                                      "order"):
        return None
    w = Wording.of(split, template)
    src, once = w.take(_DIGITS), w.take(_ONCE)
    chance = w.take(ASK)
    if chance:
        form, event = w.take(_FORMED), w.take(_EVENT)
        parts = [form]
    else:
        ask = w.take(_HOW_MANY) or w.take(_WAYS) or w.take(_WAYS_PASSIVE)
        to, event = w.take(_BE_ARRANGED) + w.take(_TO), w.take(r" (?:that|which) " + PROPERTY)
        form, parts = ask + to, [ask, to]
    if len(src) != 1 or len(once) > 1 or len(chance) > 1 or not form or any(
            len(p) > 1 for p in parts) or len(event) > 1 or not w.only_glue(_GLUE):
        return None
    digits = _digits(src[0])
    shape = _shape(form, len(digits))
    said = [e for e in event if e]
    if chance and len(said) != 1:
        return None
    prop, words = predicate(said[0]) if said else ((lambda v: True), "any")
    if chance and 0 in digits:
        raise Decline("an arrangement starting with 0 is no such number")
    if not chance and 0 in digits and not any(f.groupdict().get("k") for f in form):
        raise Decline("whether a leading zero is allowed")
    distinct, labelled = _numbers(digits)
    repeats = prod(factorial(c) for c in Counter(digits).values())
    good = sum(1 for v in distinct if shape(v) and prop(v))
    twice = sum(1 for v in labelled if shape(v) and prop(v))
    if twice % repeats:
        raise Decline(f"{confirm.DISAGREES}: labelled arrangements do not divide evenly")
    if chance:
        if not any(shape(v) for v in distinct) or not all(shape(v) for v in distinct):
            raise Decline("the number's form is a condition, not the outcome")
        return answer(good, len(distinct), f"the number being {words}", twice // repeats,
                      "labelled arrangements over the orders of equal digits",
                      f"{good} of the {len(distinct)} equally likely numbers are {words}.")
    confirm.count(good, lambda: twice // repeats, "numbers (labelled arrangements over the "
                  "orders of equal digits)")
    listed = ", ".join(str(d) for d in digits)
    claim = f"{good}"
    return sp.Integer(good), [step(
        "list the arrangements", "Every order of the digits, no leading zero; equal digits give "
        "the same number.", f"The digits {listed} make {len(distinct)} different numbers; "
        f"{good} of them qualify.", claim)]


__all__ = ["digit_arrangements"]
