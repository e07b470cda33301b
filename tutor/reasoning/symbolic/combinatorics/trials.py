"""Independent repeated trials: a number of days, games or children, each a success with a
stated probability, and an event about how many succeed.

The situation is a list of groups of independent trials, each group with its own chance
of success ("on each of the next 3 days there is a 1/3 chance of rain; on each of the 4
days after that, 1/5"; "the chance of frost on Monday is 20%, on Tuesday 30%"; seven games
that each team is equally likely to win; four children, each a boy or a girl with equal
likelihood). The event counts the successes: none, at least once, exactly / at least /
at most k, all (both), more of one kind than the other, at least one of each.

The probability is found from the distribution of the number of successes, built trial by
trial, and confirmed by listing every sequence of successes and failures (at most 2^16)
with the product of its probabilities. `trial_wording` reads the words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from itertools import product
from math import prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result

MAX_TRIALS = 16


@dataclass
class Trials:
    """Groups of independent trials: (how many, the chance each one succeeds)."""

    groups: list[tuple[int, Fraction]]
    success: str  # "rain", "a win for the hawks", "a boy"

    @property
    def n(self) -> int:
        return sum(k for k, _ in self.groups)


@dataclass
class Event:
    """Which numbers of successes (out of n) make the event, and the event in words."""

    test: Callable[[int, int], bool]
    words: str


def successes(trials: Trials) -> list[Fraction]:
    """P(exactly h successes) for h = 0..n, adding one trial at a time."""
    dist = [Fraction(1)]
    for k, p in trials.groups:
        for _ in range(k):
            nxt = [Fraction(0)] * (len(dist) + 1)
            for h, q in enumerate(dist):
                nxt[h] += q * (1 - p)
                nxt[h + 1] += q * p
            dist = nxt
    return dist


def by_sequences(trials: Trials, event: Event) -> Fraction:
    """The same probability by listing every sequence of outcomes with its probability."""
    chances = [p for k, p in trials.groups for _ in range(k)]
    n = len(chances)
    total = Fraction(0)
    for seq in product((0, 1), repeat=n):
        if event.test(sum(seq), n):
            total += prod((p if s else 1 - p for s, p in zip(seq, chances, strict=True)),
                          start=Fraction(1))
    return total


def solve(trials: Trials, event: Event) -> Result:
    n = trials.n
    if not 1 <= n <= MAX_TRIALS:
        raise Decline("more independent trials than I can list")
    if any(not 0 <= p <= 1 for _, p in trials.groups):
        raise Decline("a probability outside 0 to 1")
    dist = successes(trials)
    hits = [h for h in range(n + 1) if event.test(h, n)]
    got = sum((dist[h] for h in hits), Fraction(0))
    value = sp.Rational(got.numerator, got.denominator)
    second = by_sequences(trials, event)
    confirm.check(second == got, f"listing all {2**n} sequences of outcomes gives the same "
                                 f"probability of {event.words}")
    steps = []
    if len(trials.groups) == 1:
        k, p = trials.groups[0]
        pt, qt = _tex(p), _tex(1 - p)
        terms = " + ".join(f"\\binom{{{k}}}{{{h}}}\\left({pt}\\right)^{{{h}}}"
                           f"\\left({qt}\\right)^{{{k - h}}}" for h in hits) or "0"
        steps.append(step("independent trials", "Each trial is independent, so a sequence with "
                          "h successes has probability p^h (1 - p)^(n - h), and there are "
                          "C(n, h) such sequences.",
                          f"Each of the {n} trials gives {trials.success} with probability "
                          f"${pt}$, independently of the others.", ""))
        claim = f"{terms} = {latex(value)}"
    else:
        parts = ", ".join(f"{k} with probability ${_tex(p)}$" for k, p in trials.groups)
        steps.append(step("independent trials", "Build the chance of each number of successes "
                          "one trial at a time: each new trial succeeds or fails independently.",
                          f"The {n} trials give {trials.success} independently: {parts}.", ""))
        listed = "; ".join(f"exactly {h}: ${_tex(dist[h])}$" for h in hits)
        steps.append(step("the chance of each count", "Add one trial at a time.",
                          f"The chances of the numbers of successes that make the event: "
                          f"{listed}.", ""))
        claim = " + ".join(_tex(dist[h]) for h in hits) + f" = {latex(value)}"
    steps.append(step("add the favourable counts", f"The event is {event.words}.",
                      f"${claim}$", claim))
    return value, steps


def _tex(v: Fraction) -> str:
    return latex(sp.Rational(v.numerator, v.denominator))


__all__ = ["MAX_TRIALS", "Event", "Trials", "by_sequences", "solve", "successes"]
