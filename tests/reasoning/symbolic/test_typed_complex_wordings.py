"""The modulus and the product of complex numbers asked in many of our own wordings
(answers worked out by hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

MODULUS = [
    # a textbook: sqrt(8^2 + 15^2) = 17
    (r"What is the absolute value of the complex number $8 - 15i$?", "17"),
    # b terse, bars only
    (r"Find $|-7 + 24i|$.", "25"),
    # c the number named first, then the question about its letter: sqrt(20^2 + 21^2) = 29
    (r"Given the complex number $q = 20 + 21i$, what is $|q|$?", "29"),
    # c a condition clause first
    (r"If $u = -9 - 12i$, what is the modulus of $u$?", "15"),
    # d a pronoun for the number named before: sqrt(1 + 1) = sqrt 2
    (r"A complex number is $s = 1 - i$. What is its magnitude?", r"\sqrt{2}"),
    # e display maths and a "for" clause: sqrt(5^2 + 12^2) = 13
    (r"For \[t = 5 + 12i,\] find $|t|$.", "13"),
]

PRODUCT = [
    # a textbook: (3 - i)(2 + 5i) = 6 + 15i - 2i - 5i^2 = 11 + 13i
    (r"Find the product of $3 - i$ and $2 + 5i$.", "11 + 13i"),
    # b terse imperative
    (r"Multiply $3 - i$ by $2 + 5i$.", "11 + 13i"),
    # c the condition first: (1 + i)(1 + i) = 2i
    (r"When $1 + i$ is multiplied by $1 + i$, what is the result?", "2i"),
    # c named numbers, the product of their letters: (2 - 3i)(2 + 3i) = 13
    (r"Given $p = 2 - 3i$ and $q = 2 + 3i$, find the product $pq$.", "13"),
    # e plain text with "times": (4 + i)(4 - 2i) = 16 - 8i + 4i - 2i^2 = 18 - 4i
    ("What is (4 + i) times (4 - 2i)?", "18 - 4i"),
    # e the sum, asked the same ways: (3 - i) + (2 + 5i) = 5 + 4i
    (r"What is the sum of $3 - i$ and $2 + 5i$?", "5 + 4i"),
]

DECLINED = [
    # a qualifier the readers do not apply
    r"Find the product of $3 - i$ and $2 + 5i$ if it is real.",
    # two letters named: which one is asked is for another reader
    r"Given $p = 3 + 4i$ and $q = 1 + i$, what is the modulus?",
    # both a sum and a product said
    r"Find the sum of $3 - i$ and $2 + 5i$ and their product.",
]


@pytest.mark.parametrize(("problem", "answer"), MODULUS + PRODUCT)
def test_solved_in_many_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
