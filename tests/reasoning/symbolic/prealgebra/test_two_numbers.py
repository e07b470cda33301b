"""Two numbers told by "one number is ... another" (`prealgebra.two_numbers`): "another" is the
other number, and "one number" says they are numbers. Our own problems, answers worked out by
hand; a story two pairs of numbers fit (one of them negative) declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # a = b + 5, a + b = 41: b = 18, a = 23
    ("One number is 5 more than another. Their sum is 41. What is the larger number?", "23"),
    # a = 2b - 4, a + b = 35: b = 13, a = 22
    ("One number is 4 less than twice another number. Their sum is 35. What is the smaller "
     "number?", "13"),
    # a = 4b, a + b = 45: b = 9
    ("One integer is 4 times another integer, and their sum is 45. What is the smaller "
     "integer?", "9"),
    # "a number ... another": a = 3b + 2, a + b = 30: b = 7, a = 23
    ("A number is 2 more than 3 times another number. Their sum is 30. What is the larger "
     "number?", "23"),
    # a = 5b - 1, a + b = 29: b = 5
    ("An integer is 1 less than 5 times another integer, and their sum is 29. What is the "
     "smaller integer?", "5"),
])
def test_one_number_and_another_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # b = 13 or b = -13
    "One number is three times another, and their difference is 26. Find the smaller number.",
    # b(b + 5) = 36: b = 4 or b = -9
    "One number is 5 more than another. Their product is 36. What is the larger number?",
])
def test_one_number_and_another_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 and 9
    ("Two positive integers have a product of 45 and a sum of 14. What is the positive "
     "difference between them?", "4"),
    # 11 and 4
    ("The sum of two numbers is 15 and their product is 44. What is the difference between "
     "the two numbers?", "7"),
])
def test_difference_between_them(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # "find two numbers whose ... and whose ...": the facts stated, then one asked
    ("Find two numbers whose sum is 25 and whose product is 156. What is the larger?", "13"),
    ("Consider two positive integers whose difference is 5 and whose product is 84. What is "
     "the smaller?", "7"),
    ("There are two numbers whose sum is 30 and whose difference is 8. Find the larger number.",
     "19"),
    # "these two integers": the two of the sentence before
    ("The product of two positive integers is 28. The positive difference of these two integers "
     "is 3. What is the sum of the two integers?", "11"),
])
def test_two_numbers_whose_facts_are_said(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_two_numbers_with_one_fact_decline() -> None:
    assert solve_now("Find two numbers whose sum is 25. What is the larger?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # both asked, the smaller first: 9 + 15 = 24, 15 - 9 = 6
    ("The sum of two numbers is 24 and their difference is 6. What are the numbers?", "9, 15"),
    ("Find two numbers whose sum is 24 and difference is 6.", "9, 15"),
    # 5 * 9 = 45, 5 + 9 = 14
    ("Find two integers whose sum is 14 and product is 45.", "5, 9"),
    ("Two numbers have a sum of 40; one number is 3 times the other. Find both numbers.",
     "10, 30"),
])
def test_both_numbers_asked(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer, got.detail


def test_both_asked_with_two_pairs_declines() -> None:
    # 4 * 6 = 24 with 6 - 4 = 2, and also -6 * -4: which pair?
    assert solve_now("Find two numbers whose product is 24 and difference is 2.").answer is None


@pytest.mark.parametrize(("problem", "difference", "answer"), [
    # a + b = 26, a - b = 4 (a the larger): a = 15
    ("Two numbers add up to 26 and differ by 4. Find the larger number.", "a - b = 4", "15"),
    ("the sum of two numbers is 50 and their difference is 12. find the smaller one",
     "a - b = 12", "19"),
])
def test_a_difference_names_the_larger_number(problem: str, difference: str,
                                              answer: str) -> None:
    # a teacher writes "a - b = 4, with a the larger", never "(a - b)^2 = 16"
    got = solve_now(problem)
    assert got.answer == answer, got.detail
    claims = [s.latex for s in got.steps]
    assert difference in claims and not any("^{2}" in (c or "") for c in claims), claims


def test_a_difference_of_the_larger_and_the_smaller() -> None:
    # "the larger ... the smaller" names a the larger: a - b = 26 (a = 3b: b = 13, a = 39);
    # "one number ... another" does not, and declines (b = 13 or -13, the near miss above)
    got = solve_now("The larger of two positive integers is three times the smaller, and their "
                    "difference is 26. What is the larger integer?")
    assert got.answer == "39", got.detail
    assert "a - b = 26" in [s.latex for s in got.steps], [s.latex for s in got.steps]
