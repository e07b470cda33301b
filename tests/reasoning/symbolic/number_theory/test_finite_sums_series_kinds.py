"""A dotted sum asked as "the sum of the arithmetic (geometric) series ..." is added when its
terms are of the kind said (`number_theory/finite_sums.py`). Our own series."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3, 7, ..., 99: 25 terms, average 51
    (r"What is the sum of the arithmetic series $3 + 7 + 11 + \cdots + 99$?", "1275"),
    # 10, 16, ..., 70: 11 terms, average 40
    (r"Find the sum of the arithmetic progression $10 + 16 + 22 + \dots + 70$.", "440"),
])
def test_a_series_of_the_kind_said_is_added(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_series_of_another_kind_declines() -> None:
    # doubling terms are not an arithmetic series
    assert solve_now(r"What is the sum of the arithmetic series $1 + 2 + 4 + \cdots + 128$?"
                     ).answer is None
