"""A range of whole numbers typed with a hyphen ("pages 1-10 is 10 pages", "rows 4-9 = 6
rows") is no subtraction, so it is never red-marked as 1 - 10 = 10 (stop 52, fr26); it
still counts, so its step is not verified on it. A difference typed with spaces, the
first number larger, or a negative result stays a subtraction. Our own variants."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.claim import RawClaim
from tutor.verify.extract.number_ranges import reads_as_range
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "pages 1-10 is 10 pages, 11-20 is another 10",
    "1-10 is 10 numbers",
    "seats 4-9 is 6 seats",
    "days 3-7 = 5 days",
    "tickets 21-40 are 20 tickets",
    "the numbers 1-12 sum = 78",
])
def test_range_is_not_refuted(step: str) -> None:
    assert check_step("", [], step).verdict is U, step


@pytest.mark.parametrize(("step", "verdict"), [
    ("12-5 is 8", R),
    ("12 - 5 is 8", R),
    ("2 - 10 is 8", R),
    ("3 - 7 = 5", R),
    ("14-6 = 8", V),
    ("3-7 = -4", V),
])
def test_subtraction_stays_a_subtraction(step: str, verdict: Verdict) -> None:
    assert check_step("", [], step).verdict is verdict, step


def test_range_reading_needs_the_hyphen_as_written() -> None:
    claim = RawClaim(lhs="1 - 10", relation="=", rhs="10", source="1 − 10 = 10", latex=False,
                     comparable=True, approximate=False, single_link=True)
    assert not reads_as_range(claim)
    assert reads_as_range(claim, "1-10")
    assert not reads_as_range(claim, "x1-10")
    assert not reads_as_range(claim, "2^1-10")
