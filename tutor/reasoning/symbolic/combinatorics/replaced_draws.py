"""Reader of one draw put back and repeated: an item is drawn from a bag of several
colours, its colour noted, and it is put back; this is done n times. The event counts the
draws of one colour (exactly, at least or at most k; all of them; none).

Phrasings reached: "A jar has 4 white and 6 black beads. Ella draws a bead at random,
records its colour, and puts it back. She does this 5 times. What is the probability that
she draws a white bead exactly 3 times?", "A marble is drawn, its colour noted, and it is
put back. This is done 4 times. What is the probability that exactly 2 red marbles are
drawn?". Each draw is a trial whose chance is the colour's share of the bag; the answer
comes from `trials` (the distribution of the count, confirmed by listing every sequence).
"""

from __future__ import annotations

from fractions import Fraction

from tutor.reasoning.symbolic.combinatorics.chance import ASK
from tutor.reasoning.symbolic.combinatorics.trial_wording import success_event
from tutor.reasoning.symbolic.combinatorics.trials import Trials, solve
from tutor.reasoning.symbolic.combinatorics.urn_wording import (
    ADJECTIVES,
    CONTAINER,
    STOCK_PHRASES,
    singular_kind,
    stock_counts,
)
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_ITEM = r"(?:[a-z]+)"
_NOTE = r"(?:,? (?:its|the) colou?r (?:is )?(?:noted|recorded|written down))"
_BACK = (r",? (?:and )?(?:then )?(?:it is )?(?:put back|replaced|returned)(?: (?:in|into|to) the "
         + CONTAINER + r")?")
_ONCE = [
    r" (?:a|an|one) " + _ITEM + r" is (?:randomly )?(?:drawn|selected|picked|taken|removed)(?: at "
    r"random)?" + _NOTE + r"?" + _BACK + r"\b",
    r" (?:randomly )?(?:draws|picks|selects|takes|removes) (?:a|an|one) " + _ITEM
    + r"(?: at random)?(?:,? (?:notes|records|writes down) (?:its|the) colou?r)?,? (?:and )?"
    r"(?:then )?(?:puts|returns|replaces) it(?: back)?(?: (?:in|into|to) the " + CONTAINER
    + r")?\b"]
_AGAIN = [r"[.;,]? (?:this|that) is (?:done|repeated) #(?P<n>\d+) times\b",
          r"[.;,]? (?:(?:she|he|they|i|we|you|[a-z]+) )?(?:does|do|repeats|repeat) (?:this|that)"
          r"(?: process)? #(?P<n>\d+) times\b",
          r"[.;,]? (?:and )?(?:then )?repeats (?:this|the) process until (?:she|he|they|i|we) "
          r"(?:has|have) (?:drawn|withdrawn|picked|taken) #(?P<n>\d+) " + _ITEM + r"\b"]
_CMP = r"(?P<cmp>exactly|at least|at most|more than|fewer than|less than) #(?P<k>\d+)"
_EVENTS = [
    r" " + _CMP + r" (?:of (?:the|them|these)(?: " + _ITEM + r")?(?: (?:drawn|(?:that )?(?:she|he|"
    r"they) (?:draws|removes|picks)))? )?(?:are|were|is|will be) (?P<c>" + ADJECTIVES + r")\b",
    r" " + _CMP + r" (?P<c>" + ADJECTIVES + r") " + _ITEM + r" (?:are|were|is|will be) (?:drawn|"
    r"removed|picked|selected)\b",
    r" (?:(?:she|he|they|i|we|you) )?(?:draws|removes|picks|gets) an? (?P<c>" + ADJECTIVES + r") "
    + _ITEM + r" " + _CMP + r" times\b"]


def replaced_draws(split: Split, template: str) -> Result | None:
    if not quick(template, "probability", "chance") or not quick(
            template, "back", "replace", "return"):
        return None
    w = Wording.of(split, template)
    w.take_subject("draws|picks|selects|takes|removes|repeats|does|randomly")
    stock = [m for p in STOCK_PHRASES for m in w.take(p)]
    once = [m for p in _ONCE for m in w.take(p)]
    again = [m for p in _AGAIN for m in w.take(p)]
    ask = w.take(ASK)
    found = [m for p in _EVENTS for m in w.take(p)]
    w.take(r" (?:at random|randomly)\b")
    if len(stock) != 1 or len(once) != 1 or len(again) != 1 or len(ask) != 1 or \
            len(found) != 1 or not w.only_glue({"she", "he", "they", "then", "from", "the",
                                                "it", "and"}):
        return None
    kinds, _nouns = stock_counts(stock[0])
    e = found[0]
    colour = singular_kind(e.group("c"))
    if colour not in kinds:
        raise Decline("a colour the bag does not hold")
    n = int(again[0].group("n"))
    p = Fraction(kinds[colour], sum(kinds.values()))
    if not 0 < p < 1:
        raise Decline("a colour that is all of the bag or none of it")
    trials = Trials([(n, p)], f"a {colour} item")
    return solve(trials, success_event("count", e, n))


__all__ = ["replaced_draws"]
