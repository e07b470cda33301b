"""Properties of one integer that conditions name, each tested two independent ways: the
number of its positive divisors (odd, even or exactly k), not being a multiple of k, being
a multiple of a or of b, being relatively prime to k, the sum of its digits, and being
abundant, deficient or perfect (its proper divisors adding up to more than, less than or
exactly the number).

`test` is the first way (SymPy's divisor count and divisor sum, `math.gcd`, the decimal
string); `again` the second (trial division, the primes of k, repeated division by 10),
used to confirm a list or a search built with `test`.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory.digit_division import (
    digit_count,
    digit_product,
    digit_sum,
    digits_of_parity,
    digits_reversed,
    distinct_digits,
    has_digit,
    odd_digits,
)
from tutor.reasoning.symbolic.number_theory.primality import is_prime_by_trial
from tutor.reasoning.symbolic.spelled_maths import number_words

KINDS = frozenset({"notdiv", "anydiv", "nodiv", "anydivs", "nodivs", "onedivs", "ndivpar", "ndiv",
                   "coprime", "digsum", "digprod",
                   "digsumdiv", "npfge", "npfeq", "pal", "hasdig", "nodig", "abundant",
                   "deficient", "perfectnum", "digpar", "digcnt", "distdig",
                   "gcdis", "lcmis", "notfactor", "composite", "notprime", "unit"})
# no reading below 0
POSITIVE_ONLY = frozenset({"ndivpar", "ndiv", "digsum", "digprod", "digsumdiv", "pal", "hasdig",
                           "nodig", "digpar", "digcnt", "distdig", "abundant", "deficient",
                           "perfectnum", "npfge", "npfeq", "notfactor", "composite", "notprime",
                           "unit"})
# the sign of (sum of the proper divisors) - n for each kind
_PROPER_SUM_SIGN = {"abundant": 1, "deficient": -1, "perfectnum": 0}
_WORDS = number_words(range(13))
_PACKED = 2**20


def number_word(word: str) -> int:
    """"three" -> 3 (the words a condition may spell a count with)."""
    if word not in _WORDS:
        raise Decline(f"a count not understood: {word!r}")
    return _WORDS[word]


def pack(divisors: list[int]) -> int:
    """A list of divisors (each 1 to 2^20 - 1) as one integer: `anydivs`, `nodivs` and
    `onedivs` carry it as their first number and the list's length as their second."""
    if not 2 <= len(divisors) <= 6 or not all(1 <= d < _PACKED for d in divisors) or \
            len(set(divisors)) != len(divisors):
        raise Decline("two to six different positive divisors")
    return sum(d * _PACKED**i for i, d in enumerate(divisors))


