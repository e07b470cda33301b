"""One reading of 12-hour clock times, shared by the clock readers (our own times)."""

from __future__ import annotations

import re

import pytest

from tutor.reasoning.symbolic.combinatorics.arrivals import window
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.prealgebra.clock_times import MERIDIEM, minutes_after_midnight


@pytest.mark.parametrize(("hour", "minute", "meridiem", "minutes"), [
    (9, 40, "a.m.", 580), (1, 15, "p.m.", 795), (12, 5, "a.m.", 5), (12, 30, "p.m.", 750),
    (11, 59, "pm", 1439), (7, 0, "am", 420), (3, 20, None, 200), (12, 0, None, 720),
])
def test_a_time_is_minutes_after_midnight(hour: int, minute: int, meridiem: str | None,
                                          minutes: int) -> None:
    assert minutes_after_midnight(hour, minute, meridiem) == minutes


@pytest.mark.parametrize(("hour", "minute"), [(0, 30), (13, 0), (4, 60), (10, -1)])
def test_a_time_off_a_12_hour_face_declines(hour: int, minute: int) -> None:
    with pytest.raises(Decline):
        minutes_after_midnight(hour, minute, "a.m.")


@pytest.mark.parametrize("written", ["a.m.", "p.m.", "am", "pm"])
def test_every_way_of_writing_the_half_of_the_day_is_read(written: str) -> None:
    assert re.fullmatch(MERIDIEM, written)


def test_an_arrival_window_reads_its_times_the_same_way() -> None:
    assert window("#9 a.m. and #10 a.m.") == (540, 600)
    assert window("#11 and #1 p.m.") == (660, 780)  # the first time is before noon
    assert window("noon and #1:#30 p.m.") == (720, 810)
