"""The largest (or smallest) number shown when several fair dice are rolled: "Two fair dice
are rolled. What is the probability that the larger of the two numbers is 4?", "... that
the maximum of the numbers rolled is at least 5?", "... that the smaller number is 2?".
`dice` reads the dice and calls `extreme_chance` for such an event.

The rolls are listed and the largest (smallest) number of each tested; the count is made
again from the formula: the largest of k dice with s faces is at most v in v^k rolls, so it
is exactly v in v^k - (v - 1)^k (the smallest: (s - v + 1)^k - (s - v)^k).
"""

from __future__ import annotations

import re
from itertools import product

from tutor.reasoning.symbolic.combinatorics.chance import answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.patterns import Result

_HIGH = {"larger", "largest", "greater", "greatest", "higher", "highest", "maximum"}
_TWO = {"larger", "greater", "higher", "smaller", "lesser", "lower"}  # said of two numbers
EXTREME = (r" the (?P<ext>larger|largest|greater|greatest|higher|highest|maximum|smaller|"
           r"smallest|lesser|least|lower|lowest|minimum) (?:of the (?:#(?P<said>\d+) )?(?:numbers|"
           r"values|results|rolls)|(?:number|value|result|roll))(?: rolled| shown| obtained| that "
           r"comes? up)? (?:will )?" + PROPERTY)


def extreme_chance(e: re.Match[str], k: int, s: int) -> Result:
    """The chance that the largest (smallest) of k rolls of an s-sided die has the property."""
    ext = e.group("ext")
    if k < 2 or (ext in _TWO and k != 2) or (e.group("said") and int(e.group("said")) != k):
        raise Decline("the larger of two numbers, or the largest of the numbers rolled")
    high = ext in _HIGH
    test, words = predicate(e)
    pick = max if high else min
    good = sum(1 for r in product(range(1, s + 1), repeat=k) if test(pick(r)))
    second = sum((v**k - (v - 1) ** k) if high else ((s - v + 1) ** k - (s - v) ** k)
                 for v in range(1, s + 1) if test(v))
    name = "largest" if high else "smallest"
    return answer(good, s**k, f"the {name} number being {words}", second,
                  f"counting the rolls whose {name} number is each value",
                  f"List all {s**k} equally likely rolls; in {good} of them the {name} number is "
                  f"{words}.", f"{s}^{{{k}}}")


__all__ = ["EXTREME", "extreme_chance"]
