"""Reader of a count of things in one place as some leave and some come: "20 birds were on a
tree, 6 flew away and then 3 came back. How many birds are on the tree now?", "There were 35
people on a bus. At the first stop 12 got off and 8 got on. How many people are on the bus
now?", "A pond had 14 ducks. 5 ducks swam away, then 9 more ducks arrived."

The story opens with the count in its place ("N THINGS were on/in/at a PLACE", "there were N
THINGS on a PLACE", "a PLACE had N THINGS"); each later clause (cut at full stops, commas,
"and", "then") is one event, "k (more) (THINGS) VERB" with VERB a leaving ("flew away", "got
off", "left") or a coming ("came back", "got on", "arrived"). The question asks how many
(THINGS) are in the place now (or are left, are there now). Any other clause, another thing
or place, a number in the question, or a question in the past tense without "now" ("how many
were on the tree?": at the start or at the end) leaves it unread or declines.

The count is followed event by event (never below zero); the answer is confirmed by undoing
the events from the end, which must give back the count the story started with.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.story_words import same_thing

_PLACE = r"(?:a|an|the) (?P<place>[a-z]+(?: [a-z]+)?)"
_START = [
    re.compile(r"^(?:there (?:were|are) )?#(?P<n>\d+) (?P<things>[a-z]+)"
               r"(?: (?:were|are|sat|sit|stood|stand|lived|live|waited|wait|rode|ride))? "
               rf"(?:on|in|at) {_PLACE}$"),
    re.compile(rf"^{_PLACE} (?:had|has|held|holds) #(?P<n>\d+) (?P<things>[a-z]+)"
               r"(?: (?:on|in) it)?$"),
]
_LEAVE = ("flew away|flew off|got off|got out|swam away|went away|ran away|walked away|"
          "walked out|drove away|drove off|hopped away|hopped off|went home|jumped off|"
          "climbed off|were taken(?: away| out)?|were removed|were sold|left")
_COME = ("came back|flew back|swam back|ran back|walked back|drove back|hopped back|"
         "returned|got on|got in|arrived|joined(?: them)?|came|flew in|landed|walked in|"
         "hopped on|jumped on|climbed on|came in|were added|were put back|were brought in")
_EVENT = re.compile(
    r"^(?:(?:at|on) the [a-z]+ stop |later |after that |next |then )?"
    r"#(?P<k>\d+)(?P<more> more)?(?: (?P<things>[a-z]+))? "
    rf"(?:(?P<leave>{_LEAVE})|(?P<come>{_COME}))$")
_CUT = re.compile(r"\s*[.,]\s*(?:and )?(?:then )?|\s+and then\s+|\s+and\s+|\s+then\s+")
_ASKED_PLACE = r"[a-z]+(?: (?!now\b|have\b)[a-z]+)?"
_ASK = re.compile(
    r"^how many(?: (?P<things>[a-z]+))? (?P<verb>are|were|is) "
    rf"(?:(?:there )?(?:on|in|at) (?:a|an|the) (?P<place>{_ASKED_PLACE})|there|left)"
    r"(?P<now> now| at the end| in the end)?$"
    rf"|^how many(?: (?P<things2>[a-z]+))? (?:does|do) (?:a|an|the) (?P<place2>{_ASKED_PLACE})"
    r" have(?P<now2> now| at the end| in the end)?$")


def _question(sentences: list[str]) -> tuple[str, str] | None:
    """The story and its closing question ("..., how many ... now?" in one sentence too)."""
    last = sentences[-1]
    if last.startswith("how many") and len(sentences) > 1:
        return ". ".join(sentences[:-1]), last
    head, sep, ask = last.rpartition(", how many")
    if sep and head:
        return ". ".join([*sentences[:-1], head]), "how many" + ask
    return None


def _same(a: str | None, b: str) -> bool:
    return a is None or same_thing(a, b)


def comings_and_goings(split: Split, template: str) -> Result | None:
    if "how many" not in template:
        return None
    sentences = nw.story_sentences(split, template)
    parts = _question(sentences) if sentences else None
    if parts is None or "#" in parts[1]:
        return None
    story, ask_text = parts
    clauses = [c for c in _CUT.split(story) if c]
    start = next((m for p in _START if (m := p.fullmatch(clauses[0]))), None)
    ask = _ASK.fullmatch(ask_text)
    if start is None or ask is None or len(clauses) < 2:
        return None
    things, place = start.group("things"), start.group("place")
    events = [_EVENT.fullmatch(c) for c in clauses[1:]]
    if any(e is None or not _same(e.group("things"), things) for e in events):
        return None
    moves = [(int(e.group("k")), e.group("come") is not None) for e in events if e is not None]
    for k, e in enumerate(events):
        if e is not None and e.group("more") and e.group("leave") and not any(
                b is not None and b.group("leave") for b in events[:k]):
            return None  # "5 more ran away" with none gone before: more than what, unsaid
    if any(e is not None and e.group("leave") == "left" for e in events) and len(events) < 2:
        raise Decline("'k THINGS left' reads two ways: k went away, or k are what remains")
    if not _same(ask.group("things") or ask.group("things2"), things):
        return None
    asked_place = ask.group("place") or ask.group("place2")
    if asked_place is not None and asked_place != place:
        return None
    if ask.group("verb") == "were" and not ask.group("now"):
        raise Decline("the question in the past tense reads two ways: how many were there at "
                      "the start, or after every coming and going")
    return _follow(int(start.group("n")), moves, things)


def _follow(n: int, moves: list[tuple[int, bool]], things: str) -> Result:
    count, shown = n, [str(n)]
    for k, comes in moves:
        count = count + k if comes else count - k
        if count < 0:
            raise Decline(f"more {things} leave than are there")
        shown.append(f"{'+' if comes else '-'} {k}")
    back = count
    for k, comes in reversed(moves):  # undo each event from the last
        back = back - k if comes else back + k
    confirm.check(back == n, "undoing every coming and going from the end gives the start")
    claim = f"{' '.join(shown)} = {count}"
    steps = [step("follow the count", f"Start from {n} {things}; each one leaving takes one "
                  "away, each one coming adds one.", f"${claim}$", claim)]
    return sp.Integer(count), steps


__all__ = ["comings_and_goings"]
