"""Clock times as final answers: `4:30 p.m.`, `4 \\text{pm}`, `16:30`, `9:05:30 a.m.`.

A time with a.m./p.m. names one moment of the day; a time written without one is read
as written on a clock face, so it matches the 12-hour or the 24-hour form of the other
(`4:30` and `16:30` both answer `4:30 p.m.`), but `4:30 a.m.` never answers `4:30 p.m.`.
MARIO_EVAL's `_str_to_time_list` reads times the same way. Two plain times, or a
plain number against a plain time, are left to the general comparison (`2:15` may be
a ratio).
"""

from __future__ import annotations

import re
from typing import NamedTuple

_MERIDIEM = (r"(?:\\(?:text|mbox|mathrm)\s*\{\s*(?P<m1>[apAP])\.?\s*[mM]\.?\s*\}"
             r"|(?P<m2>[apAP])\.?\s*[mM]\.?)")
_TIME = re.compile(
    r"^(?P<h>\d{1,2})(?::(?P<min>\d{2}))?(?::(?P<s>\d{2}))?\s*(?:" + _MERIDIEM + r")?$"
)


class ClockTime(NamedTuple):
    hour: int
    minute: int
    second: int
    meridiem: str | None  # "a", "p" or None
    has_colon: bool


def read_time(answer: str) -> ClockTime | None:
    """The clock time `answer` states, or None when it is not one."""
    text = answer.strip().strip("$").strip().replace("\\,", " ").replace("\\ ", " ")
    text = re.sub(r"\\text\s*\{\s*\}", "", text).strip()
    m = _TIME.match(text)
    if not m:
        return None
    meridiem = (m.group("m1") or m.group("m2") or "").lower() or None
    hour, minute, second = int(m.group("h")), int(m.group("min") or 0), int(m.group("s") or 0)
    if minute > 59 or second > 59 or hour > 23 or (meridiem and not 1 <= hour <= 12):
        return None
    return ClockTime(hour, minute, second, meridiem, m.group("min") is not None)


def _day_seconds(time: ClockTime) -> int:
    hour = time.hour % 12 + (12 if time.meridiem == "p" else 0)
    return (hour * 60 + time.minute) * 60 + time.second


def times_agree(gold: str, pred: str) -> bool | None:
    """True/False when both answers are clock times and one says a.m. or p.m.; else None."""
    a, b = read_time(gold), read_time(pred)
    if a is None or b is None or not (a.meridiem or b.meridiem):
        return None
    if a.meridiem and b.meridiem:
        return _day_seconds(a) == _day_seconds(b)
    timed, plain = (a, b) if a.meridiem else (b, a)
    face = (plain.hour, plain.minute, plain.second)
    twelve = (timed.hour, timed.minute, timed.second)
    day = divmod(_day_seconds(timed), 3600)
    return face in (twelve, (day[0], day[1] // 60, day[1] % 60))
