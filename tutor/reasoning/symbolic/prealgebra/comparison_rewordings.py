"""Student comparisons with words left out, said again in full for `story_equations`: "Anna
has 18 books, Lily has 5 less than Anna. How many does Lily have?", "Carl has 14 stamps and
Ben has three times as many as Carl.", "Sam has 3 more marbles than Tom. Tom has 7 marbles. How
many marbles do they have altogether?", "Jo's dad is 44 and Jo is half his age. How old is
Jo?".

What is filled in, and only when the story leaves one way to fill it:
- the one thing the story counts ("books"), after "N more/fewer/less than" and "as many" and
  in "how many does X have", when the story counts exactly one kind of thing;
- "they" in the question, as the two people the story names (exactly two);
- "his/her/their age", as "as old as" the one other person whose age the story tells, and
  "half PERSON's age" as "half as old as PERSON".
Nothing else changes. The full story is then read by `story_equations`, which solves every
reading and checks each relation again in exact fractions; a story it cannot read stays
unread.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import story_equations

_NOT_THINGS = frozenset("more fewer less times as than and years year old each".split())
_TIMES = r"(?:twice|half|@\d+@ times|[a-z]+ times)"


def _counted(text: str) -> set[str]:
    """The words right after a number: what the story counts."""
    return {w for w in re.findall(r"@\d+@ ([a-z]+)\b", text) if w not in _NOT_THINGS}


def _people(text: str) -> list[str]:
    """The people who have things, in order of first mention."""
    seen: list[str] = []
    for name in re.findall(r"\b([a-z]+) (?:has|had|have)\b", text):
        if name not in seen and name not in {"they", "who", "it", "he", "she", "and"}:
            seen.append(name)
    return seen


def _things_filled(text: str) -> str:
    things = _counted(text)
    if len(things) != 1:
        return text
    (noun,) = things
    text = re.sub(r"\b(more|fewer|less) than\b", rf"\1 {noun} than", text)
    text = re.sub(r"\bas many as\b", f"as many {noun} as", text)
    return re.sub(r"\bhow many (does|do|did|will) ", rf"how many {noun} \1 ", text)


def _they_named(text: str) -> str:
    people = _people(text)
    if len(people) != 2 or not re.search(r"\b(?:do|did|will) they have\b", text):
        return text
    return re.sub(r"\b(do|did|will) they have\b", rf"\1 {people[0]} and {people[1]} have", text)


def _ages_said(text: str) -> str:
    text = re.sub(rf"\b({_TIMES}) ((?:his|her|their|my) [a-z]+|[a-z]+)'s age\b",
                  r"\1 as old as \2", text)
    told = {m for m in re.findall(r"\b((?:[a-z]+'s |his |her |their )?[a-z]+) is @\d+@", text)}
    m = re.search(rf"\b(?:(?P<owner>[a-z]+)'s )?([a-z]+) is ({_TIMES}) (?:his|her|their) age\b",
                  text)
    if m is None:
        return text
    others = {t for t in told if t != m.group(2)}
    if len(others) != 1:
        return text
    (other,) = others
    if m.group("owner") not in (None, other):
        return text  # "Tom's dad is 40 and Tom's sister is half his age": Tom's or his dad's?
    return text[:m.start()] + f"{m.group(2)} is {m.group(3)} as old as {other}" + text[m.end():]


def comparison_rewordings(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:than|as many|they|age)\b", template):
        return None
    plain = re.sub(r"\s+", " ", template.lower()).strip()
    words = _ages_said(_they_named(_things_filled(plain)))
    if words == plain or re.findall(r"@\d+@", words) != re.findall(r"@\d+@", plain):
        return None
    return story_equations.story_equations(Split(words, split.maths), words)


__all__ = ["comparison_rewordings"]
