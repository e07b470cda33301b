"""Reader of things shared equally among people: "4 children share 3 cakes equally. How much
cake does each get?", "12 cookies shared among 4 friends, how many does each get?", "42
marbles are divided equally among 6 children. How many marbles does each child get?", "Mia
has 30 stickers and splits them equally between 5 kids.", "24 apples are split into 3 equal
bags. How many apples go in each bag?".

One sentence of story ("N PEOPLE share M THINGS equally", "M THINGS are shared/split/divided
(equally) among/between N PEOPLE", "NAME shares M THINGS among N PEOPLE", "NAME has M THINGS
and splits them among N PEOPLE", "NAME and her K friends share M THINGS": K + 1 people)
and one question (a separate sentence, or after a comma, or
"how many ... if ..."): how much THING (or how many THINGS) does each (PERSON) get, or how
many THINGS go in each PERSON. Asked "how many", the share must be a whole count, or the
problem declines; asked "how much" the story must say "equally" (a cake shared among 3 need
not be cut fairly). Another thing or person asked about, or a number in the question, leaves
it unread.

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
from tutor.reasoning.symbolic.prealgebra.dollar_amounts import keep_dollars, rounded_answer
from tutor.reasoning.symbolic.prealgebra.story_words import same_thing

_SHARE = r"(?:shares?|shared|splits?|divides?|divided)"
_EQUAL = r"(?P<equal> equally| evenly)?"
_AMONG = r"(?:among|between|amongst)"
_STORY = [
    # "4 friends share 12 sandwiches equally (among themselves)"
    re.compile(rf"^#(?P<n>\d+) (?P<people>[a-z]+) {_SHARE} #(?P<m>\d+) (?P<things>[a-z]+){_EQUAL}"
               rf"(?: {_AMONG} (?:them|themselves))?$"),
    # "maria and her 4 friends share 35 stickers equally": the one named and k others
    re.compile(rf"^[a-z]+ and (?:his|her|their|my) #(?P<k>\d+) (?P<people>[a-z]+) {_SHARE} "
               rf"#(?P<m>\d+) (?P<things>[a-z]+){_EQUAL}(?: {_AMONG} (?:them|themselves))?$"),
    # "42 marbles are divided equally among 6 children", "12 cookies shared among 4 friends"
    re.compile(rf"^#(?P<m>\d+) (?P<things>[a-z]+) (?:are |were |get |got )?{_SHARE}{_EQUAL} "
               rf"(?:{_AMONG}|into) #(?P<n>\d+) (?:equal )?(?P<people>[a-z]+)"
               r"(?P<equal2> equally| evenly)?$"),
    # "a teacher shares 56 pencils equally among 8 students"
    re.compile(rf"^(?:(?:a|an|the) )?[a-z]+ {_SHARE} #(?P<m>\d+) (?P<things>[a-z]+){_EQUAL} "
               rf"{_AMONG} #(?P<n>\d+) (?P<people>[a-z]+)(?P<equal2> equally| evenly)?$"),
    # "mia has 30 stickers and splits them equally between 5 kids"
    re.compile(rf"^(?:(?:a|an|the) )?[a-z]+ (?:has|had) #(?P<m>\d+) (?P<things>[a-z]+) and "
               rf"{_SHARE} them{_EQUAL} {_AMONG} #(?P<n>\d+) (?P<people>[a-z]+)"
               r"(?P<equal2> equally| evenly)?$"),
]
_ASK = re.compile(
    r"^how (?:much(?: (?P<money>money))?(?= (?:does|did|will|would) )|much (?P<thing>[a-z]+)|many"
    r"(?: (?P<things>[a-z]+))?) (?:does|did|will|would|do) "
    r"each(?: (?:one|(?P<person>[a-z]+)))? (?:get|receive|have|gets|end up with)$"
    r"|^how many (?P<things2>[a-z]+) (?:go|are|will go|are put|will be|went) (?:in|into|on|to) "
    r"each (?P<person2>[a-z]+)$")




def _story_and_ask(split: Split, template: str) -> tuple[str, str] | None:
    """The one sentence of story and the question, however the student joined them."""
    sentences = nw.story_sentences(split, keep_dollars(split, template))  # "$48": dollars
    if sentences is None or not 1 <= len(sentences) <= 2:
        return None
    if len(sentences) == 2:
        return sentences[0].removeprefix("if "), sentences[1]
    one = sentences[0]
    if one.startswith("how ") and " if " in one:  # "how many ... each get if 3 friends ..."
        ask, _, story = one.partition(" if ")
        return story, ask
    m = re.fullmatch(r"(?:if )?(?P<story>.+?),? (?P<ask>how (?:many|much) .+)", one)
    return (m.group("story"), m.group("ask")) if m else None


def equal_shares(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:shar|split|divid)", template):
        return None
    parts = _story_and_ask(split, template)
    if parts is not None:  # "each one" was read as a number
        parts = parts[0], re.sub(r"\beach #1\b", "each one", parts[1])
    if parts is None or "#" in parts[1]:
        return None
    story = next((hit for p in _STORY if (hit := p.fullmatch(parts[0]))), None)
    ask = _ASK.fullmatch(parts[1])
    if story is None or ask is None:
        return None
    asked = ask.group("thing") or ask.group("things") or ask.group("things2")
    if asked is not None and not same_thing(asked, story.group("things")):
        return None
    money = story.group("things") == "dollars"
    if (ask.group("money") is not None or "much" in parts[1] and asked is None) and not money:
        return None  # "how much does each get": an amount of money shared
    person = ask.group("person") or ask.group("person2")
    others = story.groupdict().get("k")  # the one named is among those sharing
    if person is not None and not same_thing(person, story.group("people")) and not (
            others and person in ("person", "one")):
        return None
    counted = ask.group("thing") is None and not money
    equal = story.group("equal") or "equal2" in story.groupdict() and story.group("equal2")
    if not equal and not counted:
        return None  # "3 kids share 2 cakes. How much cake ...": the shares may differ
    n = int(others) + 1 if others else int(story.group("n"))
    m = int(story.group("m"))
    if n < 2 or m < 1:
        return None
    share = Fraction(m, n)
    if counted and share.denominator != 1:
        raise Decline("the things do not share out as a whole number each")
    confirm.check(share * n == m, "the shares multiplied back make the things shared")
    claim = f"\\frac{{{m}}}{{{n}}} = {nw.tex_of(share)}"
    said = f" ({others} {story.group('people')} and the one named)" if others else ""
    steps = [step("each share", f"{m} {story.group('things')} shared by {n}{said}.",
                  f"${claim}$", claim)]
    return rounded_answer((sp.Rational(share.numerator, share.denominator), steps), None, money)


__all__ = ["equal_shares"]
