"""Reader of one letter drawn at random from the letters of a word (each letter on its own
tile or card, repeated letters on tiles of their own): the chance that it is a given
letter, a vowel or a consonant, or a letter of another word.

Phrasings reached: "A letter is chosen at random from the word PROBABILITY. What is the
probability that it is a B?", "Each of the letters of MATHEMATICS is written on its own card
and the cards are put in a bag. One card is drawn at random. What is the probability that it
shows a vowel?", "... that the tile has a letter that is in the word TEACH?".
Counted tile by tile (the favourable tiles over all the tiles), confirmed by adding the
letter counts of the favourable letters.
"""

from __future__ import annotations

from collections import Counter

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_VOWELS = set("aeiou")
_W = r"(?:``|\"|“|')?(?P<{0}>[a-z]{{2,20}})(?:''|\"|”|')?"
_SOURCE = [  # where the letters come from
    r" (?:each of )?the (?:#(?P<n>\d+) )?letters (?:of|in) (?:the word )?" + _W.format("w")
    + r"(?= (?:is|are) (?:written|placed|printed|put)\b)",
    r" (?:from|of) (?:the letters (?:of|in) )?(?:the word )?" + _W.format("w") + r"(?= ?[.?,])",
    r" (?:tiles|cards) (?:that )?(?:spell|spelling) (?:out )?(?:the word )?" + _W.format("w")
    + r"\b"]
# what is drawn: "it", "the tile", or the draw said in the event ("a tile randomly selected
# from the bag will have ...")
_SUBJ = (r" (?:it|the (?:tile|card|letter)(?: drawn| chosen| selected| picked)?|(?P<drawn>(?:a|"
         r"the) (?:tile|card|letter) (?:randomly )?(?:drawn|chosen|selected|picked)(?: at "
         r"random)?(?: from the (?:bag|box|hat|jar))?)) (?:is|shows|has|will (?:be|show|have))"
         r"(?: on it)? ")
_EVENT = [
    (_SUBJ + r"(?:the letter |an? )?(?P<x>[a-z])(?= ?[.?])", "letter"),
    (_SUBJ + r"an? (?P<k>vowel|consonant)\b", "kind"),
    (_SUBJ + r"a letter (?:on it )?(?:that is |which is )?(?:in|of|from) the word "
     + _W.format("v") + r"(?= ?[.?])", "word")]
_GLUE = frozenset(
    "each of the letters letter word is are written placed printed put on its own a an separate "
    "square identical same size shape tile tiles card cards slip slips paper piece pieces and "
    "in into bag box hat jar then drawn chosen selected picked taken at random randomly "
    "from what probability that will be it if".split())
_ASK = r" what is the probability(?: that)?\b"
# one tile drawn: "a letter is chosen at random", "one card is drawn", "she draws a tile"
_DRAW = (r" (?:a|one|#1) (?:tile|card|letter|slip)s? (?:is )?(?:then )?(?:randomly )?(?:drawn|"
         r"chosen|selected|picked|taken)\b| (?:[a-z]+ )?(?:draws|picks|chooses|selects|takes) "
         r"(?:a|one|#1) (?:tile|card|letter|slip)\b")


def letter_draws(split: Split, template: str) -> Result | None:
    if "letter" not in template or "probability" not in template:
        return None
    w = Wording.of(split, template)
    found = [(kind, m) for p, kind in _EVENT for m in w.take(p)]
    source = [m for p in _SOURCE for m in w.take(p)]
    ask, draw = w.take(_ASK), w.take(_DRAW)
    if len(found) != 1 or len(source) != 1 or len(ask) != 1 or \
            len(draw) != (0 if found[0][1].group("drawn") else 1) or \
            not w.only_glue(_GLUE):
        return None
    word = source[0].group("w")
    said = source[0].groupdict().get("n")
    if said and int(said) != len(word):
        raise Decline("the number of letters said is not the word's")
    kind, e = found[0]
    if kind == "letter":
        good = {e.group("x")}
        what = f"the letter {e.group('x').upper()}"
    elif kind == "kind":
        if "y" in word:
            raise Decline("a word with a Y: is it a vowel?")
        good = _VOWELS if e.group("k") == "vowel" else set(word) - _VOWELS
        what = f"a {e.group('k')}"
    else:
        good = set(e.group("v"))
        what = f"a letter of {e.group('v').upper()}"
    hits = sum(1 for c in word if c in good)
    if hits == 0:
        raise Decline("no tile qualifies: a misreading is more likely")
    counts = Counter(word)
    confirm.check(sum(counts[c] for c in good) == hits, "adding the counts of the letters that "
                  "qualify gives the same number of tiles")
    p = sp.Rational(hits, len(word))
    claim = f"\\frac{{{hits}}}{{{len(word)}}} = {sp.latex(p)}"
    listed = ", ".join(f"{c.upper()} ({counts[c]})" for c in sorted(counts) if c in good)
    return p, [step("count the tiles", f"{word.upper()} has {len(word)} letters, one on each "
                    f"tile; those that are {what}: {listed}.", f"${claim}$", claim)]


__all__ = ["letter_draws"]
