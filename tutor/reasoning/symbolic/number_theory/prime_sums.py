"""A number as the sum of two primes: "In how many ways can 50 be written as the sum of
two primes?", "How many unordered pairs of prime numbers have a sum of 40?", "... as the
sum of two different primes?".

A sum is the same whichever order its two primes are written in, so each pair is counted
once (p <= q; p = q too unless the primes must differ). The pairs are found with SymPy's
primality test and again with a sieve of Eratosthenes written here.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import integers
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_PRIMES = r"(?P<q>(?:different |distinct )?)(?:prime numbers|primes)"
_ASKS = [re.compile(p) for p in (
    r"(?:in )?how many (?:different |distinct )?ways can (?:the number )?@(?P<n>\d+)@ be "
    r"(?:written|expressed|represented) as (?:the |a )?sum of (?:exactly )?two " + _PRIMES,
    r"how many (?:different |distinct )?unordered pairs of " + _PRIMES + r" (?:have a sum of|"
    r"have sum|sum to|add up to|add to) @(?P<n>\d+)@",
)]
_LIMIT = 10**6


def read(split: Split, template: str) -> Result | None:
    if "prime" not in template or "sum" not in template and "add" not in template:
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    m = next((a.fullmatch(body) for a in _ASKS if a.fullmatch(body)), None)
    if m is None:
        return None
    if len(split.maths) != 1:
        raise Decline("maths the question does not use")
    n = integers.integer(split.maths[0])
    if not 1 <= n <= _LIMIT:
        raise Decline("a positive whole number of modest size")
    distinct = bool(m.group("q"))
    pairs = [(p, n - p) for p in range(2, n // 2 + 1)
             if sp.isprime(p) and sp.isprime(n - p) and not (distinct and p == n - p)]
    sieve = _sieve(n)
    again = [(p, n - p) for p in range(2, n // 2 + 1)
             if sieve[p] and sieve[n - p] and not (distinct and 2 * p == n)]
    confirm.count(len(pairs), lambda: len(again), "pairs of primes (a sieve of Eratosthenes)")
    shown = ", ".join(f"{p} + {q}" for p, q in pairs[:15]) + (", \\dots" if len(pairs) > 15
                                                                else "")
    which = "two different primes" if distinct else "two primes"
    steps = [
        step("try each smaller prime", f"Write {n} = p + q with p \\le q and test whether "
             "both are prime; the order of the two primes does not change the sum.",
             f"${shown}$" if pairs else f"No p \\le {n // 2} leaves a prime {n} - p.", ""),
        step("count the pairs", f"Count the ways as a sum of {which}.",
             f"There {'is' if len(pairs) == 1 else 'are'} {len(pairs)}.", ""),
    ]
    return sp.Integer(len(pairs)), steps


def _sieve(n: int) -> list[bool]:
    """is_prime[k] for k = 0 .. n, crossing out multiples."""
    is_prime = [k >= 2 for k in range(n + 1)]
    for k in range(2, int(n ** 0.5) + 1):
        if is_prime[k]:
            for j in range(k * k, n + 1, k):
                is_prime[j] = False
    return is_prime


__all__ = ["read"]
