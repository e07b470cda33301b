"""The quantities of a motion story: lengths, times, speeds and paces read in exact units
("180 miles", "45 mph", "8 minutes per mile", "3 miles every 20 minutes"), and the unit the
answer is asked in (the question's, else the story's own: "180 miles in 3 hours" is timed
in hours, so its speed is in miles per hour). Shared by `motion` and `two_movers`.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.reasoning.symbolic.prealgebra import wording

# exact lengths in meters and times in hours
LENGTHS = {"mile": Fraction(1609344, 1000), "kilometer": Fraction(1000), "meter": Fraction(1),
           "foot": Fraction(3048, 10000), "yard": Fraction(9144, 10000),
           "inch": Fraction(254, 10000)}
TIMES = {"hour": Fraction(1), "minute": Fraction(1, 60), "second": Fraction(1, 3600)}
_PLURAL = {"miles": "mile", "kilometers": "kilometer", "meters": "meter", "feet": "foot",
           "yards": "yard", "inches": "inch", "hours": "hour", "minutes": "minute",
           "seconds": "second"}
SPELLING = [(r"\bmph\b", "miles per hour"), (r"\bkm ?/ ?h(?:r|our)?\b|\bkph\b",
                                            "kilometers per hour"),
          (r"\bm ?/ ?s\b", "meters per second"), (r"\bkilometres?\b", "kilometer"),
          (r"\bkms?\b", "kilometers"), (r"\bmetres?\b", "meter"), (r"\bhrs?\b", "hours"),
          (r"\bmins?\b", "minutes"), (r"(#[\d/.]+) ?-(mile|kilometer|meter|foot|yard|hour|"
                                      r"minute)\b", r"\1 \2"),
          (r"\b(?:an|a|each|every) (hour|minute|second)\b", r"per \1")]
_L = r"(?P<{0}>miles?|kilometers?|meters?|feet|foot|yards?|inch(?:es)?)"
_T = r"(?P<{0}>hours?|minutes?|seconds?)"
_NUMBER = r"(?P<v_{0}>#[\d/.]*\d)"
_QUANTITY = re.compile(
    rf"(?P<every>{_NUMBER.format('every')} {_L.format('l_every')} every "
    rf"(?P<w_every>#[\d/.]*\d) {_T.format('t_every')})\b|"
    rf"(?P<speed>{_NUMBER.format('speed')} {_L.format('l_speed')} per {_T.format('t_speed')})\b"
    rf"|(?P<pace>{_NUMBER.format('pace')} {_T.format('t_pace')} per {_L.format('l_pace')})\b"
    rf"|(?P<length>{_NUMBER.format('length')} {_L.format('l_length')})\b"
    rf"|(?P<time>{_NUMBER.format('time')} {_T.format('t_time')})\b")


def quantities(text: str, length_unit: Fraction, time_unit: Fraction,
                found: list[tuple[str, Fraction, str]]) -> str:
    """Speeds, paces, lengths and times (in the story's units) recorded in the order told,
    each blanked as "@q"."""
    def one(m: re.Match[str]) -> str:
        kind = next(k for k in ("every", "speed", "pace", "length", "time") if m.group(k))
        g = {k[:-len(kind) - 1]: v for k, v in m.groupdict().items() if k.endswith("_" + kind)}
        v = wording.value(g["v"])
        length = LENGTHS[_PLURAL.get(g["l"], g["l"])] / length_unit if "l" in g else 1
        time = TIMES[_PLURAL.get(g["t"], g["t"])] / time_unit if "t" in g else 1
        per = wording.value(g["w"]) if kind == "every" else 1
        value = {"speed": v * length / time, "every": v * length / (per * time),
                 "pace": length / (v * time),
                 "length": v * length, "time": v * time}[kind]
        found.append(("speed" if kind in ("pace", "every") else kind, Fraction(value),
                      m.group(0).lstrip("#")))
        return " @q "
    return _QUANTITY.sub(one, text)


def units(text: str, question: str) -> tuple[Fraction, Fraction] | None:
    """The story's length and time units: the question's when it names them, else the one the
    story uses (None: the answer's unit is not said and the story uses two)."""
    def named(pattern: str, where: str) -> set[str]:
        return {_PLURAL.get(m, m) for m in re.findall(pattern, where)}
    lengths = r"\b(miles?|kilometers?|meters?|feet|foot|yards?|inch(?:es)?)\b"
    asked_length = named(lengths, question)
    length = asked_length or named(lengths, text)
    if re.search(r"\b(?:hours?|minutes?|seconds?) per\b", question):
        return None  # a pace asked
    if re.search(r"\bper\b", question):
        time = named(r"\bper (hour|minute|second)\b", question)
        if not time:
            return None
    else:
        time = named(r"\b(hours?|minutes?|seconds?)\b", question)
        if not time and re.search(r"\b(?:how long|how much time)\b", question):
            return None  # a time asked in no unit
        time = time or named(r"\bper (hour|minute|second)\b", text)
        if not time and re.search(r"\b(?:speed|rate|how fast)\b", question):
            # a speed asked in no unit and none told: miles or kilometers per hour, meters per
            # second, when the story times in that unit ("180 miles in 3 hours")
            told = (length, named(r"\b(hours?|minutes?|seconds?)\b", text))
            if told[0] in ({"mile"}, {"kilometer"}) and "hour" in told[1]:
                time = {"hour"}
            elif told == ({"meter"}, {"second"}):
                time = {"second"}
            else:
                return None
    return None if len(length) != 1 or len(time) > 1 else (
        LENGTHS[length.pop()], TIMES[time.pop() if time else "hour"])


__all__ = ["LENGTHS", "SPELLING", "TIMES", "quantities", "units"]
