"""Probability reader for dice split evenly between even and odd numbers: as many dice show
an even number as show an odd number.

Phrasings reached: "Four dice are rolled. What is the probability that the number of dice
showing even numbers equals the number of dice showing odd numbers?", "Six fair dice are
rolled. What is the probability that three of the dice show even numbers and three show odd
numbers?", "... that as many dice show an even number as an odd number?" ...
A die with an even number of faces shows even or odd with chance 1/2 each, so k dice split
evenly with chance C(k, k/2) / 2^k; confirmed by listing every roll.
"""

from __future__ import annotations

from itertools import product
from math import comb

from tutor.reasoning.symbolic.combinatorics.chance import ASK, ROLL_GLUE, answer
from tutor.reasoning.symbolic.combinatorics.dice import DICE, rolled_dice
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SHOWING = r"(?:showing|that show|which show|with) (?:an? )?"
_EVEN_ODD = [
    # "the number of dice showing even numbers equals the number showing odd numbers"
    r" the number of dice " + _SHOWING + r"(?P<p1>even|odd) numbers? (?:and the number of dice "
    + _SHOWING + r"(?P<p2>even|odd) numbers? (?:is|are) (?:equal|the same)|(?:equals|is equal "
    r"to|is the same as) the number (?:of dice )?" + _SHOWING + r"(?P<p3>even|odd) numbers?)\b",
    # "three of the dice show even numbers and three show odd numbers"
    r" #(?P<a>\d+) (?:of the dice|of them|dice) (?:show|land on|come up) (?:an? )?(?P<p4>even|odd)"
    r" numbers? and (?:the other )?#(?P<b>\d+) (?:(?:of the dice|of them|dice) )?(?:show|land on|"
    r"come up) (?:an? )?(?P<p5>even|odd) numbers?\b",
    # "as many dice show an even number as an odd number"
    r" as many dice show (?:an? )?(?P<p6>even|odd) numbers? as (?:show )?(?:an? )?(?P<p7>even|odd)"
    r" numbers?\b",
]


def dice_halves(split: Split, template: str) -> Result | None:
    if not quick(template, "dice") or not quick(template, "even") or not quick(template, "odd") \
            or not quick(template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.take_name("rolls|throws|tosses")
    setup = [m for p in DICE for m in w.take(p)]
    ask = w.take(ASK)
    event = [m for p in _EVEN_ODD for m in w.take(p)]
    if len(setup) != 1 or len(ask) != 1 or len(event) != 1 or not w.only_glue(ROLL_GLUE):
        return None
    g = setup[0].groupdict()
    if any(g.get(k) is not None for k in ("single", "single2", "single3")):
        return None
    k, sides = rolled_dice(g), int(g.get("s") or 6)
    e = event[0].groupdict()
    said = [e[p] for p in ("p1", "p2", "p3", "p4", "p5", "p6", "p7") if e.get(p)]
    if sorted(said) != ["even", "odd"]:
        raise Decline("even compared with odd")
    if e.get("a") and not int(e["a"]) == int(e["b"]) == k // 2:
        raise Decline("the two counts are not half the dice each")
    if k % 2 or not 2 <= k <= 12 or sides % 2 or not 2 <= sides <= 20:
        raise Decline("an even number of dice, each with an even number of faces")
    total = sides**k
    if total > 200_000:
        raise Decline("more rolls than I can list")
    good = comb(k, k // 2) * (sides // 2) ** k
    listed = sum(1 for r in product(range(1, sides + 1), repeat=k)
                 if 2 * sum(1 for x in r if x % 2 == 0) == k)
    hint = (f"Choose which {k // 2} of the {k} dice show an even number: "
            f"$\\binom{{{k}}}{{{k // 2}}}$ ways, each die then showing one of {sides // 2} "
            f"faces: {good} rolls.")
    return answer(listed, total, "as many even numbers as odd", good, "choosing the even dice",
                  hint, f"{sides}^{{{k}}}")


__all__ = ["dice_halves"]
