"""A line's slope and intercepts are worked out in steps the checker confirms
("Setting y = 0 in 3x - 5y = 15: 3x = 15, so x = 5"), not read off unchecked. Our own
lines and wordings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "answer", "said"), [
    ("What is the x-intercept of 3x - 5y = 15?", "5", "Setting $y = 0$"),
    ("find the y intercept of the line 7x + 2y = 14", "7", "Setting $x = 0$"),
    ("At what value of x does y = 3x - 12 cross the x-axis?", "4", "$0 = 3 x - 12$"),
    ("What is the slope of the line 6x + 2y = 9?", "-3", "Solving $6 x + 2 y = 9$ for $y$"),
    ("Find the slope of y = 5 - x/3", "-1/3", "the coefficient of $x$ is the slope"),
    ("A line passes through (0, 6) with slope -3. What is its x-intercept?", "2",
     "Setting $y = 0$ in $y = 6 - 3 x$"),
    # the line through two points: its equation first, then the intercept, with no "+ -1"
    ("What is the x-intercept of the line through (1, 1) and (3, 5)?", "1/2",
     "Setting $y = 0$ in $y = 2 x - 1$: $0 = 2 x - 1$"),
    ("Find the y-intercept of the line through $(2, 4)$ and $(6, 2)$.", "5",
     "Setting $x = 0$ in $y = 5 - \\frac{x}{2}$"),
])
def test_the_step_that_finds_the_feature_is_verified(problem: str, answer: str,
                                                     said: str) -> None:
    sol = assert_solved(problem, answer)
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    found = [v for s, v in zip(sol.steps, verdicts, strict=True) if said in s.text]
    assert found, [s.text for s in sol.steps]
    assert all(v.verdict is Verdict.VERIFIED for v in found), [v.summary for v in found]


def test_a_step_never_shows_a_kept_minus_sign() -> None:
    sol = assert_solved("Find the slope of y = -x/4 + 1", "-1/4")
    assert all("\\left(-1\\right)" not in s.text for s in sol.steps)


def test_a_horizontal_line_still_has_no_x_intercept() -> None:
    from tutor.reasoning.symbolic.engine import solve_now

    assert solve_now("What is the x-intercept of the line y = 4?").answer is None
