"""Draws from a collection of items of several kinds: the urn model, read from a story.

The collection is a list of counts by kind, said as a container's contents ("a drawer
with 5 forks, 4 spoons and 3 knives in it", "a jar holds 3 red, 4 blue and 2 white
beads"), as someone's things ("Lena has 6 green apples and 4 yellow apples"), or as a
whole split into kinds ("a club has 12 members: 5 boys and 7 girls", "Tom has 9 pens; 4
of them are black and 5 of them are blue"). Some are drawn together or without
replacement (or with replacement when it says so, or "puts it back"), and the event is
about the kinds drawn: all of one kind, all the same kind, all different kinds, exactly /
at least / at most j of a kind, none of a kind, at least one of each of two kinds, or a
stated make-up ("one fork, one spoon and one knife").

The probability is counted by the make-up of the draw (a product of binomial
coefficients, or a multinomial for draws put back), and confirmed by listing every draw of
labelled items (at most 200,000). `urn_wording` reads the words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations, product
from math import comb, factorial, prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.patterns import Result

_SPACE = 200_000


@dataclass
class Urn:
    kinds: dict[str, int]  # kind -> how many items of that kind
    drawn: int
    replaced: bool

    @property
    def size(self) -> int:
        return sum(self.kinds.values())


Test = Callable[[dict[str, int]], bool]  # how many of each kind were drawn -> event?


def _makeups(urn: Urn) -> list[dict[str, int]]:
    names = list(urn.kinds)
    out = []
    for hs in product(*(range((urn.drawn if urn.replaced else min(n, urn.drawn)) + 1)
                        for n in urn.kinds.values())):
        if sum(hs) == urn.drawn:
            out.append(dict(zip(names, hs, strict=True)))
    return out


def _ways(urn: Urn, makeup: dict[str, int]) -> int:
    """Draws (sets, or sequences when put back) with this many of each kind."""
    if urn.replaced:
        return factorial(urn.drawn) // prod(factorial(h) for h in makeup.values()) * prod(
            urn.kinds[k] ** h for k, h in makeup.items())
    return prod(comb(urn.kinds[k], h) for k, h in makeup.items())


def solve(urn: Urn, test: Test, words: str) -> Result:
    if not 1 <= urn.drawn or (not urn.replaced and urn.drawn > urn.size) or urn.size > 500:
        raise Decline("more items drawn than there are")
    total = urn.size ** urn.drawn if urn.replaced else comb(urn.size, urn.drawn)
    if total > _SPACE:
        raise Decline("more draws than I can list")
    good_makeups = [m for m in _makeups(urn) if test(m)]
    good = sum(_ways(urn, m) for m in good_makeups)
    labels = [k for k, n in urn.kinds.items() for _ in range(n)]
    draws = product(range(urn.size), repeat=urn.drawn) if urn.replaced else combinations(
        range(urn.size), urn.drawn)
    listed = 0
    for d in draws:
        got = dict.fromkeys(urn.kinds, 0)
        for i in d:
            got[labels[i]] += 1
        listed += test(got)
    value = sp.Rational(good, total)
    confirm.probability(value, listed, total, f"{words} (listing every draw of labelled items)")
    n, k = urn.size, urn.drawn
    space = f"{n}^{{{k}}}" if urn.replaced else f"\\binom{{{n}}}{{{k}}}"
    how = "in order, each put back" if urn.replaced else "together, without replacement"
    steps = [step("count the draws", "Label every item; each draw of them is equally likely.",
                  f"Drawing {k} of the {n} items {how} can be done in ${space} = {total}$ "
                  f"equally likely ways.", f"{space} = {total}")]
    terms = []
    for m in good_makeups:
        if urn.replaced:
            terms.append(str(_ways(urn, m)))
        else:
            terms.append(" \\cdot ".join(f"\\binom{{{urn.kinds[kind]}}}{{{h}}}"
                                         for kind, h in m.items() if h))
    counted = " + ".join(terms) if terms else "0"
    claim = f"{counted} = {good}"
    steps.append(step("count the favourable draws", "Choose how many of each kind are drawn, "
                      "then which items of each kind.",
                      f"The draws with {words}: ${claim}$.", claim))
    answer = f"\\frac{{{good}}}{{{total}}} = {latex(value)}"
    steps.append(step("favourable over possible", "Every draw is equally likely.",
                      f"${answer}$", answer))
    return value, steps


def expected(urn: Urn, kind: str) -> Result:
    """The expected number of items of `kind` drawn: the mean over every make-up of the draw,
    weighted by its number of draws, and again k K / N by linearity (each draw is of the kind
    with chance K / N, put back or not)."""
    if not 1 <= urn.drawn or (not urn.replaced and urn.drawn > urn.size) or urn.size > 500:
        raise Decline("more items drawn than there are")
    total = urn.size ** urn.drawn if urn.replaced else comb(urn.size, urn.drawn)
    weighted = sp.Rational(sum(m[kind] * _ways(urn, m) for m in _makeups(urn)), total)
    value = sp.Rational(urn.drawn * urn.kinds[kind], urn.size)
    confirm.check(weighted == value, f"the mean over every make-up of the draw is {weighted}")
    claim = f"{urn.drawn} \\cdot \\frac{{{urn.kinds[kind]}}}{{{urn.size}}} = {latex(value)}"
    return value, [step("linearity of expectation", f"Each of the {urn.drawn} items drawn is "
                        f"{kind} with chance {urn.kinds[kind]}/{urn.size}, put back or not.",
                        f"${claim}$", claim)]


__all__ = ["Test", "Urn", "expected", "solve"]
