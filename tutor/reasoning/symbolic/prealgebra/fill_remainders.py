"""Reader of a container of known capacity, part full, asked how much is in it or how much
more fills it: "A pool holds 80 litres and is 25% full. How many more litres are needed to
fill it?", "A tank holds 240 liters. It is 3/8 full. How many more liters to fill it?", "A
60-gallon tank is 2/5 full. How much water is in it?", "A jug that holds 8 cups is one third
full. How many cups of juice are in the jug?".

The story says the capacity, C UNITs ("a/the W holds (can hold, has a capacity of) C UNITs",
"a C UNIT W", "a W that holds C UNITs"), and the level F, a fraction below one or a percent
below 100 ("... and is F full", "It is (currently, now) F full"). The question asks either how
many (more) UNITs are needed to fill it (the W), how many more UNITs it can hold, or how much
(LIQUID) or how many UNITs (of LIQUID) are in it (the W), or it contains. Another unit or
container, a number in the question, or any other clause leaves the problem unread; "how many
more UNITs are needed" without what for is not read.

In it is F*C, missing is C(1 - F); either is confirmed by adding the other back to make the
capacity, in exact fractions.
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

_OWNER = r"(?:a|an|the|my|our|his|her|their)"
_HOLDS = r"(?:holds|can hold|has a capacity of|has a volume of|will hold)"
_C = r"(?P<c>#\d+(?:\.\d+)?)"
_LEVEL = (r"(?:is|it is|it's|its|was) (?:currently |now |only )?"
          r"(?P<f>#\d+/\d+|#\d+(?:\.\d+)? percent)(?: times)? full")
_STORIES = [
    # a W that holds C UNITs is F full
    re.compile(rf"^{_OWNER} (?:[a-z]+ )?(?P<w>[a-z]+) (?:that|which) {_HOLDS} {_C} "
               rf"(?P<unit>[a-z]+)(?: of [a-z]+)? {_LEVEL}$"),
    # a/the W holds C UNITs and is F full / ... . it is F full
    re.compile(rf"^{_OWNER} (?:(?!that |which )[a-z]+ )?(?P<w>(?!that\b|which\b)[a-z]+) "
               rf"{_HOLDS} {_C} (?P<unit>[a-z]+)"
               rf"(?: of [a-z]+)?(?: and| \.)? {_LEVEL}$"),
    # a C UNIT W is F full
    re.compile(rf"^{_OWNER} {_C} ?-?(?P<unit>[a-z]+) (?:[a-z]+ )?(?P<w>[a-z]+) {_LEVEL}$"),
]


def _it(name: str = "w") -> str:
    """'it' or 'the W' (the container named again), W caught as `name`."""
    return rf"(?:it|(?:the|my|our|this) (?:[a-z]+ )?(?P<{name}>[a-z]+))"


_IT = _it()
_NEED = (r"(?: (?:are|is|would be|will be) (?:needed|required)"
         r"| (?:do|does|would|will) (?:you|i|we|it|they|he|she) need"
         r"| (?:does|would|will) it take| (?:must|should) be (?:added|poured in))?")
_ASKS = [
    ("missing", re.compile(
        rf"^how (?:many (?:more )?(?P<unit>[a-z]+)|much more(?: (?P<stuff>[a-z]+))?)"
        rf"(?: of [a-z]+)?{_NEED} to fill {_IT}(?: up)?(?: completely| all the way)?$")),
    ("missing", re.compile(
        rf"^how many more (?P<unit>[a-z]+) (?:can|will|would) {_IT} hold$")),
    ("inside", re.compile(
        rf"^how (?:many (?P<unit>[a-z]+)(?: of [a-z]+)?|much(?: (?P<stuff>[a-z]+))?) "
        rf"(?:(?:are|is) (?:there )?(?:in|inside) {_IT}(?: now| right now)?"
        rf"|(?:does|do) {_it('w2')} (?:contain|have in it)(?: now)?)$")),
]


def _story(text: str) -> re.Match[str] | None:
    for pattern in _STORIES:
        if (found := pattern.fullmatch(text)) is not None:
            return found
    return None


def _ask(text: str) -> tuple[str, re.Match[str]] | None:
    for asked, pattern in _ASKS:
        if (found := pattern.fullmatch(text)) is not None:
            return asked, found
    return None


def fill_remainders(split: Split, template: str) -> Result | None:
    if "full" not in template:
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is not None and len(sentences) == 1:  # typed without marks
        sentences = re.split(r" (?=how (?:many|much) )", sentences[0], maxsplit=1)
    if sentences is None or len(sentences) not in (2, 3) or "#" in sentences[-1]:
        return None
    story, read = _story(" . ".join(sentences[:-1])), _ask(sentences[-1])
    if story is None or read is None:
        return None
    asked, ask = read
    if any(ask.groupdict().get(k) not in (None, story.group("w")) for k in ("w", "w2")):
        return None
    if ask.group("unit") not in (None, story.group("unit")):
        return None
    if ask.group("unit") is None and ask.group("stuff") in {  # "how much time", "how much money"
            "time", "money", "longer", "space", "room", "more", "less", "faster"}:
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
    steps = [step("already in", "The part full times the capacity.", f"${now}$", now)]
    if asked == "inside":
        answer = inside
    else:
        more = f"{nw.tex_of(capacity)} - {nw.tex_of(inside)} = {nw.tex_of(missing)}"
        steps.append(step("still to fill", "The capacity less what is in.", f"${more}$", more))
        answer = missing
    return sp.Rational(answer.numerator, answer.denominator), steps


__all__ = ["fill_remainders"]
