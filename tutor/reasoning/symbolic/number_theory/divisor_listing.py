"""The divisors of one integer, listed from its prime factorisation (checked: the primes
multiply back to the number and each is prime), listed a second way to confirm them (trial
division up to the square root when the number is at most `TRIAL_LIMIT`, else the grid of
exponents), and combined as a divisor question asks: counted, added, multiplied, their
reciprocals added, the largest or smallest read off, or listed."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.patterns import Result

TRIAL_LIMIT = 10**12
_MAX_DIVISORS = 200_000
_LISTED = 48  # the most divisors given as a listed answer
_PAIRED = 16  # the most divisors shown in pairs


def listed_divisors(n: int) -> tuple[list[int], list[Step]]:
    f = sp.factorint(n)
    confirm.check(math.prod(p ** e for p, e in f.items()) == n and all(sp.isprime(p) for p in f),
                  "the prime factors multiply back to the number and each is prime")
    if math.prod(e + 1 for e in f.values()) > _MAX_DIVISORS:
        raise Decline("too many divisors to list")
    listed = sorted(int(d) for d in sp.divisors(n))
    tex = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p) for p, e in sorted(f.items()))
    claim = f"{n} = {tex}" if n > 1 else "1"
    return listed, [step("prime factorisation", "Every divisor takes each prime to a power "
                         "from 0 up to its power in the number.", f"${claim}$",
                         claim if n > 1 else "")]


def paired_divisors(n: int, listed: list[int]) -> str:
    """`1 \\cdot 28 = 2 \\cdot 14 = 4 \\cdot 7 = 28`: the divisors in pairs whose product
    is the number (a square's root paired with itself); "" for 1 or a long list."""
    if n <= 1 or len(listed) > _PAIRED:
        return ""
    half = listed[: (len(listed) + 1) // 2]
    return " = ".join(f"{d} \\cdot {n // d}" for d in half) + f" = {n}"


def confirm_listing(n: int, tests: list[Callable[[int], bool]], chosen: list[int]) -> None:
    """The divisors found a second way: trial division, or the grid of exponents."""
    if n <= TRIAL_LIMIT:
        every = set(confirm.divisors_listed(n))
    else:
        f = sorted(sp.factorint(n).items())
        every = {math.prod(p ** k for (p, _e), k in zip(f, ks, strict=True))
                 for ks in itertools.product(*(range(e + 1) for _p, e in f))}
        confirm.check(all(n % d == 0 for d in every), "each product of prime powers divides")
    again = sorted(d for d in every if all(t(d) for t in tests))
    confirm.check(again == chosen, "listing the divisors a second way gives the same ones")


def combined(kind: str, chosen: list[int], what: str, steps: list[Step]) -> Result:
    if kind == "count":
        return sp.Integer(len(chosen)), steps + [step("count them", f"How many {what}?",
                                                      f"There are {len(chosen)}.", "")]
    if not chosen:
        raise Decline("no such divisor")
    if kind == "list":
        if len(chosen) > _LISTED:
            raise Decline("too many divisors to list in an answer")
        return ", ".join(str(d) for d in chosen), steps
    if kind in ("largest", "smallest"):
        v = chosen[-1] if kind == "largest" else chosen[0]
        return sp.Integer(v), steps + [step(f"the {kind}", f"Read off the {kind}.",
                                            f"The {kind} is ${v}$.", "")]
    if kind == "reciprocals":
        total = sum((Fraction(1, d) for d in chosen), Fraction(0))
        value = sp.Rational(total.numerator, total.denominator)
        claim = " + ".join(f"\\frac{{1}}{{{d}}}" for d in chosen[:12]) + \
            (" + \\dots" if len(chosen) > 12 else "") + f" = {latex(value)}"
        return value, steps + [step("add the reciprocals", "Add one over each divisor.",
                                    f"${claim}$", claim if len(chosen) <= 12 else "")]
    value = sum(chosen) if kind == "sum" else math.prod(chosen)
    if kind == "product" and len(str(value)) > 60:
        raise Decline("a product too large to show")
    sign = " + " if kind == "sum" else " \\cdot "
    claim = sign.join(str(d) for d in chosen) + f" = {value}"
    exact = claim if len(chosen) <= 30 else ""
    return sp.Integer(value), steps + [step(f"the {kind}", f"Combine the {what}.",
                                            f"${claim}$" if exact else f"The {kind} is {value}.",
                                            exact)]


__all__ = ["TRIAL_LIMIT", "combined", "confirm_listing", "listed_divisors", "paired_divisors"]
