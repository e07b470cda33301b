"""The prime factorisation of a whole number, asked for itself: "What is the prime
factorization of 84?", "Write 360 as a product of primes", "Express 1001 as a product of
prime factors", "Factor 450 into primes", "Find the prime factorisation of $2^{10} - 1$".

The steps divide out the smallest prime again and again, as a student does on paper; the
answer is written with prime powers in increasing order ($2^{2} \\cdot 3 \\cdot 7$).
Confirmed independently of SymPy's factoring: the powers multiply back to the number, and
each base is prime by trial division.
"""

from __future__ import annotations

import math
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_PRODUCT = (r"(?:a |the )?product of (?:its )?(?:prime numbers|primes|prime factors|prime "
            r"powers|powers of primes)")
_ASKS = [re.compile(p) for p in (
    r"(?:what is|find|give|write|determine|compute) the prime factori[sz]ation of @0@",
    r"(?:write|express) @0@ as " + _PRODUCT,
    r"factor @0@ (?:into (?:its )?(?:primes|prime factors|prime powers)|completely into primes)",
    r"how (?:can|do you|would you|is) @0@ (?:be )?(?:written|expressed|write|express) as "
    + _PRODUCT,
)]
_LIMIT = 10**12
_LADDER = 12  # more divisions than this are summed up in one step


def read(split: Split, template: str) -> Result | None:
    if "prime" not in template or len(split.maths) != 1:
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    if not any(a.fullmatch(body) for a in _ASKS):
        return None
    n = integers.integer(split.maths[0])
    if not 2 <= n <= _LIMIT:
        raise Decline("a whole number from 2 to 10^12")
    factors = sp.factorint(n)
    confirm.check(math.prod(p**e for p, e in factors.items()) == n,
                  "the prime powers multiply back to the number")
    confirm.check(all(confirm.smallest_factor(p) is None for p in factors),
                  "each base is prime by trial division")
    answer = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p)
                             for p, e in sorted(factors.items()))
    return answer, [*_ladder(n, factors), step(
        "collect the primes", "Write each prime once, with how many times it divides the "
        "number as its power.", f"${n} = {answer}$", f"{n} = {answer}")]


def _ladder(n: int, factors: dict[int, int]) -> list[Step]:
    """Divide out the smallest prime, one division a line."""
    lines, m = [], n
    for p in sorted(factors):
        for _ in range(factors[p]):
            if m == p:
                break
            lines.append(f"{m} = {p} \\cdot {m // p}")
            m //= p
    if not lines:
        if not sp.isprime(n):
            raise Decline("a number that is neither prime nor divisible")
        return [step("a prime", "No prime up to its square root divides it.",
                     f"${n}$ is prime.", "")]
    shown = lines if len(lines) <= _LADDER else [*lines[:_LADDER - 1], lines[-1]]
    return [step("divide out the smallest prime" if i == 0 else "keep dividing",
                 "Divide by the smallest prime that goes in." if i == 0 else
                 "The same with what is left, until a prime is left.", f"${c}$", c)
            for i, c in enumerate(shown)]


__all__ = ["read"]
