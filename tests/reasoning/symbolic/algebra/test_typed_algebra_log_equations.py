"""Equations in logarithms of one unknown: combined, undone, the domain kept
(`algebra/log_equations.py`). Our own equations, several wordings each."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # a root outside the domain is found and excluded
    (r"Find every real $p$ for which $\log_2 p + \log_2 (p - 2) = 3$.", "4"),
    (r"If $\log_2 x + \log_2 (x - 2) = 3$, what is $x$?", "4"),
    (r"Find all real $y$ with $\ln y + \ln(y - 2) = \ln 8$.", "4"),
    (r"Solve for $t$: $3\log_5 t = \log_5 (4t)$.", "2"),
    # a difference: a quotient
    (r"Solve $\log_3 (x+1) - \log_3 (x-1) = 1$.", "2"),
    (r"What value of $w$ satisfies $\log_{7}(5w - 4) - \log_{7}(w) = \log_7 3$?", "2"),
    # two bases that are powers of one prime
    (r"Which positive number $u$ makes $\log_{8} u + \log_{2} u = 8$ true?", "64"),
    (r"Determine $m$ given $\log_{3} m + \log_{9} m = 3$.", "9"),
    # both signs of a square are in the domain
    (r"Solve $\log_{5} (z^2) = 2$.", "-5, 5"),
    # a single logarithm equal to zero: its argument is 1
    (r"Solve $\ln(2x - 1) = 0$.", "1"),
    (r"For which $t$ is $\log_7 (3t + 4) = 0$?", "-1"),
    (r"Find $y$ if $2\ln(y - 3) = 0$.", "4"),
])
def test_log_equations_are_solved_and_checked(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert any(s.rule == "combine the logarithms and undo them" for s in sol.steps)


def test_the_excluded_root_is_shown_with_its_argument() -> None:
    sol = assert_solved(r"Solve $\log_6 (x + 3) + \log_6 (x - 2) = 1$.", "3")
    excluded = [s for s in sol.steps if s.rule == "exclude values outside the domain"]
    assert len(excluded) == 1 and "x = -4" in excluded[0].text
    # a student reads log to a base, never ln/ln
    assert all("\\ln" not in s.text for s in sol.steps)
    assert any("\\log_{6}" in s.text for s in sol.steps)


@pytest.mark.parametrize("problem", [
    r"What is $q$ if $\log q + \log(q + 15) = 2$?",  # log without a base: 10 or e?
    r"Solve $\log (2w) - \log (w - 1) = \log 3$.",
])
def test_a_logarithm_without_a_base_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_power_of_a_logarithm_is_left_to_other_readers() -> None:
    sol = solve_now(r"Solve $(\log_2 x)^2 = 4$.")
    assert sol.answer is None or sol.answer.replace(" ", "") in ("\\frac{1}{4},4", "1/4,4")


def test_no_solution_in_the_domain_declines() -> None:
    sol = solve_now(r"Solve $\log_3 (x - 4) + \log_3 (x - 6) = \log_3 (x - 8)$.")
    assert sol.answer is None
