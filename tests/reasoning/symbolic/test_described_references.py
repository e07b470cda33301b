"""A later clause that refers back to integers described earlier ("Give their sum.", "find
the smallest such n"), read as one question. Our own problems; answers by plain listing."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.described_references import rewordings
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.parsing import split_problem


@pytest.mark.parametrize(("problem", "answer"), [
    # n + 2 | n^2 + 8 iff n + 2 | 12: n in {1, 2, 4, 10}
    ("Find all positive integers n for which n + 2 divides n^2 + 8. Give their sum.", "17"),
    ("Find all positive integers $n$ such that $n+2$ divides $n^2+8$. What is their sum?", "17"),
    ("Find all positive integers $n$ such that $n+2$ divides $n^2+8$. Enter their product.",
     "80"),
    # n^2 + 2n + 3 = (n + 1)^2 + 2 divisible by 11 first at n = 2 (11)
    ("If n is a positive integer and n^2 + 2n + 3 is divisible by 11, find the smallest such n.",
     "2"),
    ("Suppose $k$ is a positive integer and $k^2+4$ is a multiple of 5. What is the largest "
     "possible $k$ less than 30?", "29"),
    ("Given that $p$ is a positive integer for which $p + 3$ divides $p^2 + 15$, find the "
     "largest possible $p$.", "21"),
])
def test_questions_about_integers_described_before(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # an integer of any sign: no smallest one
    "If x is an integer and 3x + 1 is a multiple of 11, find the smallest such x.",
    # the letter asked is not the one described
    "If $n$ is a positive integer and $n^2+1$ is divisible by 5, find the smallest such $m$.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


def test_the_repeated_letter_slot_is_dropped_and_the_rest_renumbered():
    split = split_problem("If $m$ is a positive integer such that $m^2 + 1$ is divisible by 5, "
                          "find the smallest such $m$.")
    (said,) = rewordings(split)
    assert said.template == "find the smallest positive integer @0@ such that @1@ is divisible " \
                            "by @2@."
    assert said.maths == ["m", "m^2 + 1", "5"]
