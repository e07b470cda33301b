"""Days of the week, months of the year and the hours of a 12-hour clock as cycles: "If
today is Wednesday, what day of the week will it be in 100 days?", "What day of the week
was it 40 days before Tuesday?", "It is now March. What month will it be 40 months from
now?", "The time is 9 o'clock. On a 12-hour clock, what time will it be 2004 hours from
now?", "Every 5 months Hal replaces the batteries; the first time was in May. In what month
is the 25th time?"

The start is named in the problem; the number of steps forwards or back is reduced modulo
the length of the cycle (7, 12, 12) and the answer named. It is confirmed by stepping
through the cycle one day (month, hour) at a time. A clock answer is an hour from 1 to 12:
a question about a.m. and p.m., minutes or a 24-hour clock is not read.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_DAY = "(?P<name>" + "|".join(_DAYS) + ")"
_MONTH = "(?P<name>" + "|".join(_MONTHS) + ")"
_LATER = r"(?P<way>from now|from today|later|after today|hence|ago|before today|earlier)"
# (the unit, the names of its cycle, the start said, the question)
_CYCLES: list[tuple[str, list[str], str, str]] = [
    ("day", _DAYS, r" (?:if |suppose |given that )?(?P<when>today|yesterday|tomorrow) (?:is|was|"
     r"will be) (?:a )?" + _DAY + r"\b",
     r" (?:on )?(?:what|which) day of the week (?:will it be|is it|was it|would it be|will be|was|"
     r"is|falls) (?:in #(?P<n>\d+) days?\b|#(?P<n2>\d+) days? " + _LATER + r"|#(?P<n3>\d+) days?"
     r" (?P<dir>from|after|before) (?:today|(?:an? )?" + _DAY.replace("name", "name2") + r"))"),
    ("month", _MONTHS, r" (?:if |suppose )?(?:it is|the month is|this month is) (?:currently |now "
     r")?" + _MONTH + r"\b",
     r" (?:what|which) month (?:will it be|was it|would it be|will be|was) (?:in #(?P<n>\d+) "
     r"months?\b|#(?P<n2>\d+) months? " + _LATER + r"|#(?P<n3>\d+) months? (?P<dir>from|after|"
     r"before) (?:now|" + _MONTH.replace("name", "name2") + r"))"),
]
_HOUR_START = r" (?:if )?(?:the time (?:right now |now )?is|it is(?: now)?) #(?P<h>\d+) o'clock\b"
_HOUR_ASK = (r"(?: on a #12-hour clock,)? what time (?:will it be|was it|would it be)"
             r"(?: on a #12-hour clock,?)? (?:in "
             r"#(?P<n>\d+) hours?\b|#(?P<n2>\d+) hours? " + _LATER + r")(?: on a #12-hour clock)?")
_GLUE = frozenset("now then the".split())
# a date in the same year: "If March 1 is a Tuesday, what day of the week is March 30?" (or
# "the 1st of March", "March 1st", written so first)
_DATE = r"(?P<m{0}>" + "|".join(_MONTHS) + r") #(?P<d{0}>\d+)(?: ?(?:st|nd|rd|th))?"
_DATE_START = (r" (?:if |suppose |given that )?(?:the date )?" + _DATE.format(1) + r"(?:,? #\d{4})?"
               r" (?:is|was|falls on|fell on|will be) (?:a )?" + _DAY + r"\b")
_DATE_ASK = (r" (?:on )?(?:what|which) day of the week (?:is|was|will be|does|did|would be) "
             + _DATE.format(2) + r"(?: fall| be)?\b")
_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
# the n-th day of a life: the day of birth is the first ("Maria was born on a Monday. On what
# day of the week was the 500th day of her life?")
_BORN = (r" (?:(?:if )?[a-z]+ (?:was|is) born|(?:if )?(?:he|she|they) (?:was|were) born) on "
         r"(?:a )?" + _DAY + r"\b")
_LIFE_DAY = (r" (?:on )?(?:what|which) day of the week (?:was|is|will be|would be) (?:the )?"
             r"#?(?P<n>\d+) ?(?:st|nd|rd|th) day of (?:his|her|their) life\b")
# two days of one month, the month not named: "If the 5th of a month is a Tuesday, what day of
# the week is the 26th of that month?"
_NTH_DAY = r"the #?(?P<d{0}>\d+) ?(?:st|nd|rd|th)?(?: day)?"
_MONTH_DAY_START = (r" (?:if |suppose |given that )?" + _NTH_DAY.format(1) + r" of (?:a|some|"
                    r"one|this|the) month (?:is|was|falls on|fell on) (?:a )?" + _DAY + r"\b")
_MONTH_DAY_ASK = (r" (?:on )?(?:what|which) day of the week (?:is|was|will be|does|did|would "
                  r"be) " + _NTH_DAY.format(2) + r"(?: of (?:that|the same|this|the) month)?"
                  r"(?: fall| be)?\b")


def read(split: Split, template: str) -> Result | None:
    if not quick(template, "day of the week", "month", "o'clock"):
        return None
    w = Wording.of(split, template)
    w.text = re.sub(r"#12 -hour", "#12-hour", w.text)
    # "the 5th of March", "March 5th": the date as "march #5"
    w.text = re.sub(r"\b(?:the )?#?(\d+) ?(?:st|nd|rd|th)? of (" + "|".join(_MONTHS) + r")\b",
                    r"\2 #\1", w.text)
    w.text = re.sub(r"\b(" + "|".join(_MONTHS) + r") #?(\d+) ?(?:st|nd|rd|th)\b", r"\1 #\2",
                    w.text)
    hour = w.take(_HOUR_START)
    if hour:
        ask = w.take(_HOUR_ASK)
        if len(hour) != 1 or len(ask) != 1 or not w.only_glue(_GLUE):
            return None
        start = int(hour[0].group("h"))
        if not 1 <= start <= 12:
            raise Decline("an hour on a 12-hour clock")
        names = [str(h) for h in range(1, 13)]
        return _walk("hour", names, start - 1, _steps(ask[0]))
    born, life_day = w.take(_BORN), w.take(_LIFE_DAY)
    if born or life_day:
        if len(born) != 1 or len(life_day) != 1 or not w.only_glue(_GLUE):
            return None
        n = int(life_day[0].group("n"))
        if not 1 <= n <= 10**6:
            raise Decline("a day of a life from the first")
        value, steps = _walk("day", _DAYS, _DAYS.index(born[0].group("name")), n - 1)
        return value, [step("the first day", "The day of birth is the first day of the life, "
                            f"so the {n}th day is {n - 1} days after it.", f"${n} - 1 = {n - 1}$",
                            f"{n} - 1 = {n - 1}"), *steps]
    on, on_asked = w.take(_MONTH_DAY_START), w.take(_MONTH_DAY_ASK)
    if on or on_asked:
        if len(on) != 1 or len(on_asked) != 1 or not w.only_glue(_GLUE):
            return None
        first, then = int(on[0].group("d1")), int(on_asked[0].group("d2"))
        if not (1 <= first <= 31 and 1 <= then <= 31):
            raise Decline("days of a month")
        return _walk("day", _DAYS, _DAYS.index(on[0].group("name")), then - first)
    on, on_asked = w.take(_DATE_START), w.take(_DATE_ASK)
    if on or on_asked:
        if len(on) != 1 or len(on_asked) != 1 or not w.only_glue(_GLUE):
            return None
        return _walk("day", _DAYS, _DAYS.index(on[0].group("name")),
                     _days_between(on[0], on_asked[0]))
    for unit, names, start_said, asked in _CYCLES:
        said = w.take(start_said)
        ask = w.take(asked)
        if len(ask) != 1 or len(said) > 1 or not w.only_glue(_GLUE):
            continue
        at = ask[0].groupdict().get("name2")
        if (at is None) == (not said):
            raise Decline("where the count starts is said twice or not at all")
        begin = names.index(at or said[0].group("name"))
        when = said[0].groupdict().get("when") if said else None
        if when in ("yesterday", "tomorrow"):  # today is the day after yesterday
            told = said[0].group("name").capitalize()
            begin = (begin + (1 if when == "yesterday" else -1)) % len(names)
            value, steps = _walk(unit, names, begin, _steps(ask[0]))
            return value, [step("today", f"{when.capitalize()} is {told}, so today is "
                                f"{names[begin].capitalize()}.", "", ""), *steps]
        return _walk(unit, names, begin, _steps(ask[0]))
    return None


# "Every 5 months Hal replaces the batteries. He first replaced them in May. In what month
# will he replace them for the 25th time?": the n-th time is (n - 1) periods after the first
_EVERY = re.compile(r"\bevery #(?P<k>\d+) (?P<unit>months|days)\b")
_FIRST = re.compile(r"\b(?:the )?first(?: [a-z']+){0,3}? (?:in|on) (?:a )?(?P<name>\w+)\b|"
                    r"\b(?:in|on) (?:a )?(?P<name2>\w+),? (?:for )?the first time\b")
_NTH = re.compile(r"\b(?:for )?the #?(?P<n>\d+) ?(?:st|nd|rd|th)? time\b")
_WHICH = {"months": re.compile(r"\b(?:in )?(?:what|which) month\b"),
          "days": re.compile(r"\b(?:on )?(?:what|which) day(?: of the week)?\b")}
# words that change the count: a skipped time, a second period, a year's length
_CHANGES = re.compile(r"\b(?:not|except|skip\w*|twice|than|more|less|ago|earlier|before|after|"
                      r"until|leap|year|years|week|weeks|second|third|last|then|also)\b")


def read_repeats(split: Split, template: str) -> Result | None:
    if not quick(template, "every") or not quick(template, "first"):
        return None
    w = Wording.of(split, template)
    nth, everies, firsts = (w.take(p.pattern) for p in (_NTH, _EVERY, _FIRST))
    if not everies or not firsts or len(nth) != 1:
        return None
    if len(everies) > 1 or len(firsts) > 1:
        raise Decline("the period or the first time told twice")
    every, first = everies[0], firsts[0]
    unit = every.group("unit")
    names = _MONTHS if unit == "months" else _DAYS
    name = first.group("name") or first.group("name2")
    if name not in names or len(w.take(_WHICH[unit].pattern)) != 1:
        return None
    rest = w.text  # what is left once the four phrases are taken
    if re.search(r"#\d|\d", rest) or _CHANGES.search(rest) or "@" in rest:
        raise Decline("another number, or a word that changes the count")
    n, k = int(nth[0].group("n")), int(every.group("k"))
    if n < 1 or k < 1:
        raise Decline("a count of times from 1")
    value, steps = _walk(unit[:-1], names, names.index(name), (n - 1) * k)
    claim = f"({n} - 1) \\cdot {k} = {(n - 1) * k}"
    return value, [step("count the periods", f"The 1st time is in {name.capitalize()}; each "
                        f"later time is {k} {unit} on, so the {n}th time is ${claim}$ {unit} "
                        "after the first.", f"${claim}$", claim), *steps]


def _days_between(start: re.Match[str], ask: re.Match[str]) -> int:
    """Days from the first date to the second in one year; Decline when the count passes
    the end of February (a leap year is not said) or a date does not exist."""
    dates = []
    for m, d in ((start.group("m1"), start.group("d1")), (ask.group("m2"), ask.group("d2"))):
        month, day = _MONTHS.index(m), int(d)
        if not 1 <= day <= _LENGTHS[month]:
            raise Decline("a date that every year has")
        dates.append((month, day))
    (m1, d1), (m2, d2) = dates
    if min(m1, m2) <= 1 < max(m1, m2):
        raise Decline("the end of February lies between: a leap year is not said")
    return (sum(_LENGTHS[:m2]) + d2) - (sum(_LENGTHS[:m1]) + d1)


def _steps(m: re.Match[str]) -> int:
    n = int(m.group("n") or m.group("n2") or m.group("n3"))
    back = (m.groupdict().get("way") or "") in ("ago", "before today", "earlier") or \
        m.groupdict().get("dir") == "before"
    if n > 10**6:
        raise Decline("too many steps to walk through")
    return -n if back else n


def _walk(unit: str, names: list[str], begin: int, n: int) -> Result:
    size = len(names)
    landed = (begin + n) % size
    at = begin
    for _ in range(abs(n)):  # one step at a time
        at = at + 1 if n > 0 else at - 1
        at = 0 if at == size else size - 1 if at < 0 else at
    confirm.check(at == landed, f"stepping one {unit} at a time lands on the same {unit}")
    q, r = divmod(n, size)
    claim = f"{n} = {size} \\cdot {q} + {r}" if q >= 0 else f"{n} = {size} \\cdot ({q}) + {r}"
    answer: sp.Basic | str = sp.Integer(int(names[landed])) if unit == "hour" else \
        f"\\text{{{names[landed].capitalize()}}}"
    said = names[landed] if unit == "hour" else names[landed].capitalize()
    return answer, [
        step("reduce the count", f"Every {size} {unit}s the cycle comes back to the same "
             f"{unit}; only the remainder matters.", f"${claim}$", claim),
        step("count on", f"{r} {unit}s on from {names[begin].capitalize()}.",
             f"It is {said}.", "")]


__all__ = ["read", "read_repeats"]
