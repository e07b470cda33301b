"""Probability reader for a run in a fair coin's flips: at least k consecutive flips of one
side somewhere among n flips.

Phrasings reached: "A fair coin is flipped 7 times. What is the probability that at least
4 consecutive flips come up heads?", "A coin is tossed 6 times. What is the probability of
getting at least 3 tails in a row?", "... that there is a run of at least 3 heads?" ...
Only "at least k" (or "k or more") is read: "3 heads in a row" alone may mean exactly
three. The sequences without such a run are counted by how the sequence ends (how many of
the side it ends with, fewer than k), and the answer is confirmed by listing every
sequence.
"""

from __future__ import annotations

from itertools import groupby, product

from tutor.reasoning.symbolic.combinatorics.chance import ASK, ROLL_GLUE, answer
from tutor.reasoning.symbolic.combinatorics.coins import COINS
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_RUN = (r" (?:(?:of )?(?:getting |seeing |obtaining |flipping |tossing )?(?:there is )?(?:a run "
        r"of )?)?(?:at least #(?P<k>\d+)|#(?P<k2>\d+) or more) (?:(?:consecutive|successive) "
        r"(?:flips |tosses )?(?:(?:that )?(?:come up|are|land(?: on)?|show) )?(?P<side>heads|"
        r"tails)|(?P<side2>heads|tails) in a row|consecutive (?P<side3>heads|tails))\b")
_GLUE = ROLL_GLUE | frozenset("the will get gets see sees".split())


def _without_run(n: int, k: int) -> int:
    """Sequences of n flips with no k of the side in a row, by how many of the side they
    end with (0 .. k - 1)."""
    ends = [1] + [0] * (k - 1)  # the empty sequence ends with none of the side
    for _ in range(n):
        ends = [sum(ends)] + ends[:-1]  # the other side resets the run; the side extends it
    return sum(ends)


def _longest(flips: tuple[int, ...]) -> int:
    return max((len(list(g)) for v, g in groupby(flips) if v), default=0)


def flip_runs(split: Split, template: str) -> Result | None:
    if "coin" not in template or not quick(template, "consecutive", "in a row", "successive") \
            or not quick(template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.take_name("flips|tosses")
    setup = [m for i in (0, 1, 4) for m in w.take(COINS[i])]
    ask, run = w.take(ASK), w.take(_RUN)
    if len(setup) != 1 or len(ask) != 1 or len(run) != 1 or not w.only_glue(_GLUE):
        return None
    n = int(setup[0].group("n"))
    r = run[0]
    k = int(r.group("k") or r.group("k2"))
    side = r.group("side") or r.group("side2") or r.group("side3")
    if not 1 <= k <= n <= 16:
        raise Decline("a run no longer than the flips, of a modest number of flips")
    total = 2**n
    good = total - _without_run(n, k)
    second = sum(1 for f in product((0, 1), repeat=n) if _longest(f) >= k)
    hint = (f"Count the $2^{{{n}}}$ sequences with no {k} {side} in a row by how many {side} "
            f"they end with: {_without_run(n, k)} of them. The other {good} have a run of at "
            f"least {k}.")
    return answer(good, total, f"a run of at least {k} {side}", second,
                  "listing every sequence of flips", hint, f"2^{{{n}}}")


__all__ = ["flip_runs"]
