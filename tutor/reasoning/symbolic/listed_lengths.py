"""Lengths listed in one piece of maths: "a triangle with sides $13, 14, 15$", "the sides have
lengths $11, 15,$ and $k,$" (the comma of the sentence typed inside the maths, as MATH's
authors do). Each length becomes its own piece, "$13$, $14$, $15$", as a student types it
with one dollar pair each, so every reader of sides sees the three numbers.

Only a list of plain positive numbers or single letters, each comma followed by a space, in a
sentence that names lengths (sides, lengths, edges, legs) and a figure or "length" before it.
A point "(3, 4)", a sequence "2, 5, 8, \\ldots", a number "1,000" (no space), the numbers on
a die's sides or a spinner's, and a list in a sentence about anything else are left as they
are."""

from __future__ import annotations

import re

_ITEM = r"(?:\d+(?:\.\d+)?|[a-zA-Z])"
_LIST = re.compile(r"(?<!\\)\$\s*(" + _ITEM + r"(?:\s*,\s+" + _ITEM + r")+)\s*(,?)\s*\$")
_LENGTH_WORDS = re.compile(r"\b(?:sides?|(?:side )?lengths|edges|legs)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\b(?:lengths?|triangles?|quadrilateral|polygon|rectangle|trapezoid|"
                     r"parallelogram|kite|pentagon|hexagon|tetrahedron|box|prism)\b",
                     re.IGNORECASE)
_NUMBERED = re.compile(r"\b(?:numbered|labell?ed|marked|faces?|dice|die|spinner|cube)\b",
                       re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!](?:\s|$)")


def listed_lengths(text: str) -> str:
    """The text with each list of lengths typed in one piece of maths split into pieces."""
    def split(m: re.Match[str]) -> str:
        before = text[:m.start()]
        ends = list(_SENTENCE_END.finditer(before))
        sentence = before[ends[-1].end():] if ends else before
        if not (_LENGTH_WORDS.search(sentence) and _FIGURE.search(sentence)) or \
                _NUMBERED.search(sentence) or before.count("$") % 2:
            return m.group(0)
        items = [item.strip() for item in m.group(1).split(",")]
        return ", ".join(f"${item}$" for item in items) + m.group(2)

    return _LIST.sub(split, text)


__all__ = ["listed_lengths"]
