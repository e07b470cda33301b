"""Reader of two people who take seats at random in a row of chairs or around a round
table: the probability that they sit (or do not sit) next to each other.

The outcomes are the ordered pairs of different seats, all equally likely; the adjacent
ones are listed (seats i and i + 1 in a row; also the last and the first around a
table), and counted again by formula: 2(n - 1) in a row, 2n around a table of n >= 3.

Phrasings reached: "Ana and Bo each sit in a row of 9 chairs. They choose their seats at
random. What is the probability that they sit next to each other?", "Two people sit down
at random around a round table with 8 seats. What is the probability that they are not
next to each other?".
"""

from __future__ import annotations

from itertools import permutations

from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_WHO = r"(?:(?P<a>[a-z]+) and (?P<b>[a-z]+)|#2 (?:people|persons|friends|students|children))"
_PLACE = (r"(?:in a row of #(?P<n>\d+) (?:chairs|seats)|(?:around|at) a (?P<round>round|circular) "
          r"table (?:with|that (?:seats|has)|of) #(?P<n2>\d+)(?: (?:seats|chairs|people))?)")
_SIT = [r" " + _WHO + r" (?:each )?(?:sit|sits|take a seat|are seated|sit down)(?: (?:at random|"
        r"randomly))? " + _PLACE + r"(?=[ ,.;?])",
        r" " + _WHO + r" (?:each )?(?:sit|sits|take a seat|are seated|sit down) " + _PLACE
        + r" (?:at random|randomly)(?=[ ,.;?])"]
_CHOOSE = (r" (?:they|each of them|(?P<c>[a-z]+) and (?P<d>[a-z]+)) (?:each )?(?:choose|pick|"
           r"select) (?:their |a )?seats? (?:at random|randomly)(?=[ ,.;?])")
_EVENT = (r" (?:they|(?P<e>[a-z]+) and (?P<f>[a-z]+)|the #2(?: of them)?) (?P<neg>do not |will "
          r"not |are not |(?:will )?never )?(?:will )?(?:sit|are|be|end up)?(?: sitting)? ?"
          r"(?:next to|beside|adjacent to) (?:each other|one another)(?=[ ,.;?])")
_GLUE = frozenset("sit".split())


def seated_pair(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(template, "next to", "beside",
                                                                  "adjacent"):
        return None
    w = Wording.of(split, template)
    sit = [m for p in _SIT for m in w.take(p)]
    choose, ask = w.take(_CHOOSE), w.take(ASK)
    event = w.take(_EVENT)
    if len(sit) != 1 or len(choose) > 1 or len(ask) != 1 or len(event) != 1 or not \
            w.only_glue(_GLUE):
        return None
    s = sit[0]
    names = {s.group("a"), s.group("b")} - {None}
    for m, x, y in ((choose[0] if choose else None, "c", "d"), (event[0], "e", "f")):
        said = {m.group(x), m.group(y)} - {None} if m else set()
        if said and said != names:
            raise Decline("the people named are not the two who sit")
    if not choose and "random" not in s.group(0):
        raise Decline("how the seats are chosen")
    circle = bool(s.group("round"))
    n = int(s.group("n") or s.group("n2"))
    if not 3 <= n <= 200:
        raise Decline("a row or table of modest size")

    def next_to(i: int, j: int) -> bool:
        return abs(i - j) == 1 or circle and abs(i - j) == n - 1
    pairs = list(permutations(range(n), 2))
    near = sum(1 for i, j in pairs if next_to(i, j))
    formula = 2 * n if circle else 2 * (n - 1)
    apart = bool(event[0].group("neg"))
    good = len(pairs) - near if apart else near
    second = len(pairs) - formula if apart else formula
    where = f"around a table of {n}" if circle else f"in a row of {n}"
    words = "not next to each other" if apart else "next to each other"
    return answer(good, len(pairs), f"the two seats {words}", second,
                  "2n adjacent ordered pairs around a table" if circle else
                  "2(n - 1) adjacent ordered pairs in a row",
                  f"Of the {n} \\cdot {n - 1} = {len(pairs)} equally likely ordered pairs of "
                  f"seats {where}, {good} are {words}.", f"{n} \\cdot {n - 1}")


__all__ = ["seated_pair"]
