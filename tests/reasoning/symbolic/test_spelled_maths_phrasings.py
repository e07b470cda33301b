"""Phrasings respelled before a second reading (`spelled_maths.words_respelled`): a
remainder said without its usual words ("leaves remainder 3", "a remainder 2"), "Which
is the smallest ...?", dozens and "and a half". Our own wordings."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.spelled_maths import words_respelled


@pytest.mark.parametrize(("text", "respelled"), [
    ("If m leaves remainder 5 when divided by 9",
     "If m leaves a remainder of 5 when divided by 9"),
    ("a number with a remainder 2 when divided by 3",
     "a number with a remainder of 2 when divided by 3"),
    ("Which is the largest multiple of 7 below 80?", "What is the largest multiple of 7 below 80?"),
    ("She bought 3 dozen apples and half a dozen pears.", "She bought 36 apples and 6 pears."),
    ("It took 4 and a half hours.", "It took 4.5 hours."),
])
def test_the_usual_words_are_put_in(text: str, respelled: str) -> None:
    assert words_respelled(text) == respelled


@pytest.mark.parametrize("text", [
    "Which is the better buy?",  # no smallest or largest asked
    "the remainder is what is left",  # no number after it
    "How many dozen eggs are in 48 eggs?",  # dozens asked: no number of them
    "a dozen of them",  # 'of' after it: which twelve is said after
    "Rolls cost $3 a dozen.",  # a price for a dozen, not twelve of something
    "She buys 2 dozen eggs at $3 each.",  # each egg or each dozen?
])
def test_other_sentences_stay(text: str) -> None:
    assert words_respelled(text) == text


@pytest.mark.parametrize(("problem", "answer"), [
    # m = 9k + 5, so 2m = 18k + 10, which is 1 more than a multiple of 9
    ("If m leaves remainder 5 when divided by 9, what is the remainder when 2m is divided by "
     "9?", "1"),
    ("Which is the largest two-digit multiple of 7?", "98"),
    ("Which is the smallest three-digit number divisible by 19?", "114"),
    # 36 rolls at 4 for $1: $9
    ("If 4 rolls cost $1, what is the cost of 3 dozen rolls?", "9"),
    ("How many minutes are in 2 and a half hours?", "150"),
])
def test_the_respelled_question_is_answered(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer and sol.confirmed, sol.detail


@pytest.mark.parametrize("problem", [
    # the last listed number squared, or every one? ('7' was shown: 1 + 2 + 3 + 4 + 25 over 5)
    "what is the mean of 1, 2, 3, 4, 5 squared?",
    "what is the mean of 1, 2, 3, ..., 10 squared?",
    "what is the product of 1, 2, 3, ..., 5 cubed?",
])
def test_a_power_after_a_listed_run_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # the second term's power, or the pair's? (11 was shown, as 2 + 3^2; (2 + 3)^2 is 25)
    "What is the sum of 2 and 3 squared?",
    "whats the product of 4 and 5 cubed",
    "what is the difference between 10 and 3 squared",
])
def test_a_power_after_a_pair_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("text", "respelled"), [
    ("the sum of 3 squared and 4 squared", "the sum of 3^2 and 4^2"),
    ("what is 6 plus 2 squared", "what is 6 plus 2^2"),
])
def test_a_power_said_first_or_after_plus_stays_a_power(text: str, respelled: str) -> None:
    assert words_respelled(text) == respelled


@pytest.mark.parametrize(("text", "respelled"), [
    ("the sum of 3 squared, 4 squared and 5 squared", "the sum of 3^2, 4^2 and 5^2"),
    ("what is 3 squared plus 4 cubed", "what is 3^2 plus 4^3"),
])
def test_each_number_said_squared_is_a_power(text: str, respelled: str) -> None:
    assert words_respelled(text) == respelled


@pytest.mark.parametrize(("problem", "answer"), [
    # 2x + 1 = 3^2
    ("find x if log base 3 of (2x+1) = 2", "4"),
    # (x + 1)(x - 1) = 2^3 and both arguments positive: x = 3, not -3
    ("solve log base 2 of (x+1) + log base 2 of (x-1) = 3", "3"),
    # x^2 - 15 = 10: both 5 and -5 give a positive argument
    ("what is x when the log base 10 of (x^2 - 15) = 1", "-5, 5"),
])
def test_a_logarithm_of_a_bracket_said_in_words(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer and sol.confirmed, sol.detail


@pytest.mark.parametrize("problem", [
    "log base 2 of (x+1) = y, find x",  # two unknowns
    "find x if log base 3 of (2x+1 = 2",  # the bracket is never closed
])
def test_a_logarithm_of_a_bracket_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is one half of 4 ninths", r"\frac{2}{9}"),
    ("what is 5 sixths of 42", "35"),
    ("what is negative 9 plus 4", "-5"),
    ("solve 2x = negative 14", "-7"),
])
def test_fractions_with_a_digit_and_signs_in_words(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


def test_quarters_with_a_digit_stay_coins() -> None:
    assert "3/4" not in words_respelled("Ann has 3 quarters and 4 dimes.")


@pytest.mark.parametrize("problem", [
    # a fraction as the last term: 1/2 + 1/9 = 11/18 was shown; (1/2 + 1/3)^2 is 25/36
    "What is the sum of 1/2 and 1/3 squared?",
    "what is the product of one half and one third squared",
    "What is the sum of 2/5 and 3/4 cubed?",
    # a listed run with no comma before 'and': 1 + 2 + 9 = 12 was shown; 1 + 4 + 9 is 14
    "What is the sum of 1, 2 and 3 squared?",
    "whats the mean of 4, 6 and 8 squared",
    "What is the sum of 1/2, 1/3 and 1/4 squared?",
])
def test_a_power_after_a_fraction_or_an_unbroken_list_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("text", "respelled"), [
    ("what is 2/3 squared plus 1", "what is 2/3^2 plus 1"),
    ("the sum of 3 squared, 4 squared and 5 squared", "the sum of 3^2, 4^2 and 5^2"),
])
def test_a_fraction_squared_alone_stays_a_power(text: str, respelled: str) -> None:
    assert words_respelled(text) == respelled
