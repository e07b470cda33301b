"""Probability shapes with equally likely outcomes: the sum of two dice, exactly k heads
in n fair coin flips, and plain choices of k things from n."""

from __future__ import annotations

import re
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics import counting as cc
from tutor.reasoning.symbolic.combinatorics.readers import N, all_slots, count, same_noun
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import END, Handler, Result

_CMP = {"": lambda t, n: t == n, "greater than ": lambda t, n: t > n,
        "less than ": lambda t, n: t < n, "at least ": lambda t, n: t >= n,
        "at most ": lambda t, n: t <= n}


def _one(rule: str, hint: str, claim: str) -> Step:
    return step(rule, hint, f"${claim}$", claim)


def _fraction(good: int, total: int) -> tuple[sp.Rational, Step]:
    v = sp.Rational(good, total)
    return v, _one("divide by all outcomes", f"There are {total} equally likely outcomes.",
                   f"\\frac{{{good}}}{{{total}}} = {latex(v)}")


def dice_sum(s: Split, m: re.Match[str]) -> Result:
    """Two fair dice with `sides` faces: probability the sum compares to n as asked."""
    all_slots(s, m)
    sides = count(s, m.group(1)) if m.group(1) else 6
    n = count(s, m.group(3))
    if not 2 <= sides <= 20:
        raise Decline("ordinary dice")
    test = _CMP[m.group(2) or ""]
    pairs = [(a, b) for a in range(1, sides + 1) for b in range(1, sides + 1) if test(a + b, n)]
    total = sides * sides
    if not pairs:
        return sp.S.Zero, [_one("no outcome works", "The sum is between 2 and "
                                f"{2 * sides}.", f"1 + 1 = 2, \\quad {sides} + {sides} = "
                                f"{2 * sides}")]
    if len(pairs) > 12:
        bad = total - len(pairs)
        first = _one("count the outcomes", "Count the rolls that fail, and subtract.",
                     f"{total} - {bad} = {len(pairs)}")
    else:
        first = _one("list the outcomes", "List the (first, second) rolls that work.",
                     ", \\quad ".join(f"{a} + {b} = {a + b}" for a, b in pairs))
    v, last = _fraction(len(pairs), total)
    # a second count: the coefficients of (x + x^2 + ... + x^sides)^2
    x = sp.Symbol("x")
    coeffs = sp.Poly(sum(x**i for i in range(1, sides + 1)) ** 2, x).as_dict()
    by_poly = sum(int(c) for (e,), c in coeffs.items() if test(e, n))
    confirm.probability(v, by_poly, total, "the sum of two dice")
    return v, [first, last]


def coin_heads(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    n, k = count(s, m.group(1)), count(s, m.group(2))
    if not 0 <= k <= n <= 60:
        raise Decline("a sensible number of flips")
    good = int(sp.binomial(n, k))
    v = sp.Rational(good, 2**n)
    if n <= 16:
        confirm.probability(v, sum(sum(f) == k for f in product((0, 1), repeat=n)), 2**n,
                            f"{k} heads in {n} flips")
    claim = f"\\frac{{\\binom{{{n}}}{{{k}}}}}{{2^{{{n}}}}} = \\frac{{{good}}}{{{2**n}}}"
    if v.q != 2**n:
        claim += f" = {latex(v)}"
    return v, [_one("count the sequences", f"Choose which {k} of the {n} flips are heads; "
                    f"all $2^{{{n}}}$ sequences are equally likely.", claim)]


def choose_from(s: Split, m: re.Match[str]) -> Result:
    all_slots(s, m)
    same_noun(m.group(2), m.group(4))
    return cc.choose(count(s, m.group(3)), count(s, m.group(1)))


TEMPLATES: list[tuple[str, Handler]] = [
    (r"two fair (?:" + N + r" ?-sided |six-sided |standard )?dice are rolled\. what is "
     r"the probability that the sum (?:rolled |of the (?:two )?numbers (?:rolled )?)?is "
     r"(greater than |less than |at least |at most )?" + N + END, dice_sum),
    (r"a fair coin is (?:flipped|tossed) " + N + r" times\. what is the probability (?:of "
     r"getting|that (?:we|you|it) (?:get|gets|lands?)) exactly " + N + r" heads" + END,
     coin_heads),
    (r"(?:how many ways are there to|in how many ways can (?:i|we|you|one)) (?:choose|select|"
     r"pick) " + N + r" ([a-z]+) from (?:a (?:group|set|class|team|box|bag|shelf|collection) "
     r"of )?" + N + r" ([a-z]+)" + END, choose_from),
]

__all__ = ["TEMPLATES"]
