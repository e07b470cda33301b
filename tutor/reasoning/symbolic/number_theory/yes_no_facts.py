"""Yes-or-no questions about a whole number: "Is 91 prime?", "Is 221 a prime number?", "Is
1001 divisible by 7?", "Does 9 divide 3519?".

The answer is Yes or No, with the fact that settles it as a checked step (a factor pair for
a number that is not prime, the quotient for a divisor). Confirmed independently: primality
by SymPy's test and by trial division up to the square root; divisibility by the remainder
and by the exact quotient being whole.
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

YES, NO = "\\text{Yes}", "\\text{No}"
_PRIME = re.compile(r"is @0@ (?:a )?prime(?: number)?\s*\??")
_DIVISIBLE = re.compile(r"is @0@ (?:evenly |exactly )?divisible by @1@\s*\??")
_DIVIDES = re.compile(r"does @0@ (?:evenly |exactly )?divide @1@\s*\??")
_TRIAL_LIMIT = 10**12


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template).strip().lower()
    if not body.startswith(("is ", "does ")):
        return None
    if _PRIME.fullmatch(body) and len(split.maths) == 1:
        return _prime(integers.integer(split.maths[0]))
    if len(split.maths) == 2 and _DIVISIBLE.fullmatch(body):
        return _divisible(integers.integer(split.maths[0]), integers.integer(split.maths[1]))
    if len(split.maths) == 2 and _DIVIDES.fullmatch(body):
        return _divisible(integers.integer(split.maths[1]), integers.integer(split.maths[0]))
    return None


def _prime(n: int) -> Result:
    if n == 1:
        confirm.check(not sp.isprime(1) and confirm.divisors_by_trial(1) == 1,
                      "1 has one divisor, and the primality test agrees it is not prime")
        return NO, [step("count the divisors", "A prime has exactly two divisors, 1 and "
                         "itself.", "1 has only one divisor, so it is not prime.", "")]
    if not 2 <= n <= _TRIAL_LIMIT:
        raise Decline("a whole number from 2 to 10^12")
    root, factor = math.isqrt(n), confirm.smallest_factor(n)
    confirm.check(sp.isprime(n) == (factor is None), "trial division up to the square root "
                  "agrees with the primality test")
    if factor is None:
        return YES, [step("try the primes up to the square root", f"A factor of {n} other "
                          f"than 1 and itself would have one at most $\\sqrt{{{n}}}$, below "
                          f"{root + 1}.", f"No whole number from 2 to {root} divides {n}, so "
                          f"{n} is prime.", "")]
    claim = f"{n} = {factor} \\cdot {n // factor}"
    return NO, [step("find a factor", "Try the small primes in turn.", f"${claim}$, so {n} is "
                     "not prime.", claim)]


def _divisible(n: int, m: int) -> Result:
    if m == 0:
        raise Decline("division by zero")
    q, r = divmod(n, m)
    confirm.check((r == 0) == sp.Rational(n, m).is_integer, "the remainder and the exact "
                  "quotient agree")
    steps: list[Step]
    if r == 0:
        claim = f"{n} = {m} \\cdot {q}"
        steps = [step("divide", "Divide and look at the remainder.", f"${claim}$ with no "
                      "remainder.", claim)]
        return YES, steps
    claim = f"{n} = {m} \\cdot {q} + {r}"
    return NO, [step("divide", "Divide and look at the remainder.", f"${claim}$: the "
                     f"remainder is {r}.", claim)]


__all__ = ["NO", "YES", "read"]
