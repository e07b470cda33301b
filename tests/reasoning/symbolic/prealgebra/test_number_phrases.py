"""A number described in words: a multiple said with "times" ("twice", "three times")
binds tighter than a sum or difference said after it, as 3x + 7 is written; other
operations after a phrase still read two ways and decline."""

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize("problem, answer", [
    ("Twice a number plus 7 is 31. Find the number.", "12"),
    ("twice a number increased by 7 is 31, what is the number", "12"),
    ("Three times a number minus 4 is 20. What is the number?", "8"),
    ("Four times a number decreased by 6 equals 18. Find the number.", "6"),
    ("Twice the sum of a number and 7 is 30. What is the number?", "8"),
    ("Five times a number plus 2 is 3 times the number plus 10. What is the number?", "4"),
])
def test_a_multiple_binds_tighter_than_a_sum_said_after_it(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.declined


@pytest.mark.parametrize("problem", [
    "Half of a number plus 3 is 10. What is the number?",  # x/2 + 3 or (x + 3)/2
    "20 percent of a number plus 7 is 19. Find the number.",
    "Twice a number squared is 50. What is the positive number?",  # 2x^2 or (2x)^2
])
def test_other_operations_after_a_phrase_still_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_sentence_that_reads_two_ways_names_both() -> None:
    said = solve_now("Half of a number plus 5 is 12. What is the number?").declined or ""
    assert "read two ways" in said and "x/2 + 5 = 12" in said and "x/2 + 5/2 = 12" in said


@pytest.mark.parametrize("problem", [
    "A number increased by one third is 16. What is the number?",   # x + 1/3, or 4x/3
    "a number decreased by a half is 9, what is the number",
    "Three times a number decreased by 2/5 is 11. Find the number.",
    "When a number is increased by three quarters, the result is 14. What is the number?",
    "Two thirds more than a number is 10. What is the number?",
])
def test_a_fraction_as_the_change_reads_two_ways(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem, answer", [
    ("A number increased by 4 is 16. What is the number?", "12"),
    ("A number decreased by 2.5 is 9. What is the number?", "11.5"),
    ("Two more than a number is 10. What is the number?", "8"),
])
def test_a_whole_or_decimal_change_is_read(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.declined
