"""Reader of a container of known capacity, part full, asked how much more fills it: "A pool
holds 80 litres and is 25% full. How many more litres are needed to fill it?", "A jug holds 12
cups and is one third full. How many more cups to fill it?".

One sentence of story: "a/the W holds (can hold, has a capacity of) C UNITs and is F full", F a
fraction below one or a percent below 100; one question: how many more UNITs (are needed, do
you need, does it take) to fill it (or the W), or how many more UNITs it can hold. Another
unit or container, a number in the question, or any other clause leaves the problem unread.

What is missing is C(1 - F); it is confirmed by adding back what is already in, F*C, to make
the capacity, in exact fractions.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording

_STORY = re.compile(r"^(?:a|an|the|my|our) (?P<w>[a-z]+) (?:holds|can hold|has a capacity of) "
                    r"(?P<c>#\d+(?:\.\d+)?) (?P<unit>[a-z]+) and is "
                    r"(?P<f>#\d+/\d+|#\d+(?:\.\d+)? percent)(?: times)? full$")
_ASK = re.compile(
    r"^how many more (?P<unit>[a-z]+)(?: (?:are|is|would be|will be) (?:needed|required)"
    r"| (?:do|does|would|will) (?:you|i|we|it|they|he|she) need"
    r"| (?:does|would|will) it take)? to fill (?:it|(?:the|my|our) (?P<w>[a-z]+))(?: up)?"
    r"|^how many more (?P<unit2>[a-z]+) (?:can|will|would) (?:it|(?:the|my|our) (?P<w2>[a-z]+))"
    r" hold$")


def fill_remainders(split: Split, template: str) -> Result | None:
    if "full" not in template or "more" not in template:
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is not None and len(sentences) == 1:  # typed without marks
        sentences = re.split(r" (?=how many more )", sentences[0], maxsplit=1)
    if sentences is None or len(sentences) != 2 or "#" in sentences[1]:
        return None
    story, ask = _STORY.fullmatch(sentences[0]), _ASK.fullmatch(sentences[1])
    if story is None or ask is None:
        return None
    if ask.group("w") not in (None, story.group("w")) or \
            ask.group("w2") not in (None, story.group("w")):
        return None
    if (ask.group("unit") or ask.group("unit2")) != story.group("unit"):
        return None
    token = story.group("f")
    level = (wording.value(token.removesuffix(" percent")) / 100 if token.endswith("percent")
             else wording.value(token))
    capacity = wording.value(story.group("c"))
    if not 0 < level < 1 or capacity <= 0:
        return None
    inside = level * capacity
    missing = capacity * (1 - level)
    confirm.check(inside + missing == capacity, "what is in and what is missing make the capacity")
    now = f"{nw.tex_of(level)} \\cdot {nw.tex_of(capacity)} = {nw.tex_of(inside)}"
    more = f"{nw.tex_of(capacity)} - {nw.tex_of(inside)} = {nw.tex_of(missing)}"
    steps = [step("already in", "The part full times the capacity.", f"${now}$", now),
             step("still to fill", "The capacity less what is in.", f"${more}$", more)]
    return sp.Rational(missing.numerator, missing.denominator), steps


__all__ = ["fill_remainders"]
