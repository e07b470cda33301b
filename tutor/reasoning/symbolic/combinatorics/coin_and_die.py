"""Probability reader for one coin flipped and one die rolled together: "I toss a fair coin and
roll a standard six-sided die. What is the probability that the coin shows tails and the die
shows an even number?", "A coin is flipped once and an 8-sided die is rolled once. What is the
probability that the coin lands on heads and the die shows a 5?"

Every (side, face) pair is equally likely: the pairs are listed and the favourable ones
counted, confirmed by the product rule (one side of two, times the faces with the property).
"""

from __future__ import annotations

from tutor.reasoning.symbolic.combinatorics.chance import ASK, FAIR, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_WHO = r"(?:(?:i|we|you|he|she|they|[a-z]+) )?"
_COIN = (r" " + _WHO + r"(?:flips?|toss(?:es)?) (?:a|one|#1) " + FAIR + r"coin(?: once)?\b"
         r"| (?:a|one|#1) " + FAIR + r"coin is (?:flipped|tossed)(?: once)?\b")
_DIE = (r",? and (?:then )?(?:(?:" + _WHO + r"(?:rolls?|throws?) (?:a|an|one) " + FAIR
        + r"(?:#(?P<s>\d+)-sided )?die)|(?:(?:a|an|one) " + FAIR
        + r"(?:#(?P<s2>\d+)-sided )?die is (?:rolled|thrown)))(?: once)?\b")
_SHOWS = r"(?:will )?(?:shows?|lands? on|lands?|comes? up|is)"
_EVENT = (r" the coin " + _SHOWS + r" (?P<side>heads|tails) and the die " + _SHOWS
          + r" (?:(?:a|an) (?=#\d)|(?:a number|an integer) (?=(?:greater|less|more|smaller|"
          r"larger|fewer|at least|at most|no more|no less|equal)\b))?" + PROPERTY)
# "the probability of getting heads and a 5": the coin's side, then the die's face
_EVENT_SHORT = (r" (?:of )?(?:getting |flipping |tossing |obtaining )?(?P<side>heads|tails|a head|"
                r"a tail) and "
                r"(?:rolling |getting |obtaining )?(?:(?:a|an) (?=#\d)|(?:a number|an integer) "
                r"(?=(?:greater|less|more|smaller|larger|fewer|at least|at most|no more|no less|"
                r"equal)\b))?" + PROPERTY)
_GLUE = frozenset("i we you he she they".split())


def coin_and_die(split: Split, template: str) -> Result | None:
    if "coin" not in template or " die" not in template or not quick(template, "probability",
                                                                      "chance"):
        return None
    w = Wording.of(split, template)
    die = w.take(_DIE)  # first: "and roll a die" follows the coin
    coin, ask, event = w.take(_COIN), w.take(ASK), w.take(_EVENT) + w.take(_EVENT_SHORT)
    if len(coin) != 1 or len(die) != 1 or len(ask) != 1 or len(event) != 1 \
            or not w.only_glue(_GLUE):
        return None
    sides = int(die[0].group("s") or die[0].group("s2") or 6)
    if not 2 <= sides <= 100:
        raise Decline("a die of a modest number of sides")
    e = event[0]
    test, words = predicate(e)
    side = {"a head": "heads", "a tail": "tails"}.get(e.group("side"), e.group("side"))
    pairs = [(c, f) for c in ("heads", "tails") for f in range(1, sides + 1)]
    good = sum(1 for c, f in pairs if c == side and test(f))
    faces = sum(1 for f in range(1, sides + 1) if test(f))
    return answer(good, len(pairs), f"{side} and the die {words}", faces,
                  "one side of the coin times the faces that qualify",
                  f"Of the 2 \\cdot {sides} = {len(pairs)} equally likely pairs, {good} have "
                  f"{side} with the die {words}.", f"2 \\cdot {sides}")


__all__ = ["coin_and_die"]
