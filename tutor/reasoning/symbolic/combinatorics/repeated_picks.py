"""Probability reader for an integer picked at random from a range several times, the same
integer allowed again: at least one, both, all, none or exactly j of the picks have a
property (even, odd, prime, a perfect square, a multiple of k ...).

Phrasings reached: "Ana twice picks a random integer from 1 to 40, inclusive (and she may
pick the same integer both times). What is the probability that at least one of the
numbers she picks is a multiple of 4?", "An integer between 1 and 30 is chosen at random
three times, with replacement. What is the probability that none of the numbers chosen is
prime?" ...
That the same integer may come again must be said: "chooses twice" could mean two
different integers. Confirmed by listing every sequence of picks (or, when there are too
many, by the complement of the other counts).
"""

from __future__ import annotations

from itertools import product
from math import comb

from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_TIMES = r"(?:(?P<twice>twice)|#(?P<n>\d+) times)"
_WHO = r"(?:(?!(?:not|never|no|nobody)\b)[a-z]+ )?"
_NUMBER = r"(?:integer|number|whole number|positive integer)"
_RANGE = (r"(?:between|from) #(?P<a>\d+) (?:and|to|through) #(?P<b>\d+)(?:,? inclusive)?")
_SETUP = [
    r" " + _WHO + _TIMES + r" (?:chooses|picks|selects) (?:a|an) (?:random )?" + _NUMBER
    + r" (?:at random )?" + _RANGE,
    r" " + _WHO + r"(?:chooses|picks|selects) (?:a|an) (?:random )?" + _NUMBER + r" (?:at random )?"
    + _RANGE + r",? " + _TIMES,
    r" (?:a|an) (?:random )?" + _NUMBER + r" " + _RANGE + r" is (?:chosen|picked|selected) "
    r"(?:at random |randomly )?" + _TIMES,
]
_AGAIN = (r",? \(?(?:and )?(?:(?:he|she|they|i|we|you) (?:may|can|might) (?:choose|pick|select|"
          r"get) the same (?:integer|number) (?:both times|more than once|twice|again)|with "
          r"replacement|the same (?:integer|number) (?:may|can) be (?:chosen|picked|selected) "
          r"(?:both times|more than once|twice|again))\)?")
_EVENT = (r" (?P<q>at least #1|both|all|neither|none|exactly #(?P<j>\d+)|each) (?:of )?(?:the )?"
          r"(?:#\d+ )?(?:numbers|integers|picks)(?: " + _WHO + r"(?:chooses|picks|selects|chose|"
          r"picked|chosen|selected))? " + PROPERTY)
_GLUE = frozenset("the he she they i we you".split())


def repeated_picks(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(template, "twice", "times"):
        return None
    w = Wording.of(split, template)
    again = w.take(_AGAIN)
    setup = [m for p in _SETUP for m in w.take(p)]
    ask, event = w.take(ASK), w.take(_EVENT)
    if len(setup) != 1 or len(ask) != 1 or len(event) != 1 or not w.only_glue(_GLUE):
        return None
    if len(again) != 1:
        raise Decline("it is not said whether the same integer may be picked again")
    s = setup[0]
    n = 2 if s.group("twice") else int(s.group("n"))
    a, b = int(s.group("a")), int(s.group("b"))
    if not 2 <= n <= 6 or not 0 <= a < b <= 10_000:
        raise Decline("a few picks from a modest range")
    e = event[0]
    test, words = predicate(e)
    q = e.group("q")
    if q in ("both", "neither") and n != 2:
        raise Decline("'both' or 'neither' of more than two picks")
    want = {"at least #1": lambda h: h >= 1, "both": lambda h: h == n, "all": lambda h: h == n,
            "each": lambda h: h == n, "neither": lambda h: h == 0, "none": lambda h: h == 0}
    j = int(e.group("j")) if e.group("j") else None
    ok = want[q] if j is None else (lambda h: h == j)
    size = b - a + 1
    hits = sum(1 for v in range(a, b + 1) if test(v))
    good = sum(comb(n, h) * hits**h * (size - hits) ** (n - h) for h in range(n + 1) if ok(h))
    total = size**n
    if total <= 200_000:
        second = sum(1 for picks in product(range(a, b + 1), repeat=n)
                     if ok(sum(1 for v in picks if test(v))))
        how = "listing every sequence of picks"
    else:
        second = total - sum(comb(n, h) * hits**h * (size - hits) ** (n - h)
                             for h in range(n + 1) if not ok(h))
        how = "all sequences minus the others"
    hint = (f"{hits} of the {size} integers from {a} to {b} are {words}. Of the ${size}^{{{n}}}$ "
            f"equally likely sequences of picks, count those where the number of picks that "
            f"are {words} is as asked, by choosing which picks they are.")
    return answer(good, total, f"picks with {q.replace('#', '')} {words}", second, how, hint,
                  f"{size}^{{{n}}}")


__all__ = ["repeated_picks"]
