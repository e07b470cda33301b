"""Reader of a container whose fullness changes when an amount is added or taken out: "A
barrel is 3/4 full. After 20 liters are drained from it, it is 1/3 full. How many liters does
the barrel hold when full?", "A jug is one-fifth full; pouring in 6 cups would make it half
full. What is the capacity of the jug, in cups?", "When the tank is 30% full, 90 gallons are
added, and then it is 75% full. How many gallons does the tank contain when it is completely
full?".

Two levels (fractions or percents of full) and one amount in a unit of measure; the amount
goes in (added, poured in, pumped in ...) or out (used, drained, removed, spilled ...), and the
level must move that way. The capacity C solves f1 C + k = f2 C (or f1 C - k = f2 C). The
question asks how many of that unit the container holds when full, or its capacity; every
other number, or a word that changes the maths ("more", "left", "each", "than"), leaves the
story unread. Solved and confirmed by `Story` (the relation evaluated again in exact
fractions).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story

C = sp.Symbol("C")
_NUM = r"#(?:\d+/\d+|\d+(?:\.\d+)?)"
_LEVEL = re.compile(rf"(?P<v>{_NUM})(?P<pct> percent)?(?: times)? full\b")
_AMOUNT = re.compile(rf"(?P<v>{_NUM}) (?P<u>[a-z]+)\b")
_IN = re.compile(r"\b(?:add|adds|added|adding|pour in|pours in|poured in|pouring in|pump in|"
                 r"pumped in|pumping in|put in|puts in|putting in|fill in|poured into|"
                 r"pumped into|put into)\b")
_OUT = re.compile(r"\b(?:use|uses|used|using|remove|removes|removed|removing|drain|drains|"
                  r"drained|draining|pour out|poured out|pours out|pouring out|spill|spills|"
                  r"spilled|spilt|leak|leaks|leaked|leaking|drawn|drink|drinks|drank|drunk|"
                  r"take out|taken out|took out|taking out|pump out|pumped out|pumping out|"
                  r"let out|letting out|empty|emptied|"
                  r"consumed|burned|burnt|evaporated?|evaporates)\b")
_ASK = re.compile(r"\b(?:how many (?P<u>[a-z]+)(?: of [a-z]+)? (?:does|do|can|will|would) "
                  r"(?:the|this|that|a|an|it|his|her|their|our|my)?(?: ?full)?(?: [a-z]+){0,2} "
                  r"(?:hold|contain|have|take)(?: in all| in total)?(?: when (?:it is |it's )?"
                  r"(?:completely |totally |entirely )?full| when full| if (?:it is )?full)?"
                  r"|(?:what|find|determine|compute)(?: is)? the (?:full )?capacity of (?:the|this"
                  r"|that|her|his|their|our|my) (?:[a-z]+ ){0,2}?[a-z]+(?:,? in (?P<u2>[a-z]+))?)"
                  r"\s*[?.]?\s*$")
_UNREAD = frozenset("not no more less fewer than each every per twice left remaining remain "
                    "remains another again second both other".split())


def fill_levels(split: Split, template: str) -> Result | None:
    if "full" not in template or not re.search(r"\b(?:how|what|find|determine|compute)\b",
                                               template):
        return None
    text, places, form = nw.read_story(split, template)
    if places is not None or form is not None or "@" in text:
        return None
    if set(re.findall(r"[a-z]+", text)) & _UNREAD:
        return None
    ask = _ASK.search(text)
    levels = list(_LEVEL.finditer(text))
    amounts = [m for m in _AMOUNT.finditer(text) if not _LEVEL.match(text, m.start())]
    if ask is None or len(levels) != 2 or len(amounts) != 1 \
            or text.count("#") != 3 or any(m.start() > ask.start() for m in levels + amounts):
        return None
    unit = units.unit(amounts[0].group("u"), abbreviations=False)
    asked = units.unit(ask.group("u") or ask.group("u2") or "", abbreviations=False)
    if unit is None or asked not in (unit, None) or asked is None and not ask.group(0).startswith(
            ("what", "find", "determine", "compute")):
        return None
    story_part = text[:ask.start()]
    going_in, going_out = bool(_IN.search(story_part)), bool(_OUT.search(story_part))
    if going_in == going_out:
        return None
    f1, f2 = (_level(m) for m in levels)
    k = wording.value(amounts[0].group("v"))
    if not (0 <= f1 <= 1 and 0 <= f2 <= 1) or k <= 0 or (f2 > f1) != going_in or f1 == f2:
        raise Decline("the level does not move the way the amount goes")
    sign = 1 if going_in else -1
    story = Story([C], positive=True)
    said = (f"{_said(f1)} of the capacity {'plus' if going_in else 'minus'} {k} {unit}s is "
            f"{_said(f2)} of the capacity")
    story.state(_rational(f1) * C + sign * _rational(k), _rational(f2) * C, said)
    return story.solve(lambda _sol: C, f"the capacity, in {unit}s")


def _level(m: re.Match[str]) -> Fraction:
    v = wording.value(m.group("v"))
    return v / 100 if m.group("pct") else v


def _rational(v: Fraction) -> sp.Rational:
    return sp.Rational(v.numerator, v.denominator)


def _said(v: Fraction) -> str:
    return str(v)


__all__ = ["fill_levels"]
