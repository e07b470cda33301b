"""The sum, product or mean of the k smallest (or largest) integers with stated properties:
"What is the sum of the five smallest distinct positive multiples of 7?", "Find the product
of the three smallest primes", "What is the sum of the two largest two-digit multiples of 9
that are odd?".

The integers are read by `integer_conditions` and taken in order from the end of their
range, one test of each candidate (`Wanted.test`); the same stretch of the range is listed a
second way (`integer_sets.listed_again`: the Chinese remainder theorem or trial division)
and must give the same k integers. "Between a and b" read with and without its ends must
give the same answer.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.integer_conditions import NOUN, VOCAB, read_wanted
from tutor.reasoning.symbolic.number_theory.integer_properties import number_word
from tutor.reasoning.symbolic.number_theory.integer_sets import listed_again
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.number_theory.wanted import SPAN, Wanted
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import number_words
from tutor.reasoning.symbolic.typed import words_within

_COUNT = r"(?P<k>@\d+@|" + "|".join(number_words(range(2, 13))) + ")"
_HEAD = re.compile(r"(?:(?:what is|find|compute|determine|calculate) )?the (?P<ask>sum|product|"
                   r"arithmetic mean|mean|average) of the " + _COUNT + r" (?P<order>smallest|"
                   r"least|largest|greatest) (?:distinct |different )?" + NOUN)
_VOCAB = VOCAB | {"sum", "product", "arithmetic", "mean", "average", "distinct", "different",
                  "smallest", "least", "largest", "greatest", "calculate"}
_MOST = 50


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:smallest|least|largest|greatest)\b", template) or \
            not words_within(template, _VOCAB):
        return None
    body = re.sub(r"\bpositive integer multiples\b", "positive multiples",
                  template.strip().rstrip(" .?"))
    head = _HEAD.match(body)
    if head is None:
        return None
    said = head.group("k")
    k = integer(split.maths[int(said[1:-1])]) if said.startswith("@") else number_word(said)
    if not 2 <= k <= _MOST:
        raise Decline("a modest number of integers")
    largest = head.group("order") in ("largest", "greatest")
    w = read_wanted(split, head, body, largest)
    found = {tuple(_first(r, k)) for r in w.readings()}
    if len(found) != 1:
        raise Decline("'between' read with and without its ends gives different integers")
    members = sorted(found.pop())
    ask = head.group("ask")
    value, claim = _combined(ask, members)
    order = "largest" if largest else "smallest"
    return value, [
        step("take them in order", f"Go through the integers from the "
             f"{'top' if largest else 'bottom'} of the range and keep the first {k} that meet "
             "every condition.", f"The {k} {order}: ${', '.join(map(str, members))}$", ""),
        step("combine", f"Take their {ask}.", f"${claim}$", claim),
    ]


def _first(w: Wanted, k: int) -> list[int]:
    start = w.hi if w.largest else w.lo
    if start is None:
        raise Decline("no end of the range to count from")
    step_by = -1 if w.largest else 1
    test, found, n = w.test(), [], start
    for _ in range(SPAN):
        if (w.lo is not None and n < w.lo) or (w.hi is not None and n > w.hi):
            break
        if test(n):
            found.append(n)
            if len(found) == k:
                break
        n += step_by
    if len(found) != k:
        raise Decline(f"fewer than {k} such integers in a searchable range")
    stretch = Wanted(w.largest, min(found[0], found[-1], start), max(found[0], found[-1], start),
                     list(w.conditions), values=list(w.values))
    again = listed_again(stretch)
    if again is None:
        raise Decline("no second way to list these integers")
    again = again[-k:] if w.largest else again[:k]
    confirm.check(sorted(again) == sorted(found), "listing the same stretch a second way gives "
                  "the same integers")
    return found


def _combined(ask: str, members: list[int]) -> tuple[sp.Basic, str]:
    if ask == "sum":
        total = sum(members)
        return sp.Integer(total), " + ".join(map(str, members)) + f" = {total}"
    if ask == "product":
        v = math.prod(members)
        if len(str(v)) > 60:
            raise Decline("a product too large to show")
        return sp.Integer(v), " \\cdot ".join(map(str, members)) + f" = {v}"
    mean = sp.Rational(sum(members), len(members))
    return mean, f"\\frac{{{' + '.join(map(str, members))}}}{{{len(members)}}} = {latex(mean)}"


__all__ = ["read"]
