"""Solutions of a linear equation in positive or nonnegative integers
(`number_theory.solution_counts`). Our own problems; each count found again here by
brute force, plus near misses that must decline."""

from __future__ import annotations

from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _solutions(coeffs: list[int], total: int, low: int) -> int:
    return sum(1 for xs in product(range(low, total + 1), repeat=len(coeffs))
               if sum(c * x for c, x in zip(coeffs, xs, strict=True)) == total)


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many ordered pairs $(p,q)$ of positive integers solve $p + q = 17$?",
     _solutions([1, 1], 17, 1)),
    ("How many ordered triples of nonnegative integers $(u,v,w)$ satisfy $u + v + w = 9$?",
     _solutions([1, 1, 1], 9, 0)),
    ("How many solutions in positive integers does $a + b + c + d = 11$ have?",
     _solutions([1, 1, 1, 1], 11, 1)),
    ("How many ordered pairs of positive integers satisfy $4x + 7y = 100$?",
     _solutions([4, 7], 100, 1)),
    ("How many nonnegative integer solutions are there to $3r + s + 2t = 15$?",
     _solutions([3, 1, 2], 15, 0)),
])
def test_solution_counts(problem, answer):
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # integers of any sign: infinitely many
    "How many ordered pairs of integers $(x,y)$ satisfy $x + y = 12$?",
    # a difference: infinitely many positive solutions
    "How many solutions in positive integers does $m - n = 5$ have?",
    # pairs neither ordered nor named: (3, 9) and (9, 3) the same or not?
    "How many pairs of positive integers solve $s + t = 20$?",
])
def test_unsettled_solution_counts_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # one letter given a larger least value: a' + b' + c' = 10 - 3 - 1 - 1 in nonnegatives,
    # C(7, 2)
    ("How many ordered triples of positive integers (a, b, c) satisfy a + b + c = 10 and "
     "a ≥ 3?", "21"),
    (r"How many ordered triples $(p, q, r)$ of nonnegative integers satisfy $p + q + r = 6$ "
     r"with $q > 1$?", "15"),  # q >= 2: p + q' + r = 4, C(6, 2)
])
def test_a_least_value_for_one_letter(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_least_values_agree_with_brute_force() -> None:
    assert sum(1 for a, b, c in product(range(1, 11), repeat=3) if a + b + c == 10 and a >= 3) \
        == 21
    assert sum(1 for p, q, r in product(range(7), repeat=3) if p + q + r == 6 and q > 1) == 15


def test_a_bound_on_another_letter_declines() -> None:
    assert solve_now("How many ordered triples of positive integers (a, b, c) satisfy "
                     "a + b + c = 10 and d ≥ 3?").answer is None
