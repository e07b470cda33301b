"""The problem's numbers written again in order ("In order: $2, 4, 4, 9$") are verified when
they are exactly the problem's list, each as often, in the order said; a list with a number
dropped, changed or out of place is left unchecked, never refuted. Our own lists."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.verify.api import check_steps
from tutor.verify.sorted_lists import sorted_list_claims
from tutor.verify.verdict import Verdict

PROBLEM = "Find the median of 14, 6, 9, 6, 20 and 1."
SCORES = "The quiz scores were 71, 88, 64, 88, 90. What is the median?"


@pytest.mark.parametrize(("problem", "step"), [
    (PROBLEM, "In order: $1, 6, 6, 9, 14, 20$"),
    (PROBLEM, "Sorted in increasing order, the numbers are 1, 6, 6, 9, 14, 20."),
    (PROBLEM, "Arranged from greatest to least: 20, 14, 9, 6, 6, 1"),
    (SCORES, "Ordering the scores: 64, 71, 88, 88, 90."),
    (SCORES, "in ascending order 64, 71, 88, 88, 90"),
    ("the temperatures were -3, 5, -8, 0 and 2. find the median", "In order: $-8, -3, 0, 2, 5$"),
])
def test_the_problems_numbers_in_order_are_verified(problem: str, step: str) -> None:
    assert [c.verdict for c in sorted_list_claims(problem, step)] == [Verdict.VERIFIED]
    assert check_steps(problem, [step])[0].verdict is Verdict.VERIFIED


@pytest.mark.parametrize(("problem", "step"), [
    (PROBLEM, "In order: $1, 6, 9, 14, 20$"),          # a 6 dropped
    (PROBLEM, "In order: $1, 6, 6, 9, 14, 21$"),       # 20 changed
    (PROBLEM, "In order: $1, 6, 6, 14, 9, 20$"),       # out of order
    (PROBLEM, "In order: $1, 6, 6, 9, 14, 20, 25$"),   # one added
    (SCORES, "in descending order: 64, 71, 88, 88, 90"),  # the other way round
    ("Find the median of 14, 6 and 9.", "In order: $6, 9$"),  # too short to be a list
])
def test_a_wrong_list_is_not_verified_nor_refuted(problem: str, step: str) -> None:
    assert sorted_list_claims(problem, step) == []
    assert check_steps(problem, [step])[0].verdict is Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "Arranged from greatest to least: 20, 14, 9, 6, 6, 1, so the median is 7.5",
    "In order: 1, 6, 6, 9, 14, 20. The median is 8",   # a wrong median beside a right list
])
def test_a_list_beside_another_number_is_not_verified(step: str) -> None:
    # what the step says of the list is not read, so the step must not look verified
    assert sorted_list_claims(PROBLEM, step) == []
    assert check_steps(PROBLEM, [step])[0].verdict is not Verdict.VERIFIED


def test_the_engines_median_steps_are_all_verified() -> None:
    problem = "What is the median of 11, 3, 8, 3, 16, 5?"
    sol = assert_solved(problem, "\\frac{13}{2}")
    assert sol.steps[0].text == "In order: $3, 3, 5, 8, 11, 16$"
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    assert all(v.verdict is Verdict.VERIFIED for v in verdicts), [v.summary for v in verdicts]
