"""A total that runs on ("12 + 15 = 27 − 4 = 23"): the writer puts the left side's result
and goes on computing from it. The link claims 12 + 15 = 27, checked as that; a chain that
does not open with the left side's exact value is an ordinary claim. Our own wordings."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.conventions import running_on
from tutor.verify.verdict import Verdict

V, R = Verdict.VERIFIED, Verdict.REFUTED


@pytest.mark.parametrize(("step", "verdict"), [
    ("12 + 15 = 27 − 4 = 23", V),    # a total that runs on from 27
    ("12 + 15 = 27 - 4 = 23", V),
    ("6 × 5 = 30 + 8 = 38", V),
    ("12 + 15 = 28 − 4 = 24", R),    # 12 + 15 is not 28: no running total there
    ("12 + 15 = 27 − 4 = 22", R),
])
def test_a_total_that_runs_on_is_read_as_the_writer_means(step: str, verdict: Verdict) -> None:
    assert check_step("Add them up.", [], step).verdict is verdict


def test_only_a_false_link_that_opens_with_the_value_runs_on() -> None:
    assert running_on("12 + 15", "27 − 4") == "27"
    assert running_on("1,200 + 300", "1,500 ÷ 3") == "1,500"
    assert running_on("6 + 2", "8 − 0") == ""       # true as written: an ordinary claim
    assert running_on("12 + 15", "28 − 4") == ""
    assert running_on("x + 15", "27 − 4") == ""     # no exact value to open with
