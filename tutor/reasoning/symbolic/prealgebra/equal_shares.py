"""Reader of things shared equally among people: "4 children share 3 cakes equally. How much
cake does each get?", "3 people share 9 sandwiches equally. How many sandwiches does each
get?".

One sentence of story: "N PEOPLE share M THINGS equally (among/between themselves)"; one
question: how much THING (or how many THINGS) does each (PERSON) get. Asked "how many", the
share must be a whole count, or the problem declines; another thing or person asked about,
or a number in the question, leaves it unread.

Each share M/N is confirmed by multiplying back: N shares make the M things.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw

_STORY = re.compile(r"^#(?P<n>\d+) (?P<people>[a-z]+) (?:share|shared|split) #(?P<m>\d+) "
                    r"(?P<things>[a-z]+) equally(?: (?:among|between) (?:them|themselves))?$")
_ASK = re.compile(r"^how (?:much (?P<thing>[a-z]+)|many (?P<things>[a-z]+)) (?:does|did|will|"
                  r"would) each(?: (?P<person>[a-z]+))? (?:get|receive|have)$")


def _same(a: str, b: str) -> bool:
    return a.removesuffix("s") == b.removesuffix("s")


def equal_shares(split: Split, template: str) -> Result | None:
    if "equally" not in template:
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is None or len(sentences) != 2 or "#" in sentences[1]:
        return None
    story, ask = _STORY.fullmatch(sentences[0]), _ASK.fullmatch(sentences[1])
    if story is None or ask is None:
        return None
    asked = ask.group("thing") or ask.group("things")
    if not _same(asked, story.group("things")):
        return None
    if ask.group("person") is not None and not _same(ask.group("person"), story.group("people")):
        return None
    n, m = int(story.group("n")), int(story.group("m"))
    if n < 2 or m < 1:
        return None
    share = Fraction(m, n)
    if ask.group("things") and share.denominator != 1:
        raise Decline("the things do not share out as a whole number each")
    confirm.check(share * n == m, "the shares multiplied back make the things shared")
    claim = f"\\frac{{{m}}}{{{n}}} = {nw.tex_of(share)}"
    steps = [step("each share", f"{m} {story.group('things')} shared by {n}.", f"${claim}$",
                  claim)]
    return sp.Rational(share.numerator, share.denominator), steps


__all__ = ["equal_shares"]
