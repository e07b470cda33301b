"""Probability reader for fair dice and how their numbers repeat: "Four standard dice are
rolled. What is the probability that at least two dice show the same number but no three
dice show the same number?", "Five dice are rolled ... exactly two of them show the same
number and the other three all show different numbers?", "... three of the dice show one
number and the other two show another number?" (a full house), "... no three of the dice
show the same number?", "... that there is at least one pair but not a three of a kind?",
"roll 3 dice. whats the probability that exactly two of the dice match".

An event is a test on how many dice show each number (the multiplicities, largest first).
"Exactly two show the same number" is read only for three dice, or with the others said to
be all different: with four dice, two pairs would read two ways. Every roll is listed (at
most 200,000) and the favourable ones counted; they are counted again by formula, pattern
by pattern: the numbers given to the groups of equal dice, times the orders of the dice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import product
from math import factorial, perm, prod

from sympy.utilities.iterables import partitions

from tutor.reasoning.symbolic.combinatorics.chance import ASK, ROLL_GLUE, answer
from tutor.reasoning.symbolic.combinatorics.dice import DICE, rolled_dice
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SPACE = 200_000
_OF = r"(?:of the (?:#\d+ )?dice|dice|of them|of the numbers)"
_ALIKE = (r"(?:show the same (?:number|face|value)|match|are the same|land on the same number|"
          r"come up the same)")
_EVENTS = {
    # "at least #2 dice show the same number but no #3 dice show the same number"
    "band": r" at least #(?P<lo>\d+) " + _OF + r" " + _ALIKE + r",? but no #(?P<hi>\d+) " + _OF
            + r" " + _ALIKE + r"\b",
    # "there is at least one pair but not a three of a kind", "a pair but no three of a kind"
    "pair": r" (?:there is |there will be )?(?P<least>at least #1|a) pair,? but (?:not|no) (?:a )?"
            r"#3 of a kind\b",
    "below": r" no #(?P<hi>\d+) " + _OF + r" " + _ALIKE + r"\b",
    # "exactly #2 of them show the same number (and the other #3 all show different numbers)"
    "exact": r" exactly #(?P<a>\d+) " + _OF + r" " + _ALIKE + r"(?: and the (?:other|remaining|"
             r"rest of the) #(?P<b>\d+)(?: dice)? (?:all )?(?:show different numbers|are "
             r"(?:all )?different))?\b",
    # "#3 of the dice show #1 number and the other #2 (dice) show another number"
    "split": r" #(?P<a>\d+) (?:of the )?dice show #1 number and the (?:other|remaining) "
             r"#(?P<b>\d+)(?: dice)? show (?:another|a different|a second) number\b"}


def _test(kind: str, m: re.Match[str], k: int) -> tuple[Callable[[list[int]], bool], str]:
    """The test on the multiplicities (largest first) an event states, and its words."""
    if kind == "pair":
        if m.group("least") == "a" and k > 3:
            raise Decline("'a pair' for more than three dice reads two ways (one pair, or any)")
        return (lambda c: c[0] == 2), "a pair but no three alike"
    g = {n: int(v) for n, v in m.groupdict().items() if v is not None}
    if kind == "band":
        lo, hi = g["lo"], g["hi"]
        if not 2 <= lo < hi <= k:
            raise Decline("a band of repeats the dice cannot make")
        return (lambda c: lo <= c[0] < hi), f"at least {lo} alike but no {hi} alike"
    if kind == "below":
        hi = g["hi"]
        if not 3 <= hi <= k:
            return (lambda c: False), ""  # "no two ... the same": the dice reader's
        return (lambda c: c[0] < hi), f"no {hi} alike"
    a, b = g["a"], g.get("b")
    if kind == "split":
        if b is None or a + b != k or min(a, b) < 1:
            raise Decline("the groups of dice named do not make up the dice")
        pattern = sorted([a, b], reverse=True)
        return (lambda c: c == pattern), f"{a} of one number and {b} of another"
    if b is None and (k != 3 or a != 2):
        raise Decline("'exactly two show the same number' reads two ways for more than three dice")
    if a < 2 or b is not None and a + b != k:
        raise Decline("the groups of dice named do not make up the dice")
    return (lambda c: c == [a] + [1] * (k - a)), f"exactly {a} alike and the rest different"


def _by_patterns(k: int, s: int, test: Callable[[list[int]], bool]) -> int:
    """Rolls counted pattern by pattern: for multiplicities m_1 >= m_2 >= ..., the numbers
    s!/(s - g)! given to the g groups, over the orders of groups of equal size, times the
    k!/(m_1! m_2! ...) orders of the dice."""
    total = 0
    for p in partitions(k):
        sizes = sorted((size for size, times in p.items() for _ in range(times)), reverse=True)
        if test(sizes) and len(sizes) <= s:
            values = perm(s, len(sizes)) // prod(factorial(t) for t in p.values())
            total += values * factorial(k) // prod(factorial(x) for x in sizes)
    return total


def dice_patterns(split: Split, template: str) -> Result | None:
    if not quick(template, "dice") or not quick(template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.text = re.sub(r"#3[- ]of[- ]a[- ]kind\b", "#3 of a kind", w.text)
    w.text = re.sub(r"(?<=dice) get (?=rolled|thrown)", " are ", w.text)  # typed casually
    w.text = re.sub(r" (probability|chance) (?=there (?:is|will be) )", r" \1 that ", w.text)
    w.take_name("rolls|throws|tosses")
    setup = [m for p in DICE for m in w.take(p)]
    ask = w.take(ASK)
    found = [(kind, m) for kind, p in _EVENTS.items() for m in w.take(p)]
    if len(setup) != 1 or len(ask) != 1 or len(found) != 1 or not w.only_glue(
            ROLL_GLUE | {"whats"}):
        return None
    g = setup[0].groupdict()
    if any(g.get(key) is not None for key in ("single", "single2", "single3")):
        return None
    k, s = rolled_dice(g), int(g.get("s") or 6)
    if k < 3:
        return None  # two dice repeat or not: the dice reader's
    if not 2 <= s <= 100 or k > 12 or s**k > _SPACE:
        raise Decline("more rolls than I can list")
    test, words = _test(*found[0], k)
    if not words:
        return None
    total = s**k
    good = sum(1 for r in product(range(s), repeat=k)
               if test(sorted(Counter(r).values(), reverse=True)))
    return answer(good, total, words, _by_patterns(k, s, test),
                  "pattern by pattern: numbers for the groups times orders of the dice",
                  f"Of the {total} equally likely rolls, {good} have {words}.", f"{s}^{{{k}}}")


__all__ = ["dice_patterns"]
