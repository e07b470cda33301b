"""The qualifiers of a divisor question (`divisor_questions`) as tests on each divisor:
even, odd, proper, prime, perfect squares or cubes, multiples of k, not divisible by k,
less or greater than k; with the words that say them in the steps."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.parsing import Split


def qualifiers(split: Split, quals: list[str], cond: str | None,
               n: int) -> tuple[list[Callable[[int], bool]], list[str]]:
    if "integer" in quals and not {"positive", "natural", "natural-number", "whole",
                                   "whole-number"} & set(quals):
        raise Decline("integer divisors may be negative: positive ones?")
    if "number" in quals and not {"whole", "natural"} & set(quals):
        raise Decline("a qualifier not read")
    tests: list[Callable[[int], bool]] = []
    words: list[str] = []
    text = " ".join(quals) + " " + (cond or "")
    text = text.replace("perfect-", "perfect ").replace("prime numbers", "primes")
    for word, test in (("even", lambda d: d % 2 == 0), ("odd", lambda d: d % 2 == 1),
                       ("proper", lambda d: d != n), ("prime", sp.isprime)):
        if re.search(r"\b" + word + r"s?\b", text):
            tests.append(test)
            words.append(word)
    if re.search(r"\b(?:perfect )?squares?\b", text):
        tests.append(lambda d: math.isqrt(d) ** 2 == d)
        words.append("perfect-square")
    if re.search(r"\b(?:perfect )?cubes?\b", text):
        tests.append(lambda d: _icbrt(d) ** 3 == d)
        words.append("perfect-cube")
    if ("perfect" in text) != bool(re.search(r"\b(?:square|cube)s?\b", text)) or re.search(
            r"\b(?:square|cube)s?\b", text) and "perfect" not in text:
        raise Decline("'perfect' and 'square' or 'cube' go together")
    for neg, rel, slot in re.findall(r"(not )?(multiples of|divisible by|less than|greater "
                                     r"than) @(\d+)@", cond or ""):
        k = integers.integer(split.maths[int(slot)])
        if k < 1:
            raise Decline("a positive number")
        tests.append(_relation(rel, k, bool(neg)))
        words.append(f"{neg}{rel} {k}".replace("multiples of", "multiple of"))
    return tests, words


def _icbrt(d: int) -> int:
    r = round(d ** (1 / 3)) if d < 2**1000 else 1 << (d.bit_length() // 3)
    while r ** 3 > d:
        r -= 1
    while (r + 1) ** 3 <= d:
        r += 1
    return r


def _relation(rel: str, k: int, negated: bool) -> Callable[[int], bool]:
    if rel in ("multiples of", "divisible by"):
        return (lambda d: d % k != 0) if negated else (lambda d: d % k == 0)
    if negated:
        raise Decline("'not less than' and 'not greater than' read two ways")
    return (lambda d: d < k) if rel == "less than" else (lambda d: d > k)



__all__ = ["qualifiers"]
