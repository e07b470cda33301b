"""Sums of a floor or ceiling over a range, added by runs of equal value and confirmed by
adding every term from 60-digit values (`number_theory/bracket_sums.py`). Our own sums."""

from __future__ import annotations

import time

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.number_theory import bracket_sums
from tutor.reasoning.symbolic.parsing import parse_latex


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Compute $\sum_{n=1}^{300} \lceil \log_3 n \rceil$.", "1436"),
    (r"Find $\sum_{k=1}^{30} \lceil k/4 \rceil^2$.", "688"),
    (r"Evaluate $\sum_{k=1}^{500} \left\lfloor \sqrt{k} \right\rfloor$.", "7227"),
])
def test_sums_of_brackets_by_runs(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert [s.rule for s in sol.steps] == ["group equal brackets", "add the runs"]


def test_runs_are_shown_with_the_base_of_the_logarithm() -> None:
    sol = assert_solved(r"Compute $\sum_{j=1}^{64} \lfloor \log_2 j \rfloor$.", "264")
    assert "\\log_{2}" in sol.steps[0].text and "\\ln" not in sol.steps[0].text
    assert "32 \\cdot 5" in sol.steps[1].text  # j = 32 .. 63


def test_a_long_sum_is_quick() -> None:
    start = time.perf_counter()
    confirm.reset()
    got = bracket_sums.value(parse_latex(r"\sum_{m=1}^{3000} \lfloor \log_2 m \rfloor"))
    assert got is not None and got[0] == sum(m.bit_length() - 1 for m in range(1, 3001))
    assert time.perf_counter() - start < 60  # a guard against a hang, not a speed target


def test_a_bracket_that_falls_is_left_to_the_general_sum() -> None:
    confirm.reset()
    # (k - 4)^2 / 3 falls, then rises: not runs of a growing value
    assert bracket_sums.value(parse_latex(r"\sum_{k=0}^{8} \lfloor (k-4)^2/3 \rfloor")) is None
    assert_solved(r"Compute $\sum_{k=0}^{8} \lfloor (k-4)^2/3 \rfloor$.", "18")


def test_not_a_sum_of_one_bracket() -> None:
    x = sp.Symbol("x")
    assert bracket_sums.value(sp.floor(x)) is None
    assert bracket_sums.value(parse_latex(r"\sum_{k=1}^{9} k \lfloor \sqrt{k} \rfloor")) is None
