"""A calculation typed as a bare phrase with no question around it
(`implied_questions.asked`): asked as
"what is ..." (or "what is the ...", "what are the ..."); our own wordings, answers by hand;
statements, requests and phrases with an unknown stay as typed (and decline where unread)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.implied_questions import asked


@pytest.mark.parametrize(("typed", "said"), [
    ("0.4 times 0.7", "what is 0.4 times 0.7"),
    ("2/3 of 9?", "what is 2/3 of 9?"),
    ("median of 4, 1, 8", "what is the median of 4, 1, 8"),
    ("GCF of 20 and 30", "what is the GCF of 20 and 30"),
    ("prime factors of 90", "what are the prime factors of 90"),
    ("percent increase from 20 to 25", "what is the percent increase from 20 to 25"),
    ("the product of 3 and 7", "what is the product of 3 and 7"),
    ("half of 18", "what is half of 18"),
    ("(2.1 x 10^3)(3 x 10^2)", "what is (2.1 x 10^3)(3 x 10^2)"),
])
def test_a_bare_phrase_is_asked(typed: str, said: str) -> None:
    assert asked(typed) == said


@pytest.mark.parametrize("typed", [
    "the mean of 4, 9 and y is 7",           # a statement: "is"
    "3 times x plus 4",                       # an unknown
    "2x + 5 = 11",                            # an equation
    "find the mean of 2, 4, 9",               # a request already
    "what is 5 times 6",                      # a question already
    "mean of 3 and 5. median of 2, 8, 9",     # two sentences
    "apples and pears",                       # no value named
    "the ratio of cats to dogs is 2:3",       # a statement
])
def test_other_text_stays_as_typed(typed: str) -> None:
    assert asked(typed) == typed


@pytest.mark.parametrize(("problem", "answer"), [
    ("0.4 times 0.7", "0.28"),
    ("9 times 12", "108"),
    ("3/5 of 2/9", "\\frac{2}{15}"),
    ("a third of 5/8", "\\frac{5}{24}"),
    ("mode of 6, 2, 6, 9, 2, 6", "6"),
    ("range of 31, 17, 44, 25", "27"),
    ("mean of 6, 10, 11, 13", "10"),
    ("median of 12, 3, 7, 9, 20", "9"),
    ("gcf of 42 and 56", "14"),
    ("lcm of 9 and 12?", "36"),
    ("the sum of 3/8 and 1/4", "\\frac{5}{8}"),
    ("percent change from 40 to 50", "25"),
    ("4 to the power of 3 divided by 8", "8"),
])
def test_bare_phrases_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "3 times x plus 4",           # an unknown: no value
    "7 oranges and 2 apples",     # things, not a calculation
    "mode of the class",          # no numbers
])
def test_bare_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
