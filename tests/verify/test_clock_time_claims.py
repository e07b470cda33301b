"""Clock times and durations added and taken away ("9:45 + 2:30 = 12:15"), and a duration
in two units written in the smaller one ("2 hours 30 minutes = 150 minutes"). Our own
wordings (stop 45), with slips and near misses."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.clock_times import clock_claims, duration_claims
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize(("step", "verdict"), [
    ("9:45 + 2:30 = 12:15", V),
    ("the train gets in at 8:50 + 1:25 = 10:15", V),
    ("12:15 − 9:45 = 2:30", V),
    ("9:45 plus 150 minutes is 12:15", V),
    ("10:50 + 45 min = 11:35", V),
    ("it starts at 11:30, so 11:30 + 2 hours = 1:30", V),  # a 12-hour clock turns over
    ("the film ends at 11:30 + 2 hours = 1:30", V),
    # two durations, or a time and a duration? right only after a turn: unchecked
    ("11:30 + 2 hours = 1:30", U),
    ("5:30 + 7:45 = 1:15", U),
    ("5:30 + 7:45 = 13:15", V),
    ("5:30 + 7:45 = 2:15", R),              # wrong either way
    ("22:40 + 1:30 = 0:10", V),             # and a 24-hour one
    ("9:45 + 2:30 = 11:15", R),
    ("10:50 + 45 min = 11:45", R),
    ("3:20 - 1:40 = 2:40", R),
])
def test_clock_arithmetic(step: str, verdict: Verdict) -> None:
    assert check_step("A timetable problem.", [], step).verdict is verdict


@pytest.mark.parametrize(("step", "verdict"), [
    ("2 hours 30 minutes = 150 minutes", V),
    ("1 hour and 15 minutes is 75 minutes", V),
    ("3 min 20 s = 200 s", V),
    ("2 hours 30 minutes = 130 minutes", R),
    ("4 min 5 s = 425 s", R),
])
def test_two_unit_durations(step: str, verdict: Verdict) -> None:
    assert check_step("A timing problem.", [], step).verdict is verdict


@pytest.mark.parametrize("text", [
    "the ratio 1:2 + 3:4 = 5:6",              # no minutes: a ratio
    "9:45 and 2:30 = 12:15",
    "9:45 + 2:30 = 12:15 × 2",                # goes on: not this claim's result
    "9:75 + 2:30 = 12:45",                    # no such time
])
def test_near_misses_are_no_clock_claims(text: str) -> None:
    assert clock_claims(text) == []


@pytest.mark.parametrize("text", [
    "2 hours 30 minutes = 9000 seconds",      # not the smaller of the two units
    "2 hours 30 seconds = 150 seconds",
    "90 minutes = 1 hour 30 minutes",
])
def test_near_misses_are_no_duration_claims(text: str) -> None:
    assert duration_claims(text) == []


def test_the_refutation_says_it_in_minutes() -> None:
    verdict = check_step("A timetable problem.", [], "9:45 + 2:30 = 11:15")
    assert "585 + 150 = 735, not 675" in verdict.reason
