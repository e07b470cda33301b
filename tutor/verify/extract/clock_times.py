"""Clock times and durations added or taken away: "9:45 + 2:30 = 12:15", "12:15 − 9:45 =
2:30", "9:45 plus 150 minutes is 12:15", "10:50 + 45 min = 11:35"; a duration in two units
written in the smaller one: "2 hours 30 minutes = 150 minutes", "3 min 20 s = 200 s".

A time is `H:MM` (hours 0 to 24, minutes two digits under 60); a duration is `H:MM` too,
or a whole number of minutes or hours with its unit. The claim is the computation in
minutes: "9:45 + 2:30 = 12:15" is `585 + 150 = 735`. A clock turns over every 12 hours
(and a 24-hour clock every 24), so a stated time stands for every time 12 hours apart:
the claim's result is the one of those nearest the computed value, and only a time no
turn of the clock can make right is refuted ("9:45 + 2:30 = 11:15": 675, never 735). A
result right only after a turn is verified only when the step says the first is a time of
day ("at 11:30", "11:30 am", a 24-hour "22:40"): of two durations, "5:30 + 7:45 = 1:15"
is wrong, so without that it is left unchecked.
"2 hours 30 minutes = 150 minutes" is `2 × 60 + 30 = 150`. The claims are checked in the
worker pool like any other. Plain text work (no SymPy).
"""

from __future__ import annotations

import re

from tutor.verify.extract.claim import RawClaim, said_false

__all__ = ["clock_claims", "duration_claims"]

_TIME = r"(?:[01]?\d|2[0-4]):[0-5]\d"
_MINUTES = r"\d{1,4}\s?(?:minutes|minute|mins|min|hours|hour|hrs|hr|h)\b"
_TERM = rf"(?:{_TIME}(?!\d)|{_MINUTES})"
_OP = r"\s*(?P<op>[-+−]|plus|minus|\band\b)\s*"
_CLOCK = re.compile(
    rf"(?<![\w.:])(?P<a>{_TIME})(?![\d:]){_OP}(?P<b>{_TERM})(?!\s*[-+−×*/÷])"
    rf"\s*(?:=|is|gives|makes)\s*(?P<c>{_TIME})(?![\d:])(?!\s*[-+−×*/÷]\s*\d)"
)
_TURN = 12 * 60


def _minutes(term: str) -> int:
    if ":" in term:
        hours, minutes = term.split(":")
        return int(hours) * 60 + int(minutes)
    number = int(re.match(r"\d+", term).group(0))  # type: ignore[union-attr]
    return number * 60 if term.rstrip()[-1] in "hsr" and "min" not in term else number


# a time of day said in the clause before: "at 9:45", "starts", "9:45 pm", a 24-hour time
_OF_DAY_BEFORE = re.compile(r"\b(?:at|from|until|leaves?|arrives?|starts?|begins?|ends?|time|"
                            r"clock|o'clock)\b", re.I)
_OF_DAY_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|o'clock)", re.I)


def _time_of_day(prose: str, m: re.Match[str]) -> bool:
    hours = int(m.group("a").split(":")[0])
    clause = re.split(r"[.;!?\n]\s", prose[max(0, m.start() - 40):m.start()])[-1]
    return hours >= 13 or _OF_DAY_BEFORE.search(clause) is not None \
        or _OF_DAY_AFTER.match(prose, m.end("a")) is not None


def clock_claims(prose: str, limit: int = 40) -> list[RawClaim]:
    """The clock-time claims of the prose (see module doc), at most `limit`."""
    claims: list[RawClaim] = []
    for m in _CLOCK.finditer(prose):
        if len(claims) >= limit:
            break
        if m.group("op") == "and" or said_false(prose[m.end():m.end() + 80]):
            continue
        sign = "-" if m.group("op") in ("-", "−", "minus") else "+"
        a, b, c = _minutes(m.group("a")), _minutes(m.group("b")), _minutes(m.group("c"))
        value = a + b if sign == "+" else a - b
        stated = c + _TURN * round((value - c) / _TURN)  # the turn of the clock nearest
        # "5:30 + 7:45 = 1:15" is right of a time of day and wrong of two durations: a
        # turn of the clock is only taken when the step says the first is a time of day
        turned = stated != c and stated == value and not _time_of_day(prose, m)
        claims.append(RawClaim(
            lhs=f"{a} {sign} {b}", relation="=", rhs=str(c if turned else stated),
            source=re.sub(r"\s+", " ", m.group(0)).strip(), latex=False,
            comparable=not turned,
            approximate=False, single_link=True,
            note=f"in minutes: {m.group('a')} is {a} minutes after 0:00, "
                 f"{m.group('c')} is {stated}"))
    return claims


_HOURS = r"(?:hours|hour|hrs|hr|h)"
_MINS = r"(?:minutes|minute|mins|min)"
_SECS = r"(?:seconds|second|secs|sec|s)"
_TWO_UNITS = re.compile(
    rf"(?<![\w.,])(?P<a>\d{{1,4}})\s?(?P<big>{_HOURS}|{_MINS})\s+(?:and\s+)?"
    rf"(?P<b>\d{{1,2}})\s?(?P<small>{_MINS}|{_SECS})\b\s*(?:=|is|equals)\s*"
    rf"(?P<c>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})\s?(?P<unit>{_MINS}|{_SECS})\b(?![\d.,]\d)"
    r"(?!\s*[-+×*/÷])")


def duration_claims(prose: str, limit: int = 40) -> list[RawClaim]:
    """ "2 hours 30 minutes = 150 minutes": a duration in two neighbouring units (hours and
    minutes, or minutes and seconds) written in the smaller one (see module doc)."""
    claims: list[RawClaim] = []
    for m in _TWO_UNITS.finditer(prose):
        if len(claims) >= limit:
            break
        hours = re.fullmatch(_HOURS, m.group("big")) is not None
        minutes = re.fullmatch(_MINS, m.group("small")) is not None
        same = re.fullmatch(_MINS if minutes else _SECS, m.group("unit")) is not None
        if hours != minutes or not same or said_false(prose[m.end():m.end() + 80]):
            continue  # "2 hours 30 seconds", "2 hours 30 minutes = 9000 seconds": not read
        claims.append(RawClaim(
            lhs=f"{m.group('a')} × 60 + {m.group('b')}", relation="=",
            rhs=m.group("c").replace(",", ""), source=re.sub(r"\s+", " ", m.group(0)).strip(),
            latex=False, comparable=True, approximate=False, single_link=True,
            note=f"{m.group('big')} to {m.group('unit')}"))
    return claims
