"""The item in a given place of a pattern told by runs of counted items: "A string of lights
has 3 red bulbs, then 2 green bulbs, then 3 red bulbs, then 2 green bulbs, and so on. What
colour is the 47th bulb?", "Beads are threaded two white, three black, one gold, and the
pattern repeats. What is the colour of the 40th bead?", "The first five marbles are gray,
followed by four white, followed by three black, followed by five gray, ... ".

The runs are written out item by item; the block that repeats is the runs said once with
"repeats" (or "cycle"), or the shortest block of runs shown at least twice before "and so on"
("..."). The answer is the item at place ((n - 1) mod L) + 1 of the block
(`repeating_patterns`), confirmed by writing the pattern out one item after another. A total
told ("a total of 180 marbles") must reach the place asked; any other number or a word
outside the story's small vocabulary declines.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory.repeating_patterns import place_in_block, shown_twice
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_WORD = r"(?!(?:then|and|followed|by|the|are|is)\b)[a-z]+"
# a run: "3 red (bulbs)", or "the first 5 (marbles) are gray", "the next 3 are blue"
_RUN = (r"(?:the (?:first|next) #\d+(?: [a-z]+)? (?:are|is) " + _WORD + r"|#\d+ " + _WORD
        + r"(?: " + _WORD + r")?)")
_ONE_RUN = re.compile(r"the (?:first|next) #(?P<k>\d+)(?: (?P<noun>[a-z]+))? (?:are|is) (?P<c>"
                      + _WORD + r")|#(?P<k2>\d+) (?P<c2>" + _WORD + r")(?: (?P<noun2>" + _WORD
                      + r"))?")
_SEP = r"(?:,? (?:and )?then|,? followed by|,? and|,) "
_CHAIN = re.compile(r"(?P<chain>" + _RUN + r"(?:" + _SEP + _RUN + r")+)"
                    r"(?P<end>,? ?(?:and so on|etc|\.{3,}|…)|(?:,? and)? (?:(?:the|this) "
                    r"pattern|this|it) (?:repeats|is repeated|continues))")
_ASKS = [r" (?:what|which) (?:colou?r|one) (?:is|will be) the (?P<n>\d+)(?:st|nd|rd|th) "
         r"(?P<noun>[a-z]+)\b",
         r" what is the colou?r of the (?P<n>\d+)(?:st|nd|rd|th) (?P<noun>[a-z]+)\b"]
_TOTAL = r" (?:a total of|a (?:line|row|string) of) #(?P<total>\d+)\b"
_STORY = frozenset(
    "string strand chain row line necklace are is placed arranged threaded strung laid hung "
    "lined up in of has have there with pattern patterns continues continue if this that these "
    "so on etc colour colours color colors same way lights beads tiles flags marbles balls "
    "cards stones blocks cubes bulbs".split())


def read(split: Split, template: str) -> Result | None:
    if not quick(template, "then", "followed by", "so on", "repeat", "...", "…") or not \
            re.search(r"\d(?:st|nd|rd|th)\b", template):
        return None
    w = Wording.of(split, template.replace("\\ldots", "..."))
    chains, asks = w.take(_CHAIN.pattern), [m for p in _ASKS for m in w.take(p)]
    if len(chains) != 1 or len(asks) != 1:
        return None
    runs, nouns = _runs(chains[0])
    noun = asks[0].group("noun")
    totals = w.take(_TOTAL)
    known = _STORY | {c for _k, c in runs} | nouns | {noun, noun + "s", noun.rstrip("s")}
    if not w.only_glue(known):
        raise Decline("a story that might change the pattern")
    n = int(asks[0].group("n"))
    if len(totals) > 1 or totals and int(totals[0].group("total")) < n:
        raise Decline("the place asked is past the items told")
    told = bool(re.search(r"repeat|continues", chains[0].group("end")))
    block = runs if told else shown_twice(runs)
    items = [colour for k, colour in block for _ in range(k)]
    return place_in_block(items, n, told)


def _runs(chain: re.Match[str]) -> tuple[list[tuple[int, str]], set[str]]:
    """The runs (count, item) in order, and the nouns said after the items ("red bulbs")."""
    runs, nouns = [], set()
    for m in _ONE_RUN.finditer(chain.group("chain")):
        runs.append((int(m.group("k") or m.group("k2")), m.group("c") or m.group("c2")))
        nouns |= {m.group("noun") or m.group("noun2")} - {None}
    if len(nouns) > 1 or any(k < 1 for k, _c in runs):
        raise Decline("runs of one kind of thing, each at least one")
    return runs, nouns


__all__ = ["read"]
