"""Arithmetic said in words ("3 times 7 is 21", "half of 30 is 15", "10% of 240 is 24",
"which gives 5/6" after a chain), read by extract/worded_results and claims.py."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.worded_results import worded_claims
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "8 times 6 is 48",
    "so 8 multiplied by 6 gives 48 altogether",
    "half of 64 is 32",
    "a quarter of 64 is 16, so each gets 16",
    "twice 17 is 34",
    "25% of 80 is 20 and 75% of 80 is 60",
    "2/5 of 35 is 14",
    "11 squared is 121",
    "the square root of 196 is 14",
    "90 divided by 6 comes to 15",
    "14 plus 9 is 23, plus 8 is 31",
    "40 minus 13 is 27, then times 2 is 54",
    "7 + 8 + 9 gives 24",
    "$4.50 times 4 is $18",
    "2,400 divided by 8 is 300",
    "the answer is 45/5, which is 9",
    "1 divided by 8 is 0.125",
])
def test_worded_arithmetic_that_holds_is_verified(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is V


@pytest.mark.parametrize(("step", "reason"), [
    ("8 times 6 is 46", "48, not 46"),
    ("half of 64 is 34", "32, not 34"),
    ("25% of 80 is 25", "20, not 25"),
    ("2/5 of 35 is 12", "14, not 12"),
    ("14 plus 9 is 23, plus 8 is 32", "31, not 32"),
    ("7 + 8 + 9 gives 25", "24, not 25"),
    ("the answer is 45/5, which is 8", "9, not 8"),
])
def test_a_worded_slip_is_refuted(step: str, reason: str) -> None:
    verdict = check_step("Work it out.", [], step)
    assert verdict.verdict is R
    assert reason in verdict.reason


@pytest.mark.parametrize("step", [
    "2 plus 3 times 4 is 14",             # words do not group mixed operations
    "2 plus 3 times 4 is 20",
    "the sum of 3 and 4 times 2 is 11",   # "the sum of" groups what follows
    "3 times 4 is 12 more than 0",         # the number is no result
    "7 times 3 is 1 mod 5",                # modular
    "101 plus 1 is 110 in binary",         # a base
    "47 divided by 5 is 9 with 2 left over",
    "6 - 2 - 1 is 3",                      # a chain that depends on grouping
    "there are 12, which is 3 dozen",
    "x plus 3 is 7",                       # a letter: an equation, not arithmetic
])
def test_forms_with_more_than_one_reading_are_no_worded_claim(step: str) -> None:
    assert worded_claims(step) == []


@pytest.mark.parametrize("step", [
    "if 8 times 6 is 46 then the total would be wrong",
    "is 8 times 6 equal to 46?",
    "check whether 8 times 6 is 46",
    "7 → 22 → 11, and 12 + 15 → 28",   # an arrow maps, it is never refuted
    "the ratio 6 divided by 3 is 4",
])
def test_trials_questions_and_arrows_are_never_refuted(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is not R


@pytest.mark.parametrize("step", [
    "twice 3 squared is 18",               # 2 × 3² = 18 or (2 × 3)² = 36: never "3² = 18"
    "twice 3 squared is 36",
    "half of 30 plus 5 is 17.5",           # 30/2 + 5 = 20 or (30 + 5)/2 = 17.5
    "half of 30 plus 5 is 20",
    "the square root of 9 times 4 is 6",   # √(9 × 4) = 6 or √9 × 4 = 12
    "the square root of 9 times 4 is 12",
    "5 times 2 squared is 100",            # 5 × 2² = 20 or (5 × 2)² = 100
    "10% of 200 plus 50 is 70",
])
def test_how_far_words_reach_reads_two_ways_so_it_is_never_refuted(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is not R
    assert worded_claims(step) == []


def test_squares_added_read_one_way() -> None:
    assert check_step("Work it out.", [], "3 squared plus 4 squared is 25").verdict is V
    assert check_step("Work it out.", [], "3 squared plus 4 squared is 49").verdict is R


def test_a_rough_value_in_words_is_an_approximation() -> None:
    assert check_step("Work it out.", [], "1 divided by 3 is roughly 0.33").verdict is V
    assert check_step("Work it out.", [], "1 divided by 3 is about 0.4").verdict is not V


@pytest.mark.parametrize("opening", ["which gives", "so we get", "that is", "which is",
                                     "giving"])
def test_a_step_opening_with_words_of_result_goes_on_from_the_step_before(opening: str) -> None:
    previous = ["2/3 + 1/4 = 8/12 + 3/12"]
    assert check_step("Add 2/3 and 1/4.", previous, f"{opening} 11/12").verdict is V
    # never refuted: "x + 2 = 10 - 5" then "which gives 3" may mean x = 3
    assert check_step("Add 2/3 and 1/4.", previous, f"{opening} 10/12").verdict is U
    assert check_step("Solve x + 2 = 10 - 5", ["x + 2 = 10 - 5"], f"{opening} 3").verdict is not R


def test_a_typed_continuation_after_a_unicode_minus_chain_is_read() -> None:
    previous = ["5/6 − 1/4 = 10/12 − 3/12"]
    assert check_step("Work out 5/6 − 1/4.", previous, "= 7/12").verdict is V
    assert check_step("Work out 5/6 − 1/4.", previous, "= 6/12").verdict is R
