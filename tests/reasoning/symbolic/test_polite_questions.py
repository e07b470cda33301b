"""Questions typed politely or as bare noun phrases (`implied_questions`), and a question
after a comma that ends a statement (`casual_text`), in number-theory wordings of our own
(nt13). Answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.casual_text import respelled
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("typed", "said"), [
    ("prime factorization of 360", "what is the prime factorization of 360?"),
    ("sum of the digits of 2^15", "what is the sum of the digits of 2^15?"),
    ("factors of 28", "what are the factors of 28?"),
    ("the gcd of 4 and 6.", "what is the gcd of 4 and 6?"),
    ("lcm of 6 and 8 pls", "what is the lcm of 6 and 8?"),
    ("can you find the gcd of 36 and 48 please?", "find the gcd of 36 and 48?"),
    ("pls whats 17 mod 5", "what is 17 mod 5?"),  # the question mark added too
    # a statement, a command, a question or an indefinite noun: not a bare noun phrase
    ("the sum of two numbers is 20", "the sum of two numbers is 20"),
    ("find the sum of 3 and 4", "find the sum of 3 and 4"),
    ("a factor of 12", "a factor of 12"),
    ("sum of two numbers is 20. find them", "sum of two numbers is 20. find them"),
    ("please", "please"),
])
def test_politeness_and_bare_noun_phrases(typed: str, said: str) -> None:
    assert respelled(typed) == said


@pytest.mark.parametrize(("problem", "answer"), [
    ("prime factorisation of 1001", r"7 \cdot 11 \cdot 13"),  # by hand: 7 * 143, 143 = 11 * 13
    ("lcm of 6 and 8 pls", "24"),
    ("find the lcm of 4, 6 and 10 pls", "60"),
    ("number of divisors of 2^3 * 5^2", "12"),  # 4 * 3
    ("sum of digits of 2^10", "7"),  # 1024
    ("can you find the gcd of 36 and 48", "12"),
    ("pls whats 17 mod 5", "2"),
    ("gcf of 18 and 24", "6"),
])
def test_polite_and_bare_questions_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "colour of 12 and 18 pls",  # a head no reader knows
    "sum of 3 and 4 is 7",  # a statement asks nothing
    "pls",
])
def test_polite_or_bare_text_not_understood_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("typed", "said"), [
    ("the product of two numbers is 432 and their gcd is 6, whats their lcm",
     "the product of two numbers is 432 and their gcd is 6. what is their lcm"),
    ("a box has 6 eggs, how many in 5 boxes", "a box has 6 eggs. how many in 5 boxes"),
    # a condition before the comma: the comma stays
    ("if x = 3, what is y", "if x = 3, what is y"),
    ("when 7 is divided by 3, what is the remainder",
     "when 7 is divided by 3, what is the remainder"),
])
def test_a_question_after_a_comma(typed: str, said: str) -> None:
    assert respelled(typed) == said
