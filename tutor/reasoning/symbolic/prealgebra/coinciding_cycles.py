"""Reader of things that repeat, each with its own period, and happen together again: "Gina
works every 4th day, Hal every sixth day and Ivy every 10 days. Today they all work. In how
many days will they next all work on the same day?", "Three lights blink every 8, 12 and 18
seconds. They blink together now. After how many seconds will they next blink together?",
"Two buses leave the depot together; one leaves every 15 minutes and the other every 25
minutes. What is the least number of minutes before they leave together again?".

Each period is told as "every k units", "once every k units", "every k-th unit", "every
third unit", "every other unit" or a list ("every 8, 12 and 18 seconds"), all in one unit of
time (days, school days, minutes ...). The story must say that the things happen together now
("together", "at the same time", "today they all ...", "all start") and the question asks
after how many units they are next together (in the same unit). Any other number, or a word
that changes the count ("not", "except", "skips", "times", "later", "second time",
"between" ...), leaves the problem unread; so does a period that is not a whole number.

They are together again after the least common multiple of the periods, found from the prime
factors of the periods; it is confirmed by counting the units one at a time until every
period divides the count. When the start is told as a clock time ("together at 8:05 a.m.",
"at noon", "at 9:00") the question may ask the time of the next meeting ("at what time",
"the earliest time"): periods in minutes or hours are added to it, confirmed by Python's
`datetime`; without a.m. or p.m. an answer past 12:59 reads two ways and is declined.
"""

from __future__ import annotations

import datetime as dt
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.clock_times import minutes_after_midnight

_ORDINALS = {"other": 2, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
             "fifteenth": 15, "twentieth": 20}
_UNITS = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
_UNIT = rf"(?P<unit>(?:(?:school|working|work|business) )?{_UNITS})\b"
_K = r"#?\d+(?:st|nd|rd|th)?"
_PERIOD = re.compile(
    rf"\bevery (?:(?P<k>{_K}|" + "|".join(_ORDINALS) + rf") )?{_UNIT}"
    rf"|\bevery (?P<list>{_K}(?:,? (?:and |or )?{_K})+),? {_UNIT.replace('unit', 'units')}")
_NOW = re.compile(r"\b(?:together|at the same time|simultaneously|(?:they|we) (?:are |were )?"
                  r"(?:all|both)|(?:all|both) (?:of them |of us )?(?:start|started|begin|began|"
                  r"leave|left|work|worked|are|were))\b")
_AGAIN = re.compile(r"\b(?:together|same (?:day|time|minute|hour|second|moment)|simultaneously|"
                    r"meet|coincide)\b")
_NEXT = re.compile(r"\b(?:next|again|first|earliest)\b")
_CLOCK = re.compile(r"\bat #(?P<h>\d+): ?#(?P<m>\d+)(?: (?P<mer>a\.m|p\.m|am|pm)\b)?"
                    r"|\bat (?P<named>noon|midnight)\b")
_WHEN = re.compile(r"\b(?:at )?what (?:is the )?(?:earliest |next )?time\b|\bthe (?:earliest|next) "
                   r"time\b")
_ASK = re.compile(
    rf"\b(?:(?:in|after) how many|how many|the (?:least|fewest|smallest|minimum) number of) "
    rf"{_UNIT.replace('unit', 'asked')}")
_UNREAD = re.compile(r"\b(?:not|no|never|except|skips?|skipped|off|break|holidays?|weekends?|"
                     r"twice|half|times|per|later|earlier|late|early|delay|delayed|between|"
                     r"within|including|inclusive|only|last|ago|before (?:today|now)|"
                     r"(?:second|third|fourth|fifth) time|what time|o'clock|"
                     r"a\.m|p\.m|am|pm|year \d|percent|than|more|less|each other)\b|n't\b")


