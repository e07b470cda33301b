"""The gcd asked by Euclid's algorithm (`number_theory.euclid_steps`): our own numbers and
wordings, each gcd worked by hand, the divisions shown one a line."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 252 = 1*198 + 54, 198 = 3*54 + 36, 54 = 1*36 + 18, 36 = 2*18
    ("use the euclidean algorithm to find gcd(252, 198)", "18"),
    ("find the gcd of 252 and 198 using the euclidean algorithm", "18"),
    # 153 = 1*81 + 72, 81 = 1*72 + 9, 72 = 8*9
    ("use euclid's algorithm to find the gcd of 81 and 153", "9"),
    # 1071 = 2*462 + 147, 462 = 3*147 + 21, 147 = 7*21
    (r"Use the Euclidean algorithm to find $\gcd(1071, 462)$.", "21"),
    ("Apply the Euclidean algorithm to 1071 and 462.", "21"),
    ("using the euclidean algorithm, find the greatest common divisor of 3456 and 1234", "2"),
    ("find the hcf of 144 and 89 by euclid's algorithm", "1"),  # consecutive Fibonacci
])
def test_gcd_by_euclids_algorithm(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert sol.steps[0].rule == "divide the larger by the smaller"
    assert sol.steps[-1].text.startswith(r"$\gcd(")


def test_the_divisions_are_shown_in_order() -> None:
    sol = assert_solved("find the gcd of 252 and 198 using the euclidean algorithm", "18")
    assert [s.latex for s in sol.steps[:4]] == [
        r"252 = 1 \cdot 198 + 54", r"198 = 3 \cdot 54 + 36", r"54 = 1 \cdot 36 + 18",
        r"36 = 2 \cdot 18 + 0"]


@pytest.mark.parametrize("problem", [
    "use the euclidean algorithm to find the lcm of 12 and 18",
    "use the euclidean algorithm to find gcd(12, 18) and express it as a combination of 12 "
    "and 18",
    "use the euclidean algorithm to find the gcd of 0 and 5",
    "use the euclidean algorithm to find the gcd of 12, 18 and 30",
])
def test_what_the_algorithm_reader_does_not_read_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
