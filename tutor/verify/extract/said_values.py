r"""Values said in words: "so \(x\) is 9", "the radius is 6 inches", "a height of 4".

A step often gives a name its value in a sentence, not an equation, and then puts the
value into a formula (`\pi r^2 = \pi (6)^2`, `2x = 2(9)`). These readers find such
sentences; the values join the ones equations give (`Context.values`), which only ever
verify (a name may have been reused).

- A letter in maths, then "is", "equals", "is equal to", "must be", then a number and the
  end of the clause: `\(n\) is \(12\).`, `$k$ equals 4, so`. A number followed by more
  words ("x is 9 more than y", "x is 9 times y", "is 9 or 10") is no value, nor is a letter
  inside a longer noun ("the coefficient of x is 9", "the sum of a and b is 12"; but "the
  value of x is 9").
- A measure of a figure named in words, with the letter it is usually written with:
  radius r, diameter d, height h, width w, side length s ("the radius is 6 inches", "a
  radius of 6", "with radius 2 and height 4 cm", "a circle of radius 5",
  `\text{Radius} = \frac{12}{2} = 6`, "the radius is 8/2 = 4", "the side length of the
  square is also 6", "the height is given as 4"; not "the radius is half the
  diameter, which is 10", which names the diameter's value). Two measures of one kind said
  with different values in one text (two circles) give that letter none.

Plain text work (no SymPy); the number is read by the worker's strict reader later.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\d+(?:\.\d+)?|\\frac\{\d+\}\{\d+\}|\d*\\sqrt\{\d+\}|\d+/\d+)"
_OPEN, _CLOSE = r"(?:\$|\\\()", r"(?:\$|\\\))"
_UNIT = (r"(?:\s*(?:\\text\{\s*)?(?:units?|cm|mm|m|km|in|inch(?:es)?|ft|feet|foot|meters?|"
         r"centimeters?|metres?|yards?|miles?)\}?)?")
# The end of the clause: a stop, a comma, a semicolon, "and", "so", the end of the text.
_END = r"(?=\s*(?:[.,;:](?!\d)|\n|$|\band\b|\bso\b|\bthen\b))"
_VALUE = rf"(?:{_OPEN}\s*(?P<v1>{_NUMBER})\s*{_CLOSE}|(?P<v2>{_NUMBER})(?![\d/.]\d))"
_LETTER = re.compile(
    rf"{_OPEN}\s*(?P<name>[a-zA-Z](?:_\{{?[a-zA-Z0-9]\}}?)?)\s*{_CLOSE}\s+"
    rf"(?:is|equals|is equal to|must be|has to be)\s+{_VALUE}{_UNIT}{_END}")
_MEASURES = {"radius": "r", "diameter": "d", "height": "h", "width": "w", "side length": "s"}
_WORDS = r"(?P<word>radius|diameter|height|width|side length)"
_MEASURE_IS = re.compile(
    rf"\b{_WORDS}(?:\s+of\s+(?:the|each|its|this|that|a|one)(?:\s+[a-z]+){{1,2}}?)?"
    rf"\s+(?:(?:is|equals)(?:\s+also|\s+given\s+as)?|of)\s+{_VALUE}{_UNIT}{_END}",
    re.IGNORECASE)
# "the radius is 8/2 = 4", "the radius is $\frac{10}{2} = 5$": worked out in numbers only
# ("half the diameter, which is 10" may name the diameter's value: no value then).
_WORKED = r"(?:[\d\s+\-*/×·().]|\\frac\{\d+\}\{\d+\}|\\(?:cdot|times|div)(?![a-zA-Z]))"
_MEASURE_WORKED = re.compile(
    rf"\b{_WORDS}(?:\s+of\s+(?:the|each|its|this|that|a|one)(?:\s+[a-z]+){{1,2}}?)?\s+is\s+"
    rf"{_OPEN}?{_WORKED}{{1,40}}?=\s*(?P<v2>{_NUMBER}){_UNIT}\s*{_CLOSE}?{_UNIT}{_END}",
    re.IGNORECASE)
_MEASURE_WITH = re.compile(
    rf"\b(?:with|has|and|of)\s+(?:an?\s+)?{_WORDS}\s+(?:of\s+)?{_VALUE}{_UNIT}{_END}",
    re.IGNORECASE)
# `\text{Radius} = \frac{12}{2} = 6`: the chain's last side, when it is a number.
_NAMED = re.compile(
    rf"\\text\{{\s*(?P<word>Radius|Diameter|Height|Width|Side length)\s*\}}\s*="
    rf"(?:[^=$\]\n]*=)*\s*(?P<v2>{_NUMBER}){_UNIT}\s*(?=\\\]|\\\)|\$|\n|$|[.,])",
    re.IGNORECASE)
# "the coefficient of x is 9", "the sum of a and b is 12", "divided by n is 2": the letter is
# part of a longer noun, whose value the number is; "the value of x is 9" is x's own.
_PART_OF = re.compile(r"\b(?:of|by|in|to|than|from|with|on|at|for|as|per|over|into|between|"
                      r"among)\b[^.;:!?\n]*$", re.IGNORECASE)
_VALUE_OF = re.compile(r"\bvalue\s+(?:of|for)\s*$", re.IGNORECASE)
_NOT_SAID = re.compile(r"\b(?:not|never|isn't|cannot|can't)\s*$")


def said_values(text: str) -> list[tuple[str, str]]:
    """The (name, value) pairs the text says in words, in order; a measure said with two
    different values gives its letter none."""
    found: list[tuple[int, str, str]] = []
    for m in _LETTER.finditer(text):
        if _PART_OF.search(_VALUE_OF.sub("", text[max(0, m.start() - 60):m.start()])):
            continue
        found.append((m.start(), m.group("name"), m.group("v1") or m.group("v2")))
    measures: dict[str, set[str]] = {}
    for pattern in (_MEASURE_IS, _MEASURE_WORKED, _MEASURE_WITH, _NAMED):
        for m in pattern.finditer(text):
            if _NOT_SAID.search(text[max(0, m.start() - 12):m.start()]):
                continue
            word = m.group("word").lower()
            value = m.groupdict().get("v1") or m.group("v2")
            letter = _MEASURES[word]
            measures.setdefault(letter, set()).add(value)
            found.append((m.start(), letter, value))
    pairs = [(name, value) for _, name, value in sorted(found)
             if name not in measures or len(measures[name]) == 1]
    return [pair for k, pair in enumerate(pairs) if k == 0 or pairs[k - 1] != pair]
