"""Reader of the angle between the hands of a clock: "How many degrees are in the smaller angle
formed by the hour and minute hands at 4:20?", "What is the acute angle between the hands of
a clock at 7 o'clock?", "... the larger angle ... when the clock reads 10:48?".

The time is read as hours and minutes (a.m./p.m. change nothing on a 12-hour face), which
angle is asked ("smaller", "acute", "larger", "obtuse", "reflex") is read and applied: no
such word and an angle other than 0 or 180 degrees reads two ways and is declined, as is an
"acute" angle that is not acute. Any word outside the vocabulary ("second hand", "after",
"later", "24-hour") leaves the problem unread.

The angle is found from the hands' positions (30 degrees an hour plus half a degree a
minute; 6 degrees a minute) and confirmed from the minutes since 12:00 (the hour hand turns
1/2 degree a minute, the minute hand 6), in exact fractions.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.clock_times import MERIDIEM
from tutor.reasoning.symbolic.typed import words_within

_MERIDIEM = r"(?: ?" + MERIDIEM + r"(?=\W|$))?"
_TIMES = [re.compile(r"@(?P<h>\d+)@\s?: ?@(?P<m>\d+)@" + _MERIDIEM),
          re.compile(r"@(?P<h>\d+)@ (?:o'clock|o’clock)" + _MERIDIEM),
          re.compile(r"@(?P<h>\d+)@(?= ?" + MERIDIEM + r"(?:\W|$))" + _MERIDIEM)]
_KINDS = {"smaller": "small", "lesser": "small", "smallest": "small", "acute": "acute",
          "larger": "large", "greater": "large", "bigger": "large", "largest": "large",
          "obtuse": "obtuse", "reflex": "reflex"}
_VOCAB = frozenset(
    "how many degrees degree in measure measures formed form forms made make makes by hour "
    "minute hand hands clock clocks when it time at what number on standard indicates shows "
    "reads read show between exactly analog face will would angle two o'clock".split()) | set(
    _KINDS)


def clocks(split: Split, template: str) -> Result | None:
    if "clock" not in template or "hand" not in template:
        return None
    text, places = nw.take_rounding(split, template)
    found = []
    for pattern in _TIMES:  # h:mm first, so its minutes are not read again as an hour
        for m in list(pattern.finditer(text)):
            found.append(m)
            text = text.replace(m.group(0), " ", 1)
    if not found:
        return None
    if len(found) != 1:
        raise Decline("more than one time is given")
    m = found[0]
    hours = _digits(split, m.group("h"))
    minutes = _digits(split, m.group("m")) if m.groupdict().get("m") else 0
    if m.groupdict().get("m") and not re.fullmatch(r"\d\d", split.maths[int(m.group("m"))]):
        raise Decline("minutes written with two digits")
    if not (1 <= hours <= 12 and 0 <= minutes <= 59):
        raise Decline("a time on a 12-hour clock")
    face = re.search(r"@(\d+)@ ?-hour", text)
    if face:
        if _digits(split, face.group(1)) != 12:
            return None
        text = text.replace(face.group(0), " ", 1)
    if re.search(r"@\d+@", text) or not words_within(text, _VOCAB):
        return None
    kinds = {_KINDS[w] for w in re.findall(r"[a-z]+", text) if w in _KINDS}
    return _angle(hours, minutes, kinds, places)


def _digits(split: Split, index: str) -> int:
    src = split.maths[int(index)].strip()
    return int(src) if src.isdigit() else -1


def _angle(hours: int, minutes: int, kinds: set[str], places: int | None) -> Result:
    hour_hand = Fraction(30 * (hours % 12)) + Fraction(minutes, 2)
    minute_hand = Fraction(6 * minutes)
    apart = abs(hour_hand - minute_hand)
    small = min(apart, 360 - apart)
    since_noon = 60 * (hours % 12) + minutes  # confirmed from the minutes since 12:00
    again = (Fraction(since_noon, 2) - 6 * since_noon) % 360
    confirm.check(min(again, 360 - again) == small,
                  "the angle found again from the minutes since 12:00")
    if len(kinds) > 1 and not kinds <= {"small", "acute"} and not kinds <= {"small", "obtuse"}:
        raise Decline("two different angles are asked")
    kind = "small" if not kinds else sorted(kinds)[0]
    if not kinds and small not in (0, 180):
        raise Decline("which of the two angles between the hands is asked")
    if "acute" in kinds and not small < 90 or "obtuse" in kinds and not 90 < small < 180:
        raise Decline(f"the angle between the hands is {small} degrees, not {kind}")
    answer = 360 - small if kind in ("large", "reflex") else small
    if kind == "reflex" and not answer > 180:
        raise Decline("no reflex angle")
    time = f"{hours}:{minutes:02d}"
    steps = [
        step("place the hour hand", "The hour hand turns 30° an hour and 0.5° a minute.",
             f"At {time} the hour hand is at ${30 * (hours % 12)} + \\frac{{{minutes}}}{{2}} = "
             f"{nw.tex_of(hour_hand)}$ degrees past 12.", nw.tex_of(hour_hand)),
        step("place the minute hand", "The minute hand turns 6° a minute.",
             f"The minute hand is at $6 \\times {minutes} = {nw.tex_of(minute_hand)}$ degrees "
             f"past 12.", nw.tex_of(minute_hand)),
        step("the angle between them", "Subtract; the two angles add up to 360°.",
             f"The hands are ${nw.tex_of(max(hour_hand, minute_hand))} - "
             f"{nw.tex_of(min(hour_hand, minute_hand))} = {nw.tex_of(apart)}$ degrees apart "
             f"one way and $360 - {nw.tex_of(apart)} = {nw.tex_of(360 - apart)}$ the other, "
             f"so the angle asked is "
             f"${nw.tex_of(answer)}$ degrees.", nw.tex_of(answer))]
    if places is not None:
        shown, _ = nw.rounded(answer, places)
        steps.append(step("round", "Round as asked.",
                          f"${nw.tex_of(answer)} \\approx {shown}$", shown))
        return shown, steps
    return sp.Rational(answer.numerator, answer.denominator), steps


__all__ = ["clocks"]
