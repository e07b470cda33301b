"""A problem whose drawing only illustrates it: the words alone, to be read as any problem
without a drawing is.

"What is the number of degrees in the smaller angle formed by the hour and minute hands of a
clock at 8:15? [asy] ...clock face... [/asy]", "A circular spinner has radius 6 cm; the
probability of winning is 1/3. What is the area of the WIN sector? [asy] ... [/asy]": the
words tell the whole problem, and the drawing shows it. The readers of drawings
(`figure_problems`) go first; when they and the readers of the words with the drawing left
in decline, the words are read alone, but only when they never send the reader to the
drawing ("shown", "in the diagram", "the shaded region", "below", "labelled", "this
figure") and never name a point that the drawing labels (a point named in the drawing may
be placed by the drawing alone: "what is the measure of angle CBD" with D only drawn). The
readers of the words then accept the problem only when every word is theirs, as always."""

from __future__ import annotations

import re

from tutor.mathtext import FIGURE

# words that send the reader to the drawing for something the words do not say
_POINTS_TO = re.compile(
    r"\b(?:diagrams?|shown|shows?|figures?|below|above|shaded|unshaded|pictured|pictures?|"
    r"drawn|drawings?|labell?ed|labels?|marked|graph(?:ed)?|here|following|adjoining|"
    r"illustrat\w*|sketch\w*|depicted|indicated|see|as follows|grid|"
    r"dots?|dotted|dashed|bold|white|gray|grey|black|region|regions)\b", re.IGNORECASE)
# a label of the drawing: label("$A$", ...), label("B", ...), MP("C", ...)
_LABEL = re.compile(r"\b(?:label|MP|dot)\s*\(\s*\"\s*\$?\s*([^\"$]*?)\s*\$?\s*\"")
_POINT_NAME = re.compile(r"[A-Z](?:'+|_\{?\w+\}?)?")
_MATHS = re.compile(r"\$([^$]*)\$")
# "point A", "vertices A and B": the letter A a name, not the article
_NAMES_BEFORE = re.compile(r"\b(?:points?|vertex|vertices|corners?|and|from|to|at|of)\s*$", re.I)


def words_alone(text: str) -> str | None:
    """The text without its drawings when the drawings only illustrate it; else None."""
    drawings = FIGURE.findall(text)
    if not drawings:
        return None
    words = FIGURE.sub(" ", text)
    if _POINTS_TO.search(words):
        return None
    labels = {m.strip() for d in drawings for m in _LABEL.findall(d)}
    points = {name[0] for name in labels if _POINT_NAME.fullmatch(name)}
    if points & _letters_named(words):
        return None
    return re.sub(r"[ \t]{2,}", " ", re.sub(r"\n\s*\n+", "\n", words)).strip()


def _letters_named(words: str) -> set[str]:
    """The capital letters the words use as names: in their maths (outside a command such as
    \\Delta) or standing alone as a word ("point P", "segment AB")."""
    named: set[str] = set()
    for maths in _MATHS.findall(words):
        named |= set(re.findall(r"[A-Z]", re.sub(r"\\[A-Za-z]+", " ", maths)))
    outside = _MATHS.sub(" ", words)
    for m in re.finditer(r"\b([A-Z]{1,4})\b", outside):
        if m.group(1) == "I" or m.group(1) == "A" and not _NAMES_BEFORE.search(
                outside[:m.start()]):
            continue  # the pronoun, the article
        named |= set(m.group(1))
    return named


__all__ = ["words_alone"]