def coinciding_cycles(split: Split, template: str) -> Result | None:
    if "every" not in template or not re.search(r"how many|number of|what time|earliest time",
                                                template):
        return None
    text, places, form = nw.read_story(split, template)
    text = re.sub(r"\s+", " ", text).strip()
    if places is not None or form is not None or "@" in text:
        return None
    cut = max(text.rfind(". ", 0, len(text) - 1), text.rfind("! "))
    story, question = text[:cut + 1], text[cut + 1:]
    # a start told as a clock time ("together at 8:05 a.m."); the time then may be asked
    clock = _CLOCK.search(story)
    when = _WHEN.search(question)
    if clock:
        story = story.replace(clock.group(0), " at the start ")
    if when:
        question = question.replace(when.group(0), " ")
    text = f"{story} {question}"
    ask = _ASK.search(question) or (when if clock else None)
    periods: list[int] = []
    units: set[str] = set()
    for m in _PERIOD.finditer(text):
        got = _periods(m)
        if got is None:
            return None
        periods += got
        units.add(_unit(m.group("unit") or m.group("units")))
    if ask is None or len(periods) < 2 or len(units) != 1 or _UNREAD.search(text):
        return None
    unit = units.pop()
    if not when and _unit(ask.group("asked")) != unit or when and _ASK.search(question):
        return None
    if not (_NOW.search(story) and _AGAIN.search(question) and (
            _NEXT.search(question) or when and _NEXT.search(when.group(0)))):
        return None
    # a number left over may only count the things ("#3 lights", "all #3"), or be the one
    # of "one ... the other" ("one ... another")
    rest = re.sub(r"#[\d/.]+", lambda t: " " if wording.value(t.group(0)) == len(periods)
                  else t.group(0), _PERIOD.sub(" ", text))
    if len(periods) == 2 and re.search(r"\b(?:the other|another)\b", rest):
        rest = re.sub(r"(?:^|(?<=[.,;:] )|(?<= and )|(?<=another ))#1 ", " ", rest)
    if re.search(r"\d", rest):
        return None
    if when and clock:
        return _at_time(periods, unit, clock)
    return _solve(periods, unit)


def _periods(m: re.Match[str]) -> list[int] | None:
    """The whole periods a match tells (None: a period that is not a whole number)."""
    said = re.findall(rf"{_K}", m.group("list")) if m.group("list") else [m.group("k") or "1"]
    got = []
    for s in said:
        if s in _ORDINALS:
            got.append(_ORDINALS[s])
            continue
        digits = re.fullmatch(r"#?(\d+)(?:st|nd|rd|th)?", s)
        if digits is None:
            return None
        got.append(int(digits.group(1)))
    return got if all(0 < k <= 10**4 for k in got) else None


def _unit(said: str) -> str:
    """"school days" -> "school day": the unit as said, in the singular."""
    return re.sub(r"s$", "", said)


def _solve(periods: list[int], unit: str) -> Result:
    lcm = int(sp.ilcm(*periods))
    if lcm > 10**5:
        raise Decline("the periods meet again only after too long to confirm")
    count = next(t for t in range(1, lcm + 1) if all(t % k == 0 for k in periods))
    confirm.check(count == lcm, "the units counted one at a time until every period divides "
                                "the count")
    powers: dict[int, int] = {}
    for k in periods:
        for p, e in sp.factorint(k).items():
            powers[p] = max(powers.get(p, 0), e)
    product = " \\cdot ".join(f"{p}^{{{e}}}" if e > 1 else str(p)
                              for p, e in sorted(powers.items()))
    listed = ", ".join(str(k) for k in periods)
    claim = f"{product} = {lcm}" if len(powers) > 1 or max(powers.values(), default=1) > 1 \
        else f"{lcm}"
    steps = [step("together again", f"Each one happens again after a whole number of its "
                  f"periods ({listed} {unit}s), so all of them are together again after a "
                  "common multiple of the periods; the next time is the least one.",
                  f"$\\operatorname{{lcm}}({listed})$"),
             step("least common multiple", "Take each prime to the highest power it has in "
                  "any of the periods.", f"${claim}$", claim)]
    return sp.Integer(lcm), steps


def _at_time(periods: list[int], unit: str, clock: re.Match[str]) -> Result:
    """The clock time of the next meeting: the start plus the least common multiple."""
    if unit not in ("minute", "hour"):
        raise Decline("a clock time after periods in other units than minutes or hours")
    lcm, steps = _solve(periods, unit)
    minutes = int(lcm) * (60 if unit == "hour" else 1)
    named, mer = clock.group("named"), clock.group("mer")
    begin = (720 if named == "noon" else 0) if named else minutes_after_midnight(
        int(clock.group("h")), int(clock.group("m")), mer)  # declines a time off the face
    start, m = divmod(begin, 60)
    end = begin + minutes
    if (named or mer) and end >= 24 * 60 or not (named or mer) and end >= 13 * 60:
        raise Decline("the next meeting is on another day or past the clock's twelve hours")
    hour, minute = divmod(end, 60)
    if named or mer:
        shown = f"{hour % 12 or 12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    else:
        shown = f"{hour}:{minute:02d}"
    later = dt.datetime(2000, 1, 1, start % 24, m) + dt.timedelta(minutes=minutes)
    again = later.strftime("%I:%M %p").lstrip("0").lower().replace("am", "a.m.").replace(
        "pm", "p.m.") if named or mer else f"{later.hour}:{later.minute:02d}"
    confirm.check(later.day == 1 and again == shown, "the clock time found again by Python's "
                  "datetime arithmetic")
    steps.append(step("the clock time", f"{minutes} minutes after the start.", shown))
    return shown, steps


__all__ = ["coinciding_cycles"]
