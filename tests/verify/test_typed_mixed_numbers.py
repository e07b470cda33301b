"""Mixed numbers typed with a slash, `7 1/2`: after "is" (extract/worded_results) the whole
mixed number is the result, never its whole part; beside `=` (exact.usual_reading) it is
read as a mixed number to verify only."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.worded_results import worded_claims
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "5/8 + 6/8 = 11/8, which is 1 3/8 as a mixed number.",
    "so 29/6 = 24/6 + 5/6 = 29/6, which is 4 5/6",
    "3/4 of 10 is 7 1/2",
    "half of 9 is 4 1/2",
    "2 1/2 = 5/2 cups, times 3 is 15/2",
    "15/2 = 7 1/2",
    "3 × 2 1/4 = 6 3/4",
    "2 1/3 + 1 1/2 = 3 5/6",
])
def test_a_correct_mixed_number_is_verified(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is V


@pytest.mark.parametrize("step", [
    "11/8, which is 1 3/8",
    "9/4 is 2 1/4 when written mixed",
    "17/5, which is 3 2/5 pizzas",
    "the answer is 10/3, which is 3 1/3",
])
def test_a_mixed_result_is_never_its_whole_part(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is not R
    assert all(c.rhs.replace(" ", "") not in {"1", "2", "3"} for c in worded_claims(step))


@pytest.mark.parametrize("step", [
    "13/4 = 2 1/4",           # a slip, but `2 1/4` is not read for certain: verify only
    "1 1/2 + 2 3/4 = 3 1/4",
    "11/4, which is 2 5/4",   # no mixed number: neither 2 nor 2 5/4 claimed
    "x 1/2 = 3",
    "7 3/2 = 4.5",
])
def test_a_doubtful_mixed_number_is_not_refuted(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is not R


def test_a_wrong_mixed_result_in_words_is_read_whole() -> None:
    claims = worded_claims("half of 9 is 4 3/4")
    assert [c.rhs for c in claims] == ["(4 + 3/4)"]
    assert check_step("Work it out.", [], "half of 9 is 4 3/4").verdict is R
