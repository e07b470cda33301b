"""One item drawn from items numbered by consecutive integers, and a property of its number.
The same for one spin of a spinner with equal sections numbered so, or one roll of a fair
die with its faces numbered so.

The stock: "40 tiles are numbered 1 through 40", "sixty cards are labelled 1, 2, 3, ...,
60", "the numbers from 1 to 200, inclusive, are written on slips and put in a hat". The
draw: "a tile is drawn at random", "Mo picks one card", "a number is randomly selected
from the hat". The event: a property of the number in the closed vocabulary of `events`
("the number on the tile is prime", "it is a multiple of 4 or 6 or both", "it is neither
a perfect square nor a perfect cube"). Every number is tested, and the numbers without the
property counted again for the complement.

The devices: "a spinner is divided into 10 equal sections numbered 1 through 10" (the
sections must be said to be equal: otherwise the numbers are not equally likely), "a fair
12-sided die with faces numbered 1 through 12"; spun or rolled once ("is spun", "the
probability of spinning a multiple of 3", "the number rolled is a perfect square").
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.chance import ASK, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ITEM = (r"(?:[a-z]+-)*(?:balls?|tiles?|cards?|slips?(?: of paper)?|chips?|marbles?|tickets?|"
         r"discs?|disks?|cubes?|tokens?|counters?|blocks?)")
_LISTED = (r"#(?P<lo>\d+), ?#(?P<lo2>\d+), ?(?:#(?P<third>\d+), ?)?(?:\.\.\.|\\[lc]?dots|…),? ?"
           r"(?:#(?P<last2>\d+), ?)?#(?P<hi2>\d+)")
_SPAN = r"(?:from )?#(?P<lo3>\d+) (?:through|to) #(?P<hi>\d+)(?:,? inclusive)?"
# every number written out: "numbered 2, 3, 5, 8 and 13" (any whole numbers, all different)
_ALL = r"(?P<all>#\d+(?:, ?#\d+)*,? (?:and )?#\d+)(?! ?, ?(?:\.\.\.|\\[lc]?dots|…))"
_STOCK = [
    r" #(?P<n>\d+),? " + _ITEM + r",? (?:are |were )?(?:numbered|labell?ed|marked)(?: with the "
    r"numbers)? (?:" + _SPAN + r"|" + _LISTED + r"|" + _ALL + r")",
    r" the (?:numbers|integers|whole numbers) " + _SPAN + r",? are (?:placed|put|written)"
    r"(?: on " + _ITEM + r")?(?:,? and (?:placed|put))? (?:in|into) (?:a|the) (?:bag|hat|box|"
    r"jar|bowl|urn)"]
_NUMBERS = r"(?:numbered|labell?ed|marked)(?: with the numbers)? (?:" + _SPAN + r"|" + _LISTED \
    + r"|" + _ALL + r")"
_DEVICES = [
    r" (?:a|the|one) (?:fair )?spinner (?:has|is divided into|with|is split into) #(?P<n>\d+) "
    r"(?:congruent|equal|equal-sized|equally sized|identical|same-sized) (?:sectors|sections|"
    r"regions|parts|spaces|slices|wedges),? (?:which are |that are |each )?" + _NUMBERS,
    r" (?:a|the|one) fair #(?P<n>\d+)-sided die(?: has| with)? (?:its |the )?(?:faces|sides) "
    + _NUMBERS]
_TURN = [r",? (?:and )?(?:it |the spinner |the die )?(?:is|will be) (?:spun|rolled)(?: once)?\b",
         r" (?:[a-z]+ )?(?:spins|rolls) (?:the|it)(?: spinner| die)?(?: once)?\b"]
_LANDS = (r" (?:(?:the spinner|it|the arrow|the pointer|a spin|the spin|one spin) (?:will )?"
          r"lands? on|(?:of )?(?:spinning|"
          r"rolling|landing on)|the number (?:rolled|spun|shown|landed on|on top)(?: will be)?)"
          r"(?: an? (?:number|integer)(?: that is| which is)?)? " + PROPERTY)
_DRAW = [
    r",? (?:and )?(?:a|an|one|#1) (?:" + _ITEM + r"|number|integer) is (?:then )?(?:randomly )?"
    r"(?:chosen|selected|drawn|picked|taken)(?: at random| randomly)?(?: from (?:the|that) "
    r"(?:bag|hat|box|jar|bowl|urn))?\b",
    r" (?:(?!(?:no|not|never)\b)[a-z]+ )?(?:randomly )?(?:picks|draws|chooses|selects|takes) "
    r"(?:a|one|#1) " + _ITEM + r"(?: at random)?\b"]
# said of the stock, changing nothing: "are placed in a hat", "each is equally likely to be drawn"
_SETTING = [r",? (?:and )?(?:are |were )?(?:placed|put|go|lie|sit) (?:in|into) (?:a|the) "
            r"(?:bag|hat|box|jar|bowl|urn)\b",
            r" each (?:" + _ITEM + r"|of them|#1) is equally likely to be (?:chosen|drawn|selected|"
            r"picked)\b"]
_EVENT = (r" (?:the number (?:on|of) (?:the|that|this) (?:selected |chosen |drawn )?" + _ITEM
          + r"|it|its number|the (?:selected |chosen |drawn )?(?:number|integer))(?: chosen| "
          r"selected| drawn)? (?:will )?" + PROPERTY)


def numbered(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "numbered", "labeled", "labelled", "marked", "placed", "put", "written"):
        return None
    w = Wording.of(split, template)
    device = [m for p in _DEVICES for m in w.take(p)]
    if device:  # one spin or roll: said, or in the event ("of spinning a 3", "it lands on")
        stock, turn, ask, event = device, [m for p in _TURN for m in w.take(p)], w.take(ASK), \
            w.take(_LANDS)
        draw = turn or event
    else:
        stock = [m for p in _STOCK for m in w.take(p)]
        for p in _SETTING:
            w.take(p)
        draw = [m for p in _DRAW for m in w.take(p)]
        ask = w.take(ASK)
        event = w.take(_EVENT)
    if len(stock) != 1 or len(draw) != 1 or len(ask) != 1 or len(event) != 1 \
            or not w.only_glue({"then", "from", "bag", "hat", "box", "will"}):
        return None
    g = stock[0].groupdict()
    if g.get("all"):
        return _listed(g, event[0])
    lo = int(g.get("lo") or g["lo3"] or 0)
    hi = int(g.get("hi2") or g["hi"] or 0)
    if g.get("lo2") and (int(g["lo2"]) != lo + 1 or g.get("third") and int(g["third"]) != lo + 2
                         or g.get("last2") and int(g["last2"]) != hi - 1):
        raise Decline("a listed range that does not go up by one")
    if g.get("n") and int(g["n"]) != hi - lo + 1 or not 0 <= lo <= hi or hi - lo > 10**6:
        raise Decline("the items counted are not the numbers listed")
    test, words = predicate(event[0])
    numbers = range(lo, hi + 1)
    good = sum(1 for x in numbers if test(x))
    total = len(numbers)
    second = total - sum(1 for x in numbers if not test(x))
    return answer(good, total, f"the number being {words}", second, "the complement",
                  f"Of the {total} equally likely numbers {lo} to {hi}, {good} are {words}.")


def _listed(g: dict[str, str | None], event: re.Match[str]) -> Result:
    """Items whose numbers are all written out: the list must hold n different numbers."""
    numbers = [int(x) for x in re.findall(r"#(\d+)", g["all"] or "")]
    if len(set(numbers)) != len(numbers) or int(g["n"] or 0) != len(numbers):
        raise Decline("the items counted are not the numbers listed")
    test, words = predicate(event)
    good = sum(1 for x in numbers if test(x))
    second = len(numbers) - sum(1 for x in numbers if not test(x))
    shown = ", ".join(str(x) for x in numbers)
    return answer(good, len(numbers), f"the number being {words}", second, "the complement",
                  f"Of the {len(numbers)} equally likely numbers {shown}, {good} are {words}.")


__all__ = ["numbered"]
