"""Yes-or-no questions about a whole number: "Is 91 prime?", "Is 221 a prime number?", "Is
1001 divisible by 7?", "Does 9 divide 3519?", "Is 7 a factor of 343?", "Is 91 a multiple of
7?", "Does 6 go into 99 evenly?", "Are 14 and 15 relatively prime?", "Is 144 a perfect
square?", "Is 1001 odd?".

The answer is Yes or No, with the fact that settles it as a checked step (a factor pair for
a number that is not prime, the quotient for a divisor). Confirmed independently: primality
by SymPy's test and by trial division up to the square root; divisibility by the remainder
and by the exact quotient being whole; two numbers relatively prime by Euclid's gcd and by
their prime factors shared; a perfect power by the integer root and by the exponents of the
prime factorisation.
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
_DIVIDES = re.compile(r"does @0@ (?:evenly |exactly )?(?:divide|go into) @1@(?: evenly| exactly"
                      r"| without (?:a )?remainder)?\s*\??")
_FACTOR = re.compile(r"is @0@ an? (?:factor|divisor) of @1@\s*\??")
_MULTIPLE = re.compile(r"is @0@ an? multiple of @1@\s*\??")
_COPRIME = re.compile(r"(?:are @0@ and @1@ (?:relatively prime|coprime|co-prime)(?: to each other"
                      r")?|is @0@ (?:relatively prime|coprime|co-prime) to @1@)\s*\??")
_POWER = re.compile(r"is @0@ an? perfect (?P<kind>square|cube)(?: number)?\s*\??")
_PARITY = re.compile(r"is @0@ (?:an? )?(?P<kind>even|odd)(?: number)?\s*\??")
_TRIAL_LIMIT = 10**12


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template).strip().lower()
    if not body.startswith(("is ", "does ", "are ")):
        return None
    if _PRIME.fullmatch(body) and len(split.maths) == 1:
        return _prime(integers.integer(split.maths[0]))
    if len(split.maths) == 2 and _DIVISIBLE.fullmatch(body):
        return _divisible(integers.integer(split.maths[0]), integers.integer(split.maths[1]))
    if len(split.maths) == 2 and (_DIVIDES.fullmatch(body) or _FACTOR.fullmatch(body)):
        return _divisible(integers.integer(split.maths[1]), integers.integer(split.maths[0]))
    if len(split.maths) == 2 and _MULTIPLE.fullmatch(body):
        return _divisible(integers.integer(split.maths[0]), integers.integer(split.maths[1]))
    if len(split.maths) == 2 and _COPRIME.fullmatch(body):
        return _coprime(integers.integer(split.maths[0]), integers.integer(split.maths[1]))
    if len(split.maths) == 1 and (m := _POWER.fullmatch(body) or _PARITY.fullmatch(body)):
        n = integers.integer(split.maths[0])
        if m.group("kind") in ("even", "odd"):
            return _divisible(n, 2) if m.group("kind") == "even" else _odd(n)
        return _perfect_power(n, 2 if m.group("kind") == "square" else 3, m.group("kind"))
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


def _coprime(a: int, b: int) -> Result:
    if not (1 <= a <= _TRIAL_LIMIT and 1 <= b <= _TRIAL_LIMIT):
        raise Decline("two whole numbers from 1 to 10^12")
    g = math.gcd(a, b)
    shared = set(sp.factorint(a)) & set(sp.factorint(b))
    confirm.check((g == 1) == (not shared), "Euclid's gcd and the shared prime factors agree")
    claim = f"\\gcd({a}, {b}) = {g}"
    if g == 1:
        return YES, [step("the gcd", "Relatively prime means no common factor but 1: the gcd "
                          "is 1.", f"${claim}$, so they are relatively prime.", claim)]
    return NO, [step("the gcd", "Relatively prime means no common factor but 1: the gcd is 1.",
                     f"${claim}$: both are divisible by {g}.", claim)]


def _odd(n: int) -> Result:
    answer, steps = _divisible(n, 2)
    return (NO if answer == YES else YES), steps


def _perfect_power(n: int, k: int, kind: str) -> Result:
    if not 0 <= n <= 10**30:
        raise Decline("a whole number from 0 to 10^30")
    root, exact = sp.integer_nthroot(n, k)
    by_exponents = n == 0 or all(e % k == 0 for e in sp.factorint(n).values())
    confirm.check(exact == by_exponents, "the integer root and the prime exponents agree")
    if exact:
        claim = f"{n} = {root}^{{{k}}}"
        return YES, [step(f"a perfect {kind}", f"Look for a whole number whose {kind} it is.",
                          f"${claim}$", claim)]
    return NO, [step(f"between two {kind}s", f"It lies strictly between two perfect {kind}s.",
                     f"${root}^{{{k}}} = {root**k} < {n} < {(root + 1)**k} = {root + 1}^{{{k}}}$",
                     "")]


__all__ = ["NO", "YES", "read"]
