"""A power said in words in a calculation (`word_grammar`: "to the power of", "raised to the
power of"): our own calculations, answers by hand; a power of a power and a negative base are
never read, and an operation after the exponent that could belong to it reads two ways."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is 5 to the power of 2 divided by 10", "\\frac{5}{2}"),  # 25/10
    ("3 to the power of 4 divided by 9", "9"),                      # 3^(4/9) is no reading
    ("what is 2 to the power of 3 divided by 4", "2"),              # 8/4; 2^(3/4) no reading
    ("compute 10 to the power of 3 times 0.5", "500"),              # 1000 * 0.5
    ("what is 2 to the power of -3", "\\frac{1}{8}"),
    ("whats 7 to the power of 2 minus 0.5", "48.5"),                # 7^1.5 no reading
])
def test_powers_in_words_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "what is 2 to the power of 3 to the power of 2",   # 64 or 512: never read
    "what is 0 to the power of -1",                     # no value
    "3 to the power of 3 minus 7",                      # 27 - 7, or 3^(-4)
    "what is 2 raised to the power of 6 plus 4",        # 64 + 4, or 2^10
    "what is 2 raised to the power of 2 times 3",       # 4 x 3, or 2^6
    "what is 2 to the power of 1/2",                    # not a whole exponent
    "what is 2 to the power of 3 squared",              # 64 or 512: never read
])
def test_power_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    "what is -2 to the power of 2",  # (-2)^2 = 4 or -(2^2) = -4
    "what is -3 squared",
    "what is -5 cubed plus 1",
])
def test_a_power_of_a_signed_number_in_words_reads_two_ways(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # each number squared (cubed, turned over), then added
    ("What is the sum of the squares of 2 and 5?", "29"),
    ("Find the sum of the squares of 1, 3 and 8.", "74"),
    ("what is the sum of the cubes of 2 and 3", "35"),
    ("What is the sum of the reciprocals of 4 and 6?", "\\frac{5}{12}"),
])
def test_the_sum_of_the_squares_of_a_list(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed


def test_the_sum_of_squares_with_a_term_after_it_reads_two_ways() -> None:
    got = solve_now("What is the sum of the squares of 2 and 5 plus 1?")  # 2² + 6² or 29 + 1
    assert got.answer is None and "two ways" in (got.declined or "")
