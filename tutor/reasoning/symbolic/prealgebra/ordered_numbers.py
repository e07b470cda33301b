"""Reader of a few numbers named by their places, their total told and each of the others
described from one before or after it: "The sum of three numbers is 60. The second is twice
the first and the third is three times the first. What is the largest number?", "Three
numbers add up to 100. The first number is 10 less than the second, and the third is half
the second. Find the first number.".

The first sentence tells how many numbers (two to five) and their sum ("the sum of N numbers
is S", "N numbers add up to S", "N numbers have a sum of S"). Every other clause (cut at
sentences, "and" and commas) is "the K-th (number) is PHRASE", PHRASE describing one other
number in the words `number_phrases` reads ("twice the first", "5 more than the second",
"the first decreased by 4"): each reading of it, with that number as the unknown, and a
phrase that reads two ways declines. The question asks for one number by its place, or the
largest or the smallest. Every number but one must be described, none twice.
Solved and confirmed by `Story` (each relation evaluated again in exact fractions).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.number_phrases import X, phrase_readings
from tutor.reasoning.symbolic.prealgebra.relations import Story

_PLACES = ("first", "second", "third", "fourth", "fifth")
_PLACE = r"(?:the )?(?P<p>first|second|third|fourth|fifth)(?: number| one)?"
_TOTAL = re.compile(r"(?:the sum of (?:the )?#(?P<n>[2-5]) numbers is"
                    r"|#(?P<n2>[2-5]) numbers (?:add up to|sum to|have a sum of|total))"
                    r" #(?P<s>\d+(?:\.\d+)?)")
_DESCRIBED = re.compile(r"(?:the )?(?P<p>first|second|third|fourth|fifth)(?: number| one)? "
                        r"(?:is|equals|is equal to) (?P<phrase>.+)")
_OTHER = re.compile(r"\b(?:the )?(first|second|third|fourth|fifth)(?: number| one)?\b")
_ASK = re.compile(r"(?:what is|find|determine|what's) the (?:value of the )?(?P<which>first|"
                  r"second|third|fourth|fifth|largest|smallest|greatest|least)(?: number"
                  r"| of the (?:#\d )?numbers| one)?")


def ordered_numbers(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:first|second)\b", template) or "numbers" not in template:
        return None
    text = wording.of(split, template).text.strip()
    sentences = [s.strip(" .?") for s in re.split(r"(?<=[.?])\s+", text) if s.strip(" .?")]
    if len(sentences) < 3:
        return None
    total = _TOTAL.fullmatch(sentences[0])
    ask = _ASK.fullmatch(sentences[-1])
    if total is None or ask is None:
        return None
    count = int(total.group("n") or total.group("n2"))
    numbers = sp.symbols(f"n1:{count + 1}")
    described: dict[int, sp.Basic] = {}
    for clause in (c.strip() for s in sentences[1:-1] for c in re.split(r",? and |, ", s)):
        m = _DESCRIBED.fullmatch(clause)
        if m is None:
            return None
        place = _PLACES.index(m.group("p"))
        others = _OTHER.findall(m.group("phrase"))
        if place >= count or place in described or len(others) != 1:
            return None
        other = _PLACES.index(others[0])
        if other >= count or other == place:
            return None
        phrase = " " + _OTHER.sub("the number", m.group("phrase"))
        readings = {sp.simplify(e) for e in phrase_readings(phrase)}
        if len(readings) != 1:
            if readings:
                raise Decline("a description of a number reads two ways")
            return None
        described[place] = readings.pop().subs(X, numbers[other])
    if len(described) != count - 1:
        return None
    story = Story(list(numbers))
    story.state(sp.Add(*numbers), sp.Rational(wording.value("#" + total.group("s"))),
                f"the sum of the {count} numbers")
    for place, e in described.items():
        story.state(numbers[place], e, f"the {_PLACES[place]} number")
    which = ask.group("which")
    if which in _PLACES:
        index = _PLACES.index(which)
        if index >= count:
            return None
        return story.solve(lambda _sol: numbers[index], f"the {which} number")
    pick = max if which in ("largest", "greatest") else min
    return story.solve(lambda sol: pick((sol[n] for n in numbers), key=lambda v: v),
                       f"the {which} number")


__all__ = ["ordered_numbers"]
