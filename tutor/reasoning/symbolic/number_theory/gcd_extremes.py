"""The largest possible gcd of two positive integers with a given sum or product: "The sum of
two positive integers is 1001. What is the largest possible value of their greatest common
divisor?", "If a and b are positive integers with a + b = 770, what is the largest possible
value of gcd(a, b)?", "The product of two positive integers is 360. What is the largest
possible value of their gcd?".

A common divisor d of a and b divides a + b = S, and a + b = d (x + y) with x + y >= 2, so d is
at most S / 2: the largest is S over its smallest prime factor (a = d, b = S - d reach it).
For a product P = d^2 x y the largest d is the largest with d^2 dividing P (a = d, b = P / d).
Confirmed by trying every pair (a, S - a), or every divisor pair of P.
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

_GCD = r"(?:greatest common (?:divisor|factor)|gcd|gcf)"
_TWO = r"(?:two positive integers|(?:the )?positive integers @\d+@ and @\d+@)"
_TOLD = [re.compile(r"the (?P<op>sum|product) of " + _TWO + r" is @(?P<v>\d+)@"),
         re.compile(r"(?:if |let |suppose )?@\d+@ and @\d+@ (?:are|be) positive integers "
                    r"(?:with|such that|so that|where) @(?P<eq>\d+)@")]
_ASK = re.compile(r"(?:what is|find) the (?:largest|greatest) possible value of (?:their "
                  + _GCD + r"|the " + _GCD + r" of @\d+@ and @\d+@|@(?P<g>\d+)@)")
_LIMIT = 10**6


def read(split: Split, template: str) -> Result | None:
    if "possible" not in template or not re.search(r"gcd|common|gcf", template + " ".join(
            split.maths)):
        return None
    parts = [p.strip() for p in re.split(r"[.?,]\s+(?=what|find)", re.sub(r"\s+", " ", template)
                                         .strip().rstrip(" ?."))]
    if len(parts) != 2:
        return None
    told = next((m for p in _TOLD if (m := p.fullmatch(parts[0]))), None)
    ask = _ASK.fullmatch(parts[1])
    if told is None or ask is None:
        return None
    if told.groupdict().get("eq"):
        eq = re.fullmatch(r"\s*([a-z])\s*(\+|\\cdot|\\times)?\s*([a-z])\s*=\s*(\d+)\s*",
                          split.maths[int(told.group("eq"))])
        if eq is None or eq.group(1) == eq.group(3):
            return None
        op, value = ("sum" if eq.group(2) == "+" else "product"), int(eq.group(4))
    else:
        op, value = told.group("op"), integer(split.maths[int(told.group("v"))])
    if ask.group("g") and not re.fullmatch(r"\s*\\gcd\s*\(\s*[a-z]\s*,\s*[a-z]\s*\)\s*",
                                           split.maths[int(ask.group("g"))]):
        return None
    if not 2 <= value <= _LIMIT:
        raise Decline("a modest sum or product of two positive integers")
    if op == "sum":
        p = int(min(sp.factorint(value)))
        best = value // p
        again = max(math.gcd(a, value - a) for a in range(1, value))
        claim = f"\\frac{{{value}}}{{{p}}} = {best}"
        why = (f"A common divisor divides the sum {value} and is at most half of it; the "
               f"largest such divisor is {value} over its smallest prime factor {p}.")
    else:
        best = max(d for d in range(1, math.isqrt(value) + 1) if value % (d * d) == 0)
        again = max(math.gcd(a, value // a) for a in range(1, value + 1) if value % a == 0)
        claim = f"{best}^2 \\mid {value}"
        why = (f"A common divisor d makes d^2 divide the product {value}; the largest such d "
               f"is {best}.")
    confirm.check(again == best, "trying every pair of positive integers gives the same gcd")
    return sp.Integer(best), [step("bound the common divisor", why, f"${claim}$", claim)]


__all__ = ["read"]
