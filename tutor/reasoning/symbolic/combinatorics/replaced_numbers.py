"""Reader of two draws from one stock of numbered things, the first put back before the
second: "Six balls numbered 1 through 6 are in a bag. Leo draws a ball, notes its number
and puts it back, then draws a ball again. What is the probability that the product of the
two numbers is odd and greater than 5?", "A box has 8 cards numbered 1 to 8. A card is drawn
at random and replaced, and then a second card is drawn ...", "there are 6 chips numbered 1
to 6 in a cup. draw one, put it back, draw again. probability the sum is prime".

That the first thing goes back must be said ("puts it back", "replaced", "returns it"):
without it a second draw takes a different thing. Put back, every ordered pair of numbers
is equally likely, so the event (the sum, product or positive difference of the two numbers
with a property, `events.PROPERTY`, joined by and, or, not) is counted over the n^2 pairs
by `two_source_picks.statistic`, and again by its complement.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.two_source_picks import (
    STAT,
    Source,
    differences_plainly,
    statistic,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ITEM = r"(?:ball|marble|card|tile|chip|slip|disc|disk|token|counter)"
_BOX = r"(?:bag|box|jar|urn|hat|bowl|bin|cup|pile|basket|container)"
_RANGE = r"numbered #(?P<a>\d+) (?:through|to|-|–|—) #(?P<b>\d+)(?:,? inclusive)?"
_SENTENCE = r"(?:(?<=^ )|(?<=[.;] ))"
_STOCK = [  # "#6 balls numbered #1 through #6 are in a bag", "a box has #8 cards numbered ..."
    _SENTENCE + r"(?:#(?P<n>\d+) )?" + _ITEM + r"s " + _RANGE + r" (?:are|have been put|are "
    r"put|are placed) in (?:a|an|the) " + _BOX + r"\b",
    _SENTENCE + r"(?:a|an|the) " + _BOX + r" (?:has|contains|holds) #(?P<n>\d+) " + _ITEM
    + r"s,? " + _RANGE,
    _SENTENCE + r"there are #(?P<n>\d+) " + _ITEM + r"s " + _RANGE + r" in (?:a|an|the) " + _BOX
    + r"\b",
    # "#7 cards are numbered #1 through #7 and (are) put in a hat"
    _SENTENCE + r"(?:#(?P<n>\d+) )?" + _ITEM + r"s are " + _RANGE + r",? and (?:are )?(?:placed|"
    r"put) in(?:to)? (?:a|an|the) " + _BOX + r"\b"]
_DRAW = r"(?:draws?|picks?|takes?|selects?|chooses?|pulls? out)"
_WHO = r"(?:(?:[a-z]+|she|he|you|i|we) )?(?:will )?"
_FROM = r"(?: from the " + _BOX + r")?"
_ONE_ITEM = r"(?:(?:a|an|#1) " + _ITEM + r"|a|an|#1)"
_FIRST = [  # "leo draws a ball (at random)", "raj randomly takes a token", "a card is drawn"
    _WHO + r"(?:randomly )?" + _DRAW + r" " + _ONE_ITEM + r"(?: at random| randomly)?" + _FROM
    + r"(?=[ ,;.])",
    r" (?:a|an) " + _ITEM + r" is (?:drawn|picked|taken|selected|chosen)(?: at random| "
    r"randomly)?" + _FROM]
_NOTE = (r"(?:,|,? and)? (?:then )?(?:notes|records|writes down|looks at|reads|look at|read|"
         r"note|record) (?:its number|it|the number)")
_BACK = (r"(?:,|,? and|;)? (?:then )?(?:(?:puts|put) it back(?: in(?:to)? the " + _BOX + r")?|"
         r"(?:replaces|returns|return|replace) it(?: to the " + _BOX + r")?|(?:is )?replaced)")
_SECOND = [  # "then draws a ball again", "then a second card is drawn", "and pick again"
    r"(?:,|,? and|;)? (?:then )?" + _WHO + r"(?:randomly )?" + _DRAW + r" (?:(?:a|an) " + _ITEM
    + r" |(?:a second|another) " + _ITEM + r" )?again\b" + _FROM,
    # "then nia will again randomly pick a card from the hat", "then draws another card"
    r"(?:,|,? and|;)? (?:and )?then " + _WHO + r"again (?:randomly )?" + _DRAW + r" "
    + _ONE_ITEM + _FROM,
    r"(?:,|,? and|;)? (?:and )?then " + _WHO + _DRAW + r" (?:a second|another) " + _ITEM
    + r"\b" + _FROM,
    r"(?:,|,? and|;)? (?:and )?then (?:a|the) second " + _ITEM + r" is (?:drawn|picked|taken|"
    r"selected|chosen)\b"]
_PAIRS = 1_000_000


def replaced_numbers(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "back", "replaced", "returns", "return", "replaces"):
        return None
    w = Wording.of(split, template)
    differences_plainly(w)
    w.text = re.sub(r" of (?:his|her|my|our|your) #2 numbers\b", " of the #2 numbers", w.text)
    w.text = re.sub(r" will be\b", " is", w.text)
    stock = w.take_first(_STOCK)
    second = w.take_first(_SECOND)
    first = w.take_first(_FIRST)
    if stock is None or first is None or second is None:
        return None
    w.take(_NOTE)
    if w.take_one(_BACK) is None:
        return None
    if len(w.take(ASK)) != 1 or len(stat := w.take(STAT)) != 1:
        return None
    if not w.only_glue(frozenset({"and", "then", "whats", "is"})):
        return None
    a, b = int(stock.group("a")), int(stock.group("b"))
    n = int(stock.group("n")) if stock.group("n") else b - a + 1
    if n != b - a + 1 or n < 2:
        raise Decline("the count of things does not match their numbers")
    if n * n > _PAIRS:
        raise Decline("more pairs than I can list")
    pool = list(range(a, b + 1))
    return statistic(Source("first", pool), Source("second", pool), stat[0])


__all__ = ["replaced_numbers"]
