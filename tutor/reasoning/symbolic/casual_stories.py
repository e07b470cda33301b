"""Stories typed casually, said the way the story readers read them.

- A number in a question standing for the one kind of thing the story counts: "3 notebooks
  cost $4.50. How much does one cost?" asks "how much does one notebook cost" ("A pen costs
  $2. How much do 3 cost?": "3 pens"). With no thing counted, or two kinds, the text stays.
- A price asked with "is": "A shirt costs 20% more than a hat. Together they cost $44. How
  much is the hat?" asks "How much does the hat cost?" when the story tells a cost.
- A random pick said as a condition before a probability: "I have 3 red and 5 blue marbles.
  If I pick one at random, what is the probability it is red?" is "A bag has 3 red and 5
  blue marbles. One is picked at random. What is the probability it is red?".

Used by `casual_text` after the text as written declines; every other word stays for the
readers to read or decline on.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.prealgebra import story_phrases, story_words

# "3 notebooks cost $4.50. How much does one cost?": a number standing for the one kind of
# thing counted in the story, said with its noun ("how much does one notebook cost")
_COUNT_ASKED = re.compile(r"\b((?:how much|what) (?:does|do|would|will|did|is|are) )(one|two|three|"
                          r"four|five|six|seven|eight|nine|ten|\d+)(?= (?:cost|weigh)\b|\s*\?\s*$)",
                          re.I)
_COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a dozen) "
                      r"([a-z]+s)\b", re.I)
# "a pen costs $2", "one apple weighs 150 g": one thing priced or weighed
_ONE_PRICED = re.compile(r"\b(?:a|an|one|each) ([a-z]+) (?:costs|weighs|is)\b", re.I)



def count_noun_said(text: str) -> str:
    m = _COUNT_ASKED.search(text)
    if m is None:
        return text
    told = text[:m.start()]
    plurals = {story_words.singular(n.lower()): n for n in _COUNTED.findall(told)}
    for one in _ONE_PRICED.findall(told):
        plurals.setdefault(one.lower(), story_words.plural(one.lower()))
    things = [n for n in plurals if n not in story_phrases.UNITS]  # "2 pounds" is a unit's
    if len(things) != 1:
        return text  # no kind of thing counted, or two
    said = things[0] if m.group(2).lower() in ("one", "1") else plurals[things[0]]
    return f"{text[:m.end()]} {said}{text[m.end():]}"



# "I have 3 red and 5 blue marbles. If I pick one at random, what is the probability it is
# red?": a random pick from the things someone has, said as the draw readers read ("A bag has
# 3 red and 5 blue marbles. One is picked at random. What is the probability it is red?")
_PICK_IF = re.compile(r"\bif (?:i|you|we|he|she|they) (?:randomly )?(?:pick|draw|choose|select|"
                      r"take) (?P<what>one|an? [a-z]+)(?: out)?(?: at random)?(?: from (?:them|the "
                      r"[a-z]+))?, (?=(?:what is|what's|find) the (?:probability|chance)\b)", re.I)
_HOLDER = re.compile(r"^(?:i|we|you) (?:have|has|got|own) (?=\d+ [a-z]+ (?:and|,))", re.I)


def pick_said(text: str) -> str:
    m = _PICK_IF.search(text)
    if m is None:
        return text
    what = m.group("what")
    out = f"{text[:m.start()]}{what[0].upper()}{what[1:]} is picked at random. " \
          f"{text[m.end()][0].upper()}{text[m.end() + 1:]}"
    return _HOLDER.sub("A bag has ", out, count=1)


# "How much is the hat?" after a story of costs: the price asked as the readers ask it
_PRICE_ASKED = re.compile(r"\bhow much (is|was) (the|a|an|one|each) ([a-z]+)\s*\?\s*$", re.I)
_COSTS_TOLD = re.compile(r"\b(?:costs?|cost|priced?|prices?)\b|\$", re.I)


def price_asked(text: str) -> str:
    m = _PRICE_ASKED.search(text)
    if m is None or not _COSTS_TOLD.search(text[:m.start()]):
        return text
    verb = "does" if m.group(1).lower() == "is" else "did"
    return f"{text[:m.start()]}how much {verb} {m.group(2)} {m.group(3)} cost?"


__all__ = ["count_noun_said", "pick_said", "price_asked"]
