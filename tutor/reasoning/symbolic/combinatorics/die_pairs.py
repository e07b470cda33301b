"""Probability reader for two dice told apart (the first and the second, a red and a blue
die): one shows a larger (smaller, the same) number than the other, or both (neither) of
them show a property.

Phrasings reached: "Two standard dice are rolled. What is the probability that the number
on the first die is greater than the number on the second die?", "A red die and a blue die
are rolled. What is the probability that the red die shows a smaller number than the blue
die?", "Two fair dice are rolled. What is the probability that neither die shows a 1?",
"... that both numbers are even?" ...
Every roll is listed, and the count is confirmed by a formula: (s^2 - s)/2 rolls with the
first larger, h^2 rolls with both dice in a set of h faces.
"""

from __future__ import annotations

from itertools import product

from tutor.reasoning.symbolic.combinatorics.chance import ASK, FAIR, ROLL_GLUE, answer
from tutor.reasoning.symbolic.combinatorics.dice import DICE, rolled_dice
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_COLOURS = r"(?:red|blue|green|white|black|yellow)"
_NAMED = (r" (?:a|one) (?P<c1>" + _COLOURS + r") " + FAIR + r"die and (?:a|one) (?P<c2>"
          + _COLOURS + r") " + FAIR + r"die (?:are |were )?(?:rolled|thrown|tossed)\b")
_WHICH = r"(?P<{}>first|second|" + _COLOURS + r")"
_BIGGER = r"(?P<cmp>greater|larger|bigger|higher|less|smaller|lower)"
_ONE_DIE = (r"(?:the )?(?:number (?:on|shown on|rolled on) )?the {} (?:die|roll|number rolled|"
            r"number)")
# "the second": the noun said once ("the first roll is greater than the second")
_OTHER_DIE = (r"(?:the )?(?:number (?:on|shown on|rolled on) )?the {}(?: (?:die|roll|number|"
              r"one))?")
_COMPARE = [
    r" " + _ONE_DIE.format(_WHICH.format("a")) + r" (?:is|will be) " + _BIGGER + r" than "
    + _OTHER_DIE.format(_WHICH.format("b")) + r"\b",
    r" " + _ONE_DIE.format(_WHICH.format("a")) + r" (?:shows|will show) a " + _BIGGER
    + r" number than (?:the number on )?the " + _WHICH.format("b") + r"(?: die| one| roll)?\b",
]
_BOTH = (r" (?P<q>both|neither) (?:of the )?(?:dice|die|numbers|of them)(?: rolled| shown)? "
         r"(?:shows? |lands? on |comes? up )?(?:an? )?" + PROPERTY)
_LARGER = {"greater", "larger", "bigger", "higher"}


def die_pairs(split: Split, template: str) -> Result | None:
    if not quick(template, "die", "dice") or not quick(template, "probability", "chance") \
            or not quick(template, "than", "both", "neither"):
        return None
    w = Wording.of(split, template)
    w.take_name("rolls|throws|tosses")
    named = w.take(_NAMED)
    setup = [m for p in DICE for m in w.take(p)]
    ask = w.take(ASK)
    compare = [m for p in _COMPARE for m in w.take(p)]
    both = w.take(_BOTH)
    if len(named) + len(setup) != 1 or len(ask) != 1 or len(compare) + len(both) != 1 \
            or not w.only_glue(ROLL_GLUE | {"will", "the"}):
        return None
    sides = 6
    if setup:
        g = setup[0].groupdict()
        if any(g.get(k) is not None for k in ("single", "single2", "single3")) \
                or rolled_dice(g) != 2:
            raise Decline("two dice")
        sides = int(g.get("s") or 6)
        names = ("first", "second")
    else:
        names = (named[0].group("c1"), named[0].group("c2"))
        if names[0] == names[1]:
            raise Decline("two dice of one colour cannot be told apart")
    if not 2 <= sides <= 100:
        raise Decline("a modest die")
    faces = range(1, sides + 1)
    rolls = list(product(faces, repeat=2))
    if compare:
        c = compare[0]
        a, b = c.group("a"), c.group("b")
        if {a, b} != set(names):
            raise Decline("the dice compared are not the dice rolled")
        first_bigger = (a == names[0]) == (c.group("cmp") in _LARGER)
        good = sum(1 for x, y in rolls if (x > y if first_bigger else x < y))
        second = (sides * sides - sides) // 2
        what = f"the {a} die shows a {c.group('cmp')} number than the {b} die"
        hint = (f"Of the ${sides}^2$ rolls, {sides} are doubles; the others split evenly "
                f"between the two dice showing the larger number.")
    else:
        e = both[0]
        test, words = predicate(e)
        hits = sum(1 for v in faces if test(v))
        q = e.group("q")
        good = sum(1 for x, y in rolls if (test(x) and test(y) if q == "both"
                                           else not test(x) and not test(y)))
        second = hits**2 if q == "both" else (sides - hits) ** 2
        what = f"{q} die {words}"
        hint = (f"{hits} of the {sides} faces are {words}; "
                + (f"both dice must show one: ${hits}^2$ rolls." if q == "both" else
                   f"neither die may show one: ${sides - hits}^2$ rolls."))
    return answer(good, len(rolls), what, second, "a formula", hint, f"{sides}^{{2}}")


__all__ = ["die_pairs"]
