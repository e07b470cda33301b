"""A real unknown in a modulus equation written with i straight after its letter ("3 + ni",
"|c - ci|"), asked "for what positive value of t is ..." or "the positive number a with ..."
(our own problems, answers worked by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 49 + k^2 = 625
    (r"Find the positive value of $k$ such that $|7+ki| = 25$.", "24"),
    # t^2 + 144 = 225
    (r"For what positive value of $t$ is $|t + 12i| = 15$?", "9"),
    # b^2 + 9 = 34, the negative one
    (r"Find the negative value of $b$ such that $|3 - bi| = \sqrt{34}$.", "-5"),
    # |c| sqrt 2 = 10
    (r"What is the positive value of $c$ such that $|c + ci| = 10$?", r"5\sqrt{2}"),
    # q^2 + 64 = 100
    (r"Find the positive number $q$ with $|q - 8i| = 10$.", "6"),
    # |n + i| sqrt 5 = 5 sqrt 2: n^2 + 1 = 10
    (r"Determine the positive value of $n$ that satisfies $|n + i| \cdot |1 - 2i| = "
     r"5\sqrt{2}$.", "3"),
    # |a| sqrt 5 = 5
    (r"For which positive value of $a$ does $|a + 2ai| = 5$ hold?", r"\sqrt{5}"),
])
def test_letter_before_i_is_a_coefficient(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two values, 24 and -24, and nothing picks one
    r"Find the value of $k$ such that $|7+ki| = 25$.",
    # 49 + k^2 = 16 has no real solution
    r"Find the positive value of $k$ such that $|7+ki| = 4$.",
    # an inequality: a whole range of values
    r"For what positive value of $t$ is $|t + 12i| > 15$?",
    # i after another letter than the unknown: a product of two letters, not the unit
    r"Find the positive value of $k$ such that $|7 + ai| = 25$.",
])
def test_letter_before_i_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
