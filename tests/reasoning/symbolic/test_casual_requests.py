"""Requests typed casually and said the way the readers read them (`casual_text`,
`spelled_maths`): letters operated on in words beside equations ("find a times b if a + b = 10
and a - b = 4"), a letter's logarithm said in words ("solve log base 2 of x = 5"), a listed run
with dots summed, the next term of a written sequence, a random pick said as a condition.
Each letter must be used in the maths elsewhere; an operator after the pair leaves it unread.
Our own wordings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.casual_text import respelled
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("find a times b if a + b = 10 and a - b = 4", "21"),
    ("given that m + n = 9 and m - n = 1, find m times n", "20"),
    ("what is x divided by y if x + y = 8 and x - y = 4", "3"),
    ("what's p times q when p = 3 and q = 7", "21"),
    ("what is u over v if 2u = 6 and 3v = 12", r"\frac{3}{4}"),
    ("what is x times x if x = 4", "16"),
    ("solve log base 2 of x = 5", "32"),
    ("find x: the log base 3 of x equals 4", "81"),
    ("solve log base 10 of y = 2", "100"),
])
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "find a times b if a = 2",  # b is told nowhere
    "find x times y if x + 2 = 5",
    "log base 2 of x + 1 = 3",  # log of x, or of x + 1
])
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_only_letters_of_the_maths_are_respelled() -> None:
    assert respelled("find a times b if a + b = 10 and a - b = 4").startswith("find a*b if")
    # a letter used in no maths: the words stay
    assert "c times d" in respelled("find c times d if a + b = 10")
    # two such pairs: left for the readers
    assert "a times b" in respelled("find a times b plus c times d if a + b + c + d = 4")


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is the sum of 3, 7, 11, ..., 43", "253"),
    ("find the sum of the arithmetic sequence 10, 8, 6, ..., 0", "30"),
    ("sum of the terms of the sequence 1, 3, 9, …, 243?", "364"),
])
def test_a_listed_run_summed(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_listed_run_that_follows_no_rule_declines() -> None:
    assert solve_now("what is the sum of 1, 2, 4, ..., 60").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is the next number in the sequence 3, 12, 48, 192", "768"),
    ("what comes next: 20, 17, 14, 11", "8"),
    ("find the next term of 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, ...", "21"),
])
def test_the_next_term(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "what is the next number in the sequence 2, 4, 8",  # three terms show no rule
    "what comes next: 1, 2, 4, 7",  # neither arithmetic nor geometric
])
def test_the_next_term_without_a_rule_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_place_asked_is_said_in_english() -> None:
    assert "21st term" in respelled("find the next term of " + ", ".join(map(str, range(20))))


@pytest.mark.parametrize(("problem", "answer"), [
    ("I have 2 red and 7 green beads. If I pick one at random, what is the probability it is "
     "red?", r"\frac{2}{9}"),
    ("A box holds 5 black and 15 white tiles. If you draw a tile at random, what is the "
     "probability that it is black?", r"\frac{1}{4}"),
])
def test_a_random_pick_said_as_a_condition(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_only_a_pick_before_a_probability_is_respelled() -> None:
    said = "I have 3 red and 5 blue marbles. If I pick one at random, how many are left?"
    assert respelled(said).startswith("I have 3 red")


@pytest.mark.parametrize(("problem", "answer"), [
    # 1/p + 1/q = (p + q)/(pq) = (5/3)/(-4/3)
    ("p and q are roots of 3x^2 - 5x - 4 = 0. compute 1/p + 1/q", r"- \frac{5}{4}"),
    ("let m and n be roots of x^2 - 6x + 2 = 0. find m^2 + n^2", "32"),
])
def test_roots_said_without_the(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
