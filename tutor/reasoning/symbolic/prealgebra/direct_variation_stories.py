"""Reader of direct variation told in words about things, not letters: "The cost of fabric
varies directly with its length. If 3 meters cost 72 dollars, how many dollars do 4 meters
cost?", "A grade varies in direct proportion to the hours spent studying; 3 hours of study
give 72 points. How many points do 4 hours give?", "The weight of a rope is directly
proportional to its length ...".

One sentence says one amount varies directly with ("as", "in direct proportion to", "is
directly proportional to") another. Then one pair of values is told, each a number with its
unit ("3 meters", "72 points", "a score of 72"), and the question tells one new value in the
unit of one of the pair and asks the other. A number said as an adjective in the first
sentence ("a 100-point test") describes, it is not a value. Any other number, two values in
one unit, or a word that changes the maths ("inversely", "square", "not", "more", "than",
"plus") leaves it unread.

y = k x: the answer is y1 x2 / x1, solved by `Story` (y / x2 = y1 / x1 in exact fractions) and
confirmed by the ratio of the new pair, recomputed, equalling that of the given pair.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story, fraction

_N = r"#\d+(?:\.\d+|/\d+)?"
_VARIES = re.compile(r"\b(?:varies|vary) (?:directly (?:with|as)|in direct proportion (?:to|"
                     r"with))\b|\b(?:is|are) directly proportional to\b")
_VALUE = re.compile(rf"(?:(?P<before>[a-z]+) of (?P<v1>{_N})|(?P<v2>{_N}) (?P<after>[a-z]+))")
_UNREAD = re.compile(r"\b(?:inversely|inverse|square|squared|cube|cubed|root|not|more|less|"
                     r"than|plus|minus|fewer|twice|half|percent|each|every|per|total)\b")
_NOT_UNITS = frozenset("of and or the a an to in on at for with if is are was were".split())


def direct_variation_stories(split: Split, template: str) -> Result | None:
    if not re.search(r"\bdirect", template):
        return None
    text, places, form = nw.read_story(split, template)
    text = re.sub(r"\s+", " ", text).strip()
    if places is not None or form is not None or "@" in text or _UNREAD.search(text):
        return None
    said = list(_VARIES.finditer(text))
    if len(said) != 1:
        return None
    end = text.find(". ", said[0].end())
    if end < 0:
        return None
    first, rest = text[:end], text[end + 2:]
    # "a 100-point test": an adjective, not a value
    if re.sub(rf"{_N} ?-[a-z]+", " ", first).count("#"):
        return None
    cut = max(rest.rfind(". "), rest.rfind("? ", 0, len(rest) - 1))
    story, question = (rest[:cut], rest[cut + 2:]) if cut >= 0 else ("", rest)
    if story == "":  # "If 3 meters cost 72 dollars, how many dollars do 4 meters cost?"
        comma = question.rfind(", ")
        if comma < 0 or not question.startswith("if "):
            return None
        story, question = question[:comma], question[comma + 2:]
    pair, new = _values(story), _values(question)
    if pair is None or new is None or len(pair) != 2 or len(new) != 1:
        return None
    (ua, a), (ub, b) = pair
    (un, n), = new
    if ua == ub or un not in (ua, ub):
        return None
    asked = ub if un == ua else ua
    if not re.match(r"(?:how many|how much|what|find)", question):
        return None
    how_many = re.search(r"\bhow many ([a-z]+)", question)
    if how_many and units.noun(how_many.group(1)) != asked:
        return None  # "how many meters" when meters are told
    x1, y1 = (a, b) if un == ua else (b, a)
    if x1 == 0:
        raise Decline("a value of zero fixes no constant")
    y = sp.Symbol("y")
    st = Story([y])
    r = sp.Rational
    st.state(y * r(x1.numerator, x1.denominator),
             r(y1.numerator, y1.denominator) * r(n.numerator, n.denominator),
             f"{asked} / {un} is the same for both: y / {n} = {y1} / {x1}")
    answer, steps = st.solve(lambda _s: y, f"the {asked}")
    got = fraction(answer)
    confirm.check(got is not None and n != 0 and got / n == y1 / x1,
                  "the new pair's ratio equals the given pair's")
    return answer, steps


def _values(piece: str) -> list[tuple[str, Fraction]] | None:
    """Each number of `piece` with its unit (a word after it, or "a score of 72")."""
    out = []
    for m in _VALUE.finditer(piece):
        word = m.group("after") or m.group("before")
        if word in _NOT_UNITS:
            return None
        out.append((units.noun(word), wording.value(m.group("v1") or m.group("v2"))))
    return out if len(out) == piece.count("#") else None


__all__ = ["direct_variation_stories"]
