"""Typed reader: two chords crossing inside a circle, their pieces told in words with no
letters for the points. "Two chords of a circle intersect. One chord is divided into segments
of 4 and 6, and the other into segments of 3 and x. What is x?", "Two chords intersect inside
a circle. The segments of one chord are 5 and 8 and the segments of the other are 10 and $y$.
Find $y$."

The intersecting chords theorem: the products of the two pieces of each chord are equal. One
piece is a letter, the three others numbers; the letter must come out positive. Confirmed by
drawing it (`crossing_chords.confirm_concyclic`): the chords through the origin at 60 degrees
to each other, the circle through three ends passes through the fourth. Any other word or a
second letter declines."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.geometry.crossing_chords import confirm_concyclic
from tutor.reasoning.symbolic.geometry.reading import COMMON, number, without_length_units
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import FILLER, words

_N = r"@(\d+)@"
_SETTING = (r"^(?:two )?chords (?:of (?:a|the) circle |in (?:a|the) circle )?(?:intersect|cross|"
            r"meet)(?: (?:inside|in|within) (?:a|the) circle| at a point(?: inside (?:a|the) "
            r"circle)?)?[.,;]? ")
_PIECES = r"(?:two )?(?:segments|pieces|parts)"
_INTO = (r"is (?:divided|cut|split|broken) into " + _PIECES + r"(?: of(?: lengths?)?| with "
         r"lengths| measuring)? " + _N + r" and " + _N)
_FIRST = [rf"\b(?:one (?:chord|of them|of the chords)|the first(?: chord)?) {_INTO}",
          rf"\bthe {_PIECES} of one chord (?:are|measure|have lengths) {_N} and {_N}"]
_OTHER = [rf"(?:,? and )?(?:the other(?: chord)?|the second(?: chord)?) (?:is (?:divided|cut|"
          rf"split|broken) )?into {_PIECES}(?: of(?: lengths?)?| with lengths| measuring)? "
          rf"{_N} and {_N}",
          rf"(?:,? and )?the {_PIECES} of the (?:other|second)(?: chord)? (?:are|measure|have "
          rf"lengths) {_N} and {_N}"]
_ASK = re.compile(r"(?:what is|find|determine|compute) (?:the value of )?" + _N + r"[?.]?$")
_GLUE = FILLER | COMMON | frozenset(["circle"])


def read_chord_segment_words(split: Split, template: str) -> Result | None:
    if "chord" not in template or not re.search(r"\b(?:segments|pieces|parts)\b", template):
        return None
    text, units = without_length_units(template.lower())
    setting = re.match(_SETTING, text)
    ask = _ASK.search(text)
    if setting is None or ask is None:
        return None
    if len(units - {"unit"}) > 1:
        raise Decline("one unit of length throughout")
    text = text[setting.end():ask.start()]
    pairs = []
    for patterns in (_FIRST, _OTHER):
        found = [m for p in patterns for m in re.finditer(p, text)]
        if len(found) != 1:
            return None
        pairs.append(tuple(split.maths[int(g)] for g in found[0].groups()))
        text = text.replace(found[0].group(0), " ; ")
    if words(text) - _GLUE or re.search(r"@\d+@", text):
        return None
    letter = split.maths[int(ask.group(1))].strip()
    pieces = [src.strip() for pair in pairs for src in pair]
    if not re.fullmatch(r"[a-z]", letter) or pieces.count(letter) != 1:
        return None
    x = sp.Symbol(letter, positive=True)
    values: list[sp.Expr] = []
    for src in pieces:
        v = x if src == letter else number(src)
        if v is None or not v.is_positive:
            raise Decline("three positive lengths and the letter sought")
        values.append(v)
    a, b, c, d = values
    sols = sp.solve(sp.Eq(a * b, c * d), x)
    if len(sols) != 1 or not sols[0].is_positive:
        raise Decline("one positive length for the letter")
    value = sp.nsimplify(sols[0])
    parts = [v.subs(x, value) for v in values]
    confirm_concyclic(parts)
    claim = f"{latex(parts[0])} \\cdot {latex(parts[1])} = {latex(parts[2])} \\cdot " \
            f"{latex(parts[3])}"
    return value, [step("the intersecting chords theorem", "Where two chords cross inside a "
                        "circle, the two pieces of one chord multiply to the same product as "
                        "the two pieces of the other.", f"${claim}$, so ${letter} = "
                        f"{latex(value)}$", claim)]


__all__ = ["read_chord_segment_words"]
