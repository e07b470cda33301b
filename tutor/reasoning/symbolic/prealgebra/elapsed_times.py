"""Reader of the time that passes between two clock times: "A train leaves at 9:40 a.m. and
arrives at 1:15 p.m. How many minutes does the trip take?", "How many minutes are there
from 10:35 a.m. to 2:10 p.m.?", "Sara fell asleep at 10:30 p.m. and woke up at 6:15 a.m.
How many hours did she sleep?".

Each time is on a 12-hour clock with a.m. or p.m. (or is noon or midnight), or both are on a
24-hour clock ("9:40 ... 13:15", "08:05": an hour past 12 or a leading zero says so):
otherwise "7:45 to 9:20" reads two ways and is left alone. The first time starts the span (a word
such as "leaves", "starts", "from" before it) and the second ends it ("arrives", "ends",
"to", "until"); an end earlier in the day than the start is on the next day, as a night's
sleep is. The question asks for minutes or hours ("how many minutes", "how long ... in
hours"). Any other number, or a word that changes the span ("late", "stops", "each",
"longer", "day", "total" ...) leaves the problem unread.

The span is found from the minutes since midnight, and confirmed by Python's own reading of
the same 12-hour times (`datetime.strptime` with `%I:%M %p`) and date arithmetic.
"""

from __future__ import annotations

import datetime as dt
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra.clock_times import MERIDIEM, minutes_after_midnight

_MERIDIEM = r"(?P<mer>" + MERIDIEM + r")(?=\W|$)"
_CLOCK = re.compile(r"@(?P<h>\d+)@(?:: ?@(?P<m>\d+)@)? ?" + _MERIDIEM
                    + r"|(?:@(?P<twelve>\d+)@ )?(?P<named>noon|midnight)\b")
_START = re.compile(r"\b(?:leaves?|starts?|started|begins?|began|departs?|departed|from|"
                    r"fell asleep|falls asleep|went to bed|goes to bed|boards?|boarded|opens?|"
                    r"opened|sets? off|took off|takes off|gets? on|got on)(?: [a-z']+){0,3}? ?"
                    r"(?:at )?$")
_END = re.compile(r"\b(?:arrives?|arrived|ends?|ended|finishes|finished|finish|lands?|landed|"
                  r"woke up|wakes up|gets? up|got up|closes?|closed|gets? off|got off|to|until|"
                  r"till|reaches|reached|gets? there|got there|gets? home|got home|arriving|ending|"
                  r"finishing|landing|waking up)(?: at)? $")
# words that change the span or ask something else
_CHANGES = frozenset(
    "late later early earlier delay delayed delays stop stops stopped break breaks rest pause "
    "paused wait waits waited half twice each every per more less fewer longer shorter than "
    "minus plus before after again return returns returned back day days next tomorrow "
    "yesterday week weeks left remain remains remaining total altogether both second seconds "
    "average speed miles kilometers km faster slower difference sum if would ago nap naps "
    "times".split())
_CLOCK24 = re.compile(r"@(?P<h>\d+)@: ?@(?P<m>\d+)@(?! ?[ap]\.?m\b)")
# the times are "TIME" here; "p.m." ends a sentence with its own dot
_ASK = re.compile(r"(?:^|[.?!] |TIME )how (?:many (?P<unit>minutes|hours)\b[^.?!]*|long\b[^.?!]*? "
                  r"in (?P<unit2>minutes|hours))\??$")


def _clocks(split: Split, template: str) -> tuple[re.Pattern[str], list[re.Match[str]]] | None:
    """The clock pattern the text uses and its two times: 12-hour times with a.m. or p.m.,
    or times on a 24-hour clock ("9:40 ... 13:15", "08:05"), told by an hour past 12 or a
    written leading zero; other times without a.m. or p.m. read two ways."""
    if "a.m" in template or "p.m" in template or re.search(r"\b(?:am|pm|noon|midnight)\b",
                                                           template):
        clocks = list(_CLOCK.finditer(template))
        return (_CLOCK, clocks) if len(clocks) == 2 else None
    clocks = list(_CLOCK24.finditer(template))
    hours = [split.maths[int(c.group("h"))].strip() for c in clocks]
    if len(clocks) != 2 or not all(h.isdigit() and int(h) <= 23 for h in hours) or not any(
            int(h) > 12 or len(h) == 2 and h.startswith("0") for h in hours):
        return None
    return _CLOCK24, clocks


