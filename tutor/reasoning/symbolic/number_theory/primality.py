"""Primality by trial division: n > 1 with no divisor from 2 up to its square root. The
second, independent way of testing a prime beside SymPy's `isprime` (which readers use
first), shared by every confirmation that tests primes again."""

from __future__ import annotations

import math

from tutor.reasoning.symbolic.model import Decline


def is_prime_by_trial(n: int, most: int | None = None) -> bool:
    """Whether n is prime, by trial division (False for 1, 0 and negatives); with `most`, a
    Decline for n above it (too many divisions to try)."""
    if most is not None and n > most:
        raise Decline("a value too large to test by trial division")
    return n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1))


__all__ = ["is_prime_by_trial"]
