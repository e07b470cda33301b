"""Typed reader: the least positive integer with exactly k divisors ("the smallest positive
integer with exactly 10 positive divisors"). Found by searching upwards and confirmed by
choosing the exponents (the divisor count is the product of exponents plus one, the largest
exponents going to the smallest primes)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.number_theory.divisor_questions import ASK, MANY, NUMBER_WORDS, VOCAB
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_LEAST = re.compile(
    ASK + r"the (?:smallest|least) positive (?:integer|whole number|number) (?:that has|that "
    r"have|with|having) exactly (?P<k>@\d+@|" + MANY + r") (?:distinct |different )?"
    r"(?:positive )?(?:integer )?(?:factors|divisors)")
_SEARCH_LIMIT = 10**6


def read(split: Split, template: str) -> Result | None:
    """"The smallest positive integer with exactly 10 positive divisors"."""
    if "exactly" not in template or not words_within(template, VOCAB | {"exactly", "with",
                                                                         "having"}):
        return None
    m = _LEAST.fullmatch(template.strip().rstrip(" .?"))
    if not m:
        return None
    k_src = m.group("k")
    if k_src.startswith("@"):
        if len(split.maths) != 1:
            raise Decline("maths the question does not use")
        k = integers.integer(split.maths[0])
    else:
        if split.maths:
            raise Decline("maths the question does not use")
        k = NUMBER_WORDS[k_src]
    if not 1 <= k <= 64:
        raise Decline("a small number of divisors")
    by_shape = _least_by_exponents(k, [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37])
    if by_shape > _SEARCH_LIMIT:
        raise Decline("too far to search")
    n = next(v for v in range(1, _SEARCH_LIMIT + 1) if sp.divisor_count(v) == k)
    confirm.check(n == by_shape, "choosing the exponents (the divisor count is the product of "
                  "exponents plus one) gives the same least number")
    f = sorted(sp.factorint(n).items())
    tex = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p) for p, e in f) or "1"
    counted = " \\cdot ".join(f"({e} + 1)" for _p, e in f) or "1"
    return sp.Integer(n), [
        step("count divisors from exponents", "A number $p^a q^b \\cdots$ has $(a+1)(b+1)"
             "\\cdots$ divisors; give the largest exponents to the smallest primes.",
             f"${n} = {tex}$, with ${counted} = {k}$ divisors", f"{counted} = {k}"),
        step("check smaller numbers", f"No positive integer below {n} has exactly {k} divisors.",
             f"The least is ${n}$.", ""),
    ]


def _least_by_exponents(k: int, primes: list[int], most: int | None = None) -> int:
    """The least number with k divisors: k split into factors (e+1), largest first."""
    if k == 1:
        return 1
    if not primes:
        return 10**100
    best = 10**100
    for f in range(2, k + 1):
        if k % f == 0 and (most is None or f <= most):
            best = min(best, primes[0] ** (f - 1) * _least_by_exponents(k // f, primes[1:], f))
    return best




__all__ = ["read"]
