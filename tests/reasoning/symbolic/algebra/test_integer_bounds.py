"""Integers that satisfy an inequality, asked as "integral values" or as the greatest whole
number (our own problems, worked by hand in the comments)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x < 5 * 9/4 = 11.25
    (r"Find the largest integral value of $x$ for which $\frac{x}{5} < \frac{9}{4}$.", "11"),
    # 2y > 13: y > 6.5
    (r"What is the smallest integral value of $y$ such that $2y - 3 > 10$?", "7"),
    # 9 - 4x > 2: x < 7/4
    (r"What is the greatest whole number that satisfies $9 - 4x > 2$?", "1"),
    # 4x > 18: x > 4.5
    (r"What is the smallest integer $x$ that solves $4x - 7 > 11$?", "5"),
])
def test_integral_values_and_whole_numbers(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 0 is the least whole number in some books and not in others
    r"What is the least whole number that satisfies $9 - 4x > 2$?",
    # x < 1: the greatest whole number is 0 or there is none, by the book
    r"What is the greatest whole number $x$ for which $3x - 1 < 2$?",
    # no integer below -4 is positive: declined, not a crash
    r"What is the greatest whole number that satisfies $x + 7 < 3$?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 10 < N < 15 (the ends in either order): 11, 12, 13, 14
    (r"What is the average of all the integer values of $N$ such that $\frac{1}{3} < "
     r"\frac{N}{30} < \frac{1}{2}$?", r"\frac{25}{2}"),
    (r"What is the sum of all the integer values of $N$ such that $\frac{N}{30}$ is strictly "
     r"between $\frac{1}{2}$ and $\frac{1}{3}$?", "50"),
    (r"How many integers $N$ are there such that $\frac{N}{30}$ is strictly between "
     r"$\frac{1}{3}$ and $\frac{1}{2}$?", "4"),
    # 2 < n < 8: 3 to 7
    (r"What is the mean of all integers $n$ with $3 < 2n - 1 < 15$?", "5"),
])
def test_the_mean_of_the_integers_and_strictly_between(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # "between" alone may or may not include the ends
    r"How many integers $N$ are there such that $\frac{N}{30}$ is between $\frac{1}{3}$ and "
    r"$\frac{1}{2}$?",
    # the ends are not numbers
    r"How many integers $N$ are there such that $N$ is strictly between $a$ and $2a$?",
])
def test_between_that_is_not_settled_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 5x < 15: x < 3; 'will satisfy this inequality:'
    (r"Find the greatest whole number that will satisfy this inequality: $3x+1 < 16 - 2x$.",
     "2"),
    # a side in a TeX group of its own: 1.5 < x < 4
    (r"Find the largest integral value of $x$ which solves: "
     r"$\frac{1}{4}<{\frac{x}{6}}<{\frac{2}{3}}$", "3"),
    # 6 < 3y < 20 with the middle grouped: 2 < y < 20/3
    (r"What is the least integer $y$ that will satisfy ${6} < {3y} < 20$?", "3"),
])
def test_will_satisfy_and_grouped_sides(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_set_in_braces_is_no_group() -> None:
    # {1, 2} < x is no inequality of numbers: declined, not read as 1, 2
    assert solve_now(r"What is the least integer $x$ such that $\{1, 2\} < x$?").answer is None