def read(split: Split, template: str) -> Result | None:
    found = _clocks(split, template)
    if found is None:
        return None
    pattern, clocks = found
    rest = pattern.sub("TIME", template)
    ask = _ASK.search(rest)
    if ask is None:
        return None
    unit = ask.group("unit") or ask.group("unit2")
    rest = rest.replace("TIME", " ")
    if "@" in rest or re.search(r"\d", rest):
        raise Decline("another number in the story")
    if set(re.findall(r"[a-z']+", rest)) & _CHANGES:
        raise Decline("a word that changes the time span")
    before_first = template[:clocks[0].start()]
    between = template[clocks[0].end():clocks[1].start()]
    if not _START.search(before_first) or not _END.search(between):
        raise Decline("which time starts the span and which ends it")
    (h1, m1), (h2, m2) = (_time(split, c) for c in clocks)
    start, end = 60 * h1 + m1, 60 * h2 + m2
    minutes = (end - start) % (24 * 60)
    if minutes == 0:
        raise Decline("the same time twice")
    confirm.check(_by_datetime(split, clocks) == minutes,
                  "Python's reading of the clock times gives the same span")
    return _answer(clocks, (h1, m1), (h2, m2), minutes, unit)


def _time(split: Split, clock: re.Match[str]) -> tuple[int, int]:
    """(hour 0-23, minute) of one clock time."""
    if clock.groupdict().get("named"):
        if clock.group("twelve") and split.maths[int(clock.group("twelve"))].strip() != "12":
            raise Decline("a named time with another hour")
        return (12, 0) if clock.group("named") == "noon" else (0, 0)
    hour_src = split.maths[int(clock.group("h"))].strip()
    minute_src = split.maths[int(clock.group("m"))].strip() if clock.group("m") else "00"
    if not hour_src.isdigit() or not re.fullmatch(r"\d\d", minute_src):
        raise Decline("a clock time written as hours:minutes")
    if "mer" not in clock.groupdict():  # a 24-hour clock
        if not 0 <= int(minute_src) <= 59:
            raise Decline("minutes past 59")
        return int(hour_src), int(minute_src)
    return divmod(minutes_after_midnight(int(hour_src), int(minute_src), clock.group("mer")), 60)


def _by_datetime(split: Split, clocks: list[re.Match[str]]) -> int:
    """The span again, by `datetime`: the times read by `strptime`, the end moved to the
    next day when it comes first."""
    moments = []
    for clock in clocks:
        if "mer" not in clock.groupdict():  # a 24-hour clock
            moments.append(dt.datetime.strptime(
                f"{split.maths[int(clock.group('h'))].strip()}:"
                f"{split.maths[int(clock.group('m'))].strip()}", "%H:%M"))
            continue
        if clock.group("named"):
            text = "12:00 PM" if clock.group("named") == "noon" else "12:00 AM"
        else:
            minute = split.maths[int(clock.group("m"))].strip() if clock.group("m") else "00"
            text = (f"{split.maths[int(clock.group('h'))].strip()}:{minute} "
                    f"{clock.group('mer')[0].upper()}M")
        moments.append(dt.datetime.strptime(text, "%I:%M %p"))
    start, end = moments
    if end <= start:
        end += dt.timedelta(days=1)
    return int((end - start).total_seconds()) // 60


def _shown(clock: re.Match[str]) -> str:
    return clock.group(0).replace("@", "").replace(": ", ":")


def _answer(clocks: list[re.Match[str]], first: tuple[int, int], second: tuple[int, int],
            minutes: int, unit: str) -> Result:
    (h1, m1), (h2, m2) = first, second
    a, b = 60 * h1 + m1, 60 * h2 + m2
    steps = [step("minutes since midnight", "Write each time as minutes after midnight (on a "
                  "24-hour clock, p.m. adds 12 hours).",
                  f"The start is at ${h1} \\cdot 60 + {m1} = {a}$ minutes and the end at "
                  f"${h2} \\cdot 60 + {m2} = {b}$ minutes.",
                  f"{h1} \\cdot 60 + {m1} = {a}; {h2} \\cdot 60 + {m2} = {b}")]
    if b > a:
        claim = f"{b} - {a} = {minutes}"
        how = "Subtract the start from the end."
    else:
        claim = f"{b} + 1440 - {a} = {minutes}"
        how = "The end is on the next day: add the 1440 minutes of a day, then subtract."
    steps.append(step("subtract", how, f"${claim}$ minutes.", claim))
    if unit == "minutes":
        return sp.Integer(minutes), steps
    hours = sp.Rational(minutes, 60)
    claim = f"\\frac{{{minutes}}}{{60}} = {sp.latex(hours)}"
    steps.append(step("in hours", "An hour has 60 minutes.", f"${claim}$ hours.", claim))
    return hours, steps


__all__ = ["read"]
