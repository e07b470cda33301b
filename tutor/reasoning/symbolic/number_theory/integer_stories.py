"""An integer described in a short story by the condition language of `integer_conditions`:
"Kim is thinking of a positive integer less than 200. It is two more than a multiple of
9, and it is one less than a multiple of 4. What is the greatest possible integer Kim could
be thinking of?", "The number of books on the shelf is more than 30 and fewer than 60 and
is 1 less than a multiple of 5 and 2 more than a multiple of 7. How many books are on the
shelf?".

The story is put back into one question ("the greatest positive integer less than 200 that
is two more than a multiple of 9 and is one less than a multiple of 4") and answered by the
search reader, which confirms it a second way. Words outside the conditions may only name
who or what is counted: a word that could add a condition ("not", "more", "left", "if",
"each" ...) there, or any number, declines.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import search
from tutor.reasoning.symbolic.number_theory.condition_phrases import NOUN
from tutor.reasoning.symbolic.number_theory.integer_properties import number_word
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

# a word that only names: never one that could change what is counted
_NAME = (r"(?!(?:not|no|none|more|less|fewer|than|if|when|after|before|each|every|left|over|"
         r"remain|remains|extra|twice|half|times|and|or|but|also|other|another|only|except|all|"
         r"total|sum|many|much|least|most|first|last|is|are|was|were|it|possible|greatest|"
         r"largest|smallest|number|numbers|integer|integers|between|at|exactly|multiple|"
         r"remainder|divided|same|different|new|old|ago|from|now|then)\b)[a-z']+")
_NAMES = r"(?:" + _NAME + r" ){0,5}"
_TAIL = r"(?: " + _NAME + r"){0,6}"  # "kim could be thinking of", "in the hall"
_INTRO = [
    re.compile(r"^" + _NAMES + r"(?:is thinking of|thinks of|picked|picks|chose|chooses|has in "
               r"mind) (?P<noun>an? (?:" + NOUN + r"))(?P<rest>[^.?]*)\. "),
    re.compile(r"^" + _NAMES + r"(?:has|had) (?P<noun>an? (?:" + NOUN + r")) in mind"
               r"(?P<rest>[^.?]*)\. "),
    re.compile(r"^the number of (?P<thing>(?:" + _NAME + r" ){1,5}?)(?:is|was) (?P<rest>[^.?]*)"
               r"\. "),
    # "Lena's favorite number is between 30 and 60."
    re.compile(r"^" + _NAMES + r"(?:favorite|favourite|secret|mystery|lucky|chosen) (?:number|"
               r"integer) is (?P<rest>[^.?]*)\. "),
]
_OWNER = r"(?:my|his|her|their|(?:[a-z]+'s))"
_SUBJECT = (r"(?:it|this number|the number|this integer|the integer|" + _OWNER
            + r" (?:(?:favorite|favourite|secret|mystery|lucky|chosen) )?(?:number|integer))")
_MORE = re.compile(r"^" + _SUBJECT + r" (?P<verb>is|was|has|leaves|gives) (?P<rest>[^.?]*)\. ")
_DIGITS = re.compile(r"^(?P<rest>the (?:sum|product) of its digits (?:is|equals) [^.?]*)\. ")
# "He gives the following 3 clues." (the clues that follow are counted)
_CLUES = re.compile(r"^(?:he|she|they|" + _NAMES + r")(?:gives|gave|offers|provides|has given) "
                    r"(?:(?:the following|these|some) )?(?P<k>@\d+@|two|three|four|five) clues"
                    r"(?: about (?:it|the number|his number|her number))?[:.] ")
# "What is Bob's favorite number?", "What number is Kim thinking of?"
_WHICH = re.compile(r"^(?:(?:what|which) (?:is|was) " + _SUBJECT + r"|(?:find|name) " + _SUBJECT
                    + r"|what (?:number|integer) (?:is|was|could|does|did) (?:he|she|they|(?:"
                    + _NAME + r" ){1,3})(?:be )?(?:thinking of|thinking about|have in mind|"
                    r"have chosen|have picked|choose|pick|think of))\s*[?.]?$")
_ORDER = re.compile(r"^what is the (?P<order>greatest|largest|least|smallest) possible "
                    r"(?:integer|number|value)(?: of (?P<thing>(?:" + _NAME + r" ){0,4}"
                    + _NAME + r"))?" + _TAIL + r"\??$")
_HOW_MANY = re.compile(r"^how many (?P<thing>" + _NAME + r") (?:are|were|is|does|do)(?: there)?"
                       + _TAIL + r"\??$")


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:thinking|thinks|picked|picks|chose|chooses|mind|the number of|"
                     r"favorite|favourite|secret|mystery|lucky)\b", template):
        return None
    body = re.sub(r"\s+", " ", re.sub(r"``|''|\"", " ", template)).strip() + " "
    body = re.sub(r" \. ", ". ", body)
    intro = next((m for p in _INTRO if (m := p.match(body))), None)
    if intro is None:
        return None
    conds = [intro.group("rest").strip()]
    rest = body[intro.end():]
    clues = _CLUES.match(rest)
    if clues is not None:
        rest = rest[clues.end():]
    while (more := _MORE.match(rest) or _DIGITS.match(rest)) is not None:
        verb, said = more.groupdict().get("verb"), more.group("rest").strip()
        conds.append(said if verb is None else f"is {said}" if verb in ("is", "was") else
                     f"{verb} {said}")
        rest = rest[more.end():]
    given: frozenset[int] = frozenset()
    if clues is not None:  # the clues said to follow must be the ones read
        k = clues.group("k")
        told = integer(split.maths[int(k[1:-1])]) if k.startswith("@") else number_word(k)
        if told != len(conds) - 1:
            raise Decline("the number of clues read is not the number said")
        given = frozenset({int(k[1:-1])}) if k.startswith("@") else given
    question = rest.strip()
    noun = intro.groupdict().get("noun") or ("an integer" if "favorite" in intro.group(0) or
                                             "favourite" in intro.group(0) or "secret" in
                                             intro.group(0) else "a positive integer")
    thing = intro.groupdict().get("thing")
    if any(re.search(r"@\d+@", w) for w in (thing or "",)):
        return None
    said = " and ".join(c for c in conds if c)
    order = _ORDER.match(question)
    many = _HOW_MANY.match(question)
    if order is not None:
        if thing and order.group("thing") and order.group("thing").split()[-1] not in \
                thing.split():
            raise Decline("the question counts something else")
        asked = f"what is the {order.group('order')} {noun[noun.index(' ') + 1:]} {said}"
    elif many is not None and thing is not None:
        if many.group("thing") not in thing.split():
            raise Decline("the question counts something else")
        asked = f"what {noun[noun.index(' ') + 1:]} {said}"  # the one integer, searched both ways
    elif _WHICH.match(question) and thing is None:
        asked = f"what {noun[noun.index(' ') + 1:]} {said}"
    else:
        return None
    return search.read(split, asked.strip(), given)


__all__ = ["read"]
