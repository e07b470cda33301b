"""Divisors counted with their signs, when the problem says so: "How many divisors of 63 are
also divisors of 72? (Recall that divisors may be positive or negative.)", "Find the product
of all integer divisors of 105 that also divide 14. (Recall that the divisors of an integer
may be positive or negative.)", "What is the sum of all the divisors of 30, positive and
negative?".

The note that divisors may be negative is what lets this reader answer: without it, "the
divisors of 63" are the positive ones (read by `divisor_questions`). The divisors are those
of one number, or those it shares with a second ("are also divisors of", "that also divide",
"common to"); each positive one d comes with -d. The count, sum or product is worked from
the positive common divisors (twice as many; a sum of 0; the product squared, with the sign
(-1)^k of k negative factors), and confirmed by testing every integer from -|a| to |a| as a
divisor and combining those found.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIMIT = 10**6  # the confirmation tests every integer up to |a|
_NOTE = re.compile(r"\s*\(?\s*(?:recall|note|remember) that (?:the )?(?:integer )?divisors(?: of "
                   r"(?:an|a|any) (?:integer|number))? (?:may|can) be (?:either )?positive or "
                   r"negative\s*\.?\s*\)?\s*\.?\s*$|,? (?:both )?positive (?:and|or) negative"
                   r"(?=\s*[.?]?\s*$)|\s*\((?:both )?positive (?:and|or) negative\)")
_DIVISORS = r"(?:(?:integer|distinct|different) )?(?:divisors|factors)"
_ONE = r" of (?P<a>@\d+@)"
_SHARED = (r"(?: (?:that|which) (?:are )?also (?:divide|divisors of|factors of) (?P<b>@\d+@)"
           r"| (?:that|which) (?:also )?divide (?P<b2>@\d+@)"
           r"| (?:are|is) also (?:divisors|factors) of (?P<b3>@\d+@))?")
_ASKS = [
    ("count", re.compile(r"^how many " + _DIVISORS + _ONE + _SHARED + r"(?: are there)?$")),
    ("count", re.compile(r"^how many " + _DIVISORS + r" does (?P<a>@\d+@) have$")),
    ("sum", re.compile(r"^(?:what is |find |compute |determine )?the sum of (?:all )?(?:of )?"
                       r"(?:the )?" + _DIVISORS + _ONE + _SHARED + r"$")),
    ("product", re.compile(r"^(?:what is |find |compute |determine )?the product of (?:all )?"
                           r"(?:of )?(?:the )?" + _DIVISORS + _ONE + _SHARED + r"$")),
]


def read(split: Split, template: str) -> Result | None:
    if "negative" not in template or not re.search(r"\b(?:divisors|factors)\b", template):
        return None
    text = re.sub(r"\s+", " ", template).strip()
    note = _NOTE.search(text)
    if note is None:
        return None
    body = (text[:note.start()] + text[note.end():]).strip().rstrip(" .?").strip()
    if "negative" in body or "positive" in body:
        return None
    found = [(kind, m) for kind, pattern in _ASKS if (m := pattern.match(body))]
    if len(found) != 1:
        return None
    kind, m = found[0]
    g = m.groupdict()
    slots = [s for s in (g.get("a"), g.get("b"), g.get("b2"), g.get("b3")) if s]
    if len(set(re.findall(r"@\d+@", body))) != len(slots) or len(split.maths) != len(slots):
        return None
    numbers = [integer(split.maths[int(s[1:-1])]) for s in slots]
    if any(n == 0 or abs(n) > _LIMIT for n in numbers):
        raise Decline("divisors of nonzero integers of modest size")
    return _answer(kind, numbers)


def _answer(kind: str, numbers: list[int]) -> Result:
    g = math.gcd(*numbers)
    positive = [int(d) for d in sp.divisors(g)]
    k = len(positive)
    by_rule = {"count": 2 * k, "sum": 0,
               "product": (-1) ** k * math.prod(positive) ** 2}[kind]
    a = numbers[0]
    tested = [d for d in range(-abs(a), abs(a) + 1) if d and all(n % d == 0 for n in numbers)]
    again = {"count": len(tested), "sum": sum(tested), "product": math.prod(tested)}[kind]
    confirm.check(again == by_rule, "testing every integer from -|a| to |a| as a divisor")
    shown = ", ".join(f"\\pm {d}" for d in positive)
    of = " and ".join(map(str, numbers))
    common = "common to" if len(numbers) > 1 else "of"
    steps = [step("the positive divisors", f"The positive divisors {common} {of} are the "
                  f"divisors of {g}.",
                  f"${', '.join(map(str, positive))}$ ({k} of them)", ""),
             step("with their signs", "Each positive divisor d comes with -d.", f"${shown}$",
                  "")]
    if kind == "count":
        claim = f"2 \\cdot {k} = {by_rule}"
        steps.append(step("count them", "Twice as many as the positive ones.", f"${claim}$",
                          claim))
    elif kind == "sum":
        steps.append(step("add them", "Each d cancels with -d.", "$0$", "0"))
    else:
        dots = " \\cdot ".join(map(str, positive))
        claim = f"(-1)^{{{k}}} \\cdot ({dots})^2 = {by_rule}"
        steps.append(step("multiply them", f"The positive ones squared, and a sign for each of "
                          f"the {k} negative ones.", f"${claim}$", claim))
    return sp.Integer(by_rule), steps


__all__ = ["read"]