def unpack(a: int, b: int) -> list[int]:
    """The divisors `pack` packed into a (b of them)."""
    return [a // _PACKED**i % _PACKED for i in range(b)]


def test(kind: str, a: int, b: int) -> Callable[[int], bool]:
    """The property as a test of n, the first way."""
    if kind in ("anydivs", "nodivs"):
        ds = unpack(a, b)
        return lambda n: any(n % d == 0 for d in ds) == (kind == "anydivs")
    if kind == "onedivs":
        ds = unpack(a, b)
        return lambda n: sum(n % d == 0 for d in ds) == 1
    if kind in ("notdiv", "anydiv", "nodiv") and (a < 1 or kind != "notdiv" and b < 1):
        raise Decline("divisibility by a positive integer")
    if kind == "notdiv":
        return lambda n: n % a != 0
    if kind == "anydiv":
        return lambda n: n % a == 0 or n % b == 0
    if kind == "nodiv":
        return lambda n: n % a != 0 and n % b != 0
    if kind == "notfactor":  # a: the number n does not divide
        return lambda n: n >= 1 and a % n != 0
    if kind == "composite":
        return lambda n: n > 1 and not sp.isprime(n)
    if kind == "notprime":
        return lambda n: n >= 0 and not sp.isprime(n)
    if kind == "unit":  # neither prime nor composite
        return lambda n: 0 <= n <= 1
    if kind == "ndivpar":
        return lambda n: n >= 1 and int(sp.divisor_count(n)) % 2 == a
    if kind == "ndiv":
        return lambda n: n >= 1 and int(sp.divisor_count(n)) == a
    if kind == "coprime":
        return lambda n: math.gcd(n, a) == 1
    if kind in ("npfge", "npfeq"):  # the number of distinct primes dividing n
        return lambda n: n >= 1 and (len(sp.primefactors(n)) >= a if kind == "npfge" else
                                     len(sp.primefactors(n)) == a)
    if kind == "digsum":
        return lambda n: n >= 0 and sum(int(c) for c in str(n)) == a
    if kind == "digprod":
        return lambda n: n >= 0 and math.prod(int(c) for c in str(n)) == a
    if kind == "digsumdiv":  # the sum of the digits is a multiple of a
        if a < 1:
            raise Decline("divisibility by a positive integer")
        return lambda n: n >= 0 and sum(int(c) for c in str(n)) % a == 0
    if kind == "pal":
        return lambda n: n >= 0 and str(n) == str(n)[::-1]
    if kind == "distdig":  # no digit written twice
        return lambda n: n >= 0 and len(set(str(n))) == len(str(n))
    if kind == "digpar":  # every digit odd (a = 1) or every digit even (a = 0)
        return lambda n: n >= 0 and all(int(c) % 2 == a for c in str(n))
    if kind == "digcnt":  # a even digits and b odd digits
        return lambda n: n >= 0 and sum(int(c) % 2 == 0 for c in str(n)) == a and \
            sum(int(c) % 2 for c in str(n)) == b
    if kind in ("hasdig", "nodig"):  # a: the digit; b: a second digit, or -1
        if not 0 <= a <= 9 or not -1 <= b <= 9:
            raise Decline("a digit from 0 to 9")
        wanted = {str(a)} | ({str(b)} if b >= 0 else set())
        return lambda n: n >= 0 and (wanted <= set(str(n))) == (kind == "hasdig")
    if kind in _PROPER_SUM_SIGN:
        sign = _PROPER_SUM_SIGN[kind]
        return lambda n: n >= 1 and _sign(int(sp.divisor_sigma(n)) - 2 * n) == sign
    if kind == "gcdis":  # gcd(n, a) = b
        return lambda n: n >= 1 and math.gcd(n, a) == b
    if kind == "lcmis":  # lcm(n, a) = b
        return lambda n: n >= 1 and math.lcm(n, a) == b
    raise Decline(f"a condition not read: {kind}")


def again(kind: str, a: int, b: int) -> Callable[[int], bool]:
    """The property as a test of n, a second way independent of `test`."""
    if kind in ("anydivs", "nodivs"):
        ds = unpack(a, b)
        return lambda n: (not all(n - k * (n // k) for k in ds)) == (kind == "anydivs")
    if kind == "onedivs":
        ds = unpack(a, b)
        return lambda n: [n - k * (n // k) for k in ds].count(0) == 1
    if kind == "notdiv":
        return lambda n: n - a * (n // a) != 0
    if kind == "anydiv":
        return lambda n: any(n - k * (n // k) == 0 for k in (a, b))
    if kind == "nodiv":
        return lambda n: all(n - k * (n // k) != 0 for k in (a, b))
    if kind == "notfactor":
        return lambda n: n >= 1 and a - n * (a // n) != 0
    if kind == "composite":  # by trial division
        return lambda n: n > 1 and not is_prime_by_trial(n)
    if kind == "notprime":
        return lambda n: n >= 0 and not is_prime_by_trial(n)
    if kind == "unit":  # neither prime nor composite: 0 and 1
        return lambda n: n >= 0 and n < 2
    if kind == "ndivpar":
        return lambda n: n >= 1 and _count_by_trial(n) % 2 == a
    if kind == "ndiv":
        return lambda n: n >= 1 and _count_by_trial(n) == a
    if kind == "coprime":
        if abs(a) > 10**6:
            raise Decline("a number too large to factor by trial division")
        primes = [p for p in range(2, abs(a) + 1) if a % p == 0 and is_prime_by_trial(p)]
        return (lambda n: all(n % p for p in primes)) if a else (lambda n: abs(n) == 1)
    if kind in ("npfge", "npfeq"):
        return lambda n: n >= 1 and (_distinct_primes(n) >= a if kind == "npfge" else
                                     _distinct_primes(n) == a)
    if kind == "digsum":
        return lambda n: n >= 0 and digit_sum(n) == a
    if kind == "digprod":
        return lambda n: n >= 0 and digit_product(n) == a
    if kind == "digsumdiv":
        return lambda n: n >= 0 and digit_sum(n) - a * (digit_sum(n) // a) == 0
    if kind == "pal":
        return lambda n: n >= 0 and digits_reversed(n) == n
    if kind == "distdig":
        return lambda n: n >= 0 and distinct_digits(n)
    if kind == "digpar":
        return lambda n: n >= 0 and digits_of_parity(n, a)
    if kind == "digcnt":
        return lambda n: n >= 0 and odd_digits(n) == b and digit_count(n) - odd_digits(n) == a
    if kind in ("hasdig", "nodig"):
        digits = [a] + ([b] if b >= 0 else [])
        return lambda n: n >= 0 and all(has_digit(n, d) for d in digits) == (kind == "hasdig")
    if kind in _PROPER_SUM_SIGN:
        sign = _PROPER_SUM_SIGN[kind]
        return lambda n: n >= 1 and _sign(_proper_divisor_sum(n) - n) == sign
    if kind in ("gcdis", "lcmis"):  # from the primes' exponents: least for gcd, most for lcm
        pick = min if kind == "gcdis" else max
        return lambda n: n >= 1 and _by_exponents(n, a, pick) == b
    raise Decline(f"a condition not read: {kind}")


def _by_exponents(n: int, a: int, pick: Callable[[int, int], int]) -> int:
    """gcd (pick=min) or lcm (pick=max) of n and a from their prime factorisations."""
    fn, fa = sp.factorint(n), sp.factorint(a)
    return math.prod(int(p) ** pick(fn.get(p, 0), fa.get(p, 0)) for p in set(fn) | set(fa))


def _distinct_primes(n: int) -> int:
    """How many different primes divide n, by trial division."""
    if n > 10**12:
        raise Decline("a number too large to factor by trial division")
    count, d = 0, 2
    while d * d <= n:
        if n % d == 0:
            count += 1
            while n % d == 0:
                n //= d
        d += 1
    return count + (n > 1)


def _sign(x: int) -> int:
    return (x > 0) - (x < 0)


def _proper_divisor_sum(n: int) -> int:
    """The divisors below n added up, found in pairs (d, n // d) by trial division."""
    if n > 10**12:
        raise Decline("a number too large to add its divisors by trial division")
    total = 0
    for d in range(1, math.isqrt(n) + 1):
        if n % d == 0:
            total += d + (n // d if n // d != d else 0)
    return total - n


def _count_by_trial(n: int) -> int:
    count = confirm.divisors_by_trial(n)
    if count is None:
        raise Decline("a number too large to count its divisors by trial division")
    return count


def describe(kind: str, a: int, b: int) -> str:
    """The condition in words, for a step."""
    if kind in ("anydivs", "nodivs", "onedivs"):
        *head, last = map(str, unpack(a, b))
        return (f"a multiple of {', '.join(head)} or {last}" if kind == "anydivs" else
                f"a multiple of exactly one of {', '.join(head)} and {last}" if kind == "onedivs"
                else f"a multiple of none of {', '.join(head)} and {last}")
    return {"notdiv": f"not a multiple of {a}", "anydiv": f"a multiple of {a} or of {b}",
            "nodiv": f"a multiple of neither {a} nor {b}",
            "ndivpar": f"an {'odd' if a else 'even'} number of divisors",
            "ndiv": f"exactly {a} divisors", "coprime": f"relatively prime to {a}",
            "digsum": f"digits adding up to {a}", "digprod": f"digits multiplying to {a}",
            "digsumdiv": f"digits adding up to a multiple of {a}",
            "npfge": f"at least {a} different prime factors",
            "npfeq": f"exactly {a} different prime factors",
            "pal": "the same read backwards",
            "distdig": "no digit repeated",
            "digpar": f"every digit {'odd' if a else 'even'}",
            "digcnt": f"{a} even and {b} odd digits",
            "hasdig": f"containing the digit{'s' if b >= 0 else ''} {a}"
                      + (f" and {b}" if b >= 0 else ""),
            "nodig": f"not containing the digit {a}",
            "abundant": "proper divisors adding up to more than the number",
            "deficient": "proper divisors adding up to less than the number",
            "perfectnum": "proper divisors adding up to the number itself",
            "gcdis": f"greatest common divisor {b} with {a}",
            "notfactor": f"not a divisor of {a}", "composite": "composite",
            "notprime": "not prime", "unit": "neither prime nor composite",
            "lcmis": f"least common multiple {b} with {a}"}[kind]


__all__ = ["KINDS", "POSITIVE_ONLY", "again", "describe", "number_word", "test"]
