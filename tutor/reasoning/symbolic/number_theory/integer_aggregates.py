"""The product, the mean, or the units digit of the sum or product of the integers with
stated properties: "What is the units digit of the product of all the odd positive integers
between 10 and 110?", "What is the arithmetic mean of all positive two-digit multiples of 7?".

The integers are read by `integer_conditions` and listed (`integer_sets.members`); the list
is confirmed a second way (`integer_sets.listed_again`: the Chinese remainder theorem or
trial division), and "between a and b" read with and without its ends must agree.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.integer_conditions import NOUN, VOCAB, read_wanted
from tutor.reasoning.symbolic.number_theory.integer_sets import listed_again, members
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_HEAD = re.compile(r"(?:(?:what is|find|compute|determine) )?the (?P<ask>product|arithmetic mean"
                   r"|mean|average|(?:units|ones) digit (?:of|in) the (?:sum|product)) of (?:all )?"
                   r"(?:of )?(?:the )?" + NOUN)
_VOCAB = VOCAB | {"product", "arithmetic", "mean", "average", "units", "ones", "digit", "sum",
                  "all", "in"}
_MAX = 2000


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:product|mean|average|units digit|ones digit)\b", template) or \
            not words_within(template, _VOCAB):
        return None
    body = template.strip().rstrip(" .?")
    head = _HEAD.match(body)
    if head is None:
        return None
    ask = head.group("ask")
    w = read_wanted(split, head, body)
    results = []
    for reading in w.readings():
        found = members(reading)
        if not found or len(found) > _MAX:
            raise Decline("no integers, or too many to combine")
        again = listed_again(reading)
        if again is None:
            raise Decline("no second way to list these integers")
        confirm.check(again == found, "listing them a second way gives the same integers")
        results.append(found)
    if len({tuple(r) for r in results}) != 1:
        values = {_value(ask, r)[0] for r in results}
        if len(values) != 1:
            raise Decline("'between' read with and without its ends gives different answers")
    value, claim = _value(ask, results[0])
    shown = ", ".join(map(str, results[0][:12])) + (", \\dots" if len(results[0]) > 12 else "")
    return value, [step("list them", "Write out the integers that meet every condition.",
                        f"${shown}$", ""),
                   step("combine", f"Take the {ask}.", f"${claim}$", claim)]


def _value(ask: str, found: list[int]) -> tuple[sp.Basic, str]:
    if ask == "product":
        v = math.prod(found)
        if len(str(v)) > 60:
            raise Decline("a product too large to show")
        return sp.Integer(v), " \\cdot ".join(map(str, found)) + f" = {v}" \
            if len(found) <= 12 else f"{v}"
    if ask in ("arithmetic mean", "mean", "average"):
        mean = sp.Rational(sum(found), len(found))
        return mean, f"\\frac{{{sum(found)}}}{{{len(found)}}} = {latex(mean)}"
    total = sum(found) if "sum" in ask else math.prod(found)
    d = total % 10
    by_steps = 0 if "sum" in ask else 1
    for x in found:
        by_steps = (by_steps + x) % 10 if "sum" in ask else by_steps * x % 10
    confirm.check(by_steps == d, "keeping only units digits along the way gives the same digit")
    return sp.Integer(d), f"{'sum' if 'sum' in ask else 'product'} \\equiv {d} \\pmod{{10}}"


__all__ = ["read"]
