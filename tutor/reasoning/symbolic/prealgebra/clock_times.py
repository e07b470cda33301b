"""Times on a 12-hour clock, as the readers of clock problems share them: the ways "a.m."
and "p.m." are written, and a time turned into minutes after midnight.

`prealgebra.clocks` (the angle of the hands), `prealgebra.elapsed_times` (the time between
two clock times) and `combinatorics.arrivals` (random arrival windows) read their times
with these, so a time means the same in each."""

from __future__ import annotations

from tutor.reasoning.symbolic.model import Decline

MERIDIEM = r"(?:a\.m\.|p\.m\.|am|pm)"  # how "a.m." and "p.m." are written


def minutes_after_midnight(hour: int, minute: int, meridiem: str | None) -> int:
    """"9:40 a.m." is 580, "1:15 p.m." 795, "12:05 a.m." 5, "12:30 p.m." 750. Without
    a.m. or p.m. the hour is taken as written (a window "between 1:00 and 2:00").
    Declines an hour outside 1-12 or minutes past 59."""
    if not 1 <= hour <= 12 or not 0 <= minute <= 59:
        raise Decline("a time on a 12-hour clock")
    if meridiem:
        hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
    return 60 * hour + minute


__all__ = ["MERIDIEM", "minutes_after_midnight"]
