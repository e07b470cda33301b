"""Words that point at the one equation ("the equation below", "the following equation",
"the equation shown") add no condition: it is solved as when asked plainly. Our own
problems; a condition word beside them ("positive", "number of") still declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("What value of $m$ makes the equation below true? $$5m + 3 = 28$$", "5"),
    ("Which value of $q$ makes the following equation true: $$4 - 2q = 10$$", "-3"),
    ("Find the solution of the equation shown. $$7k - 4 = 2k + 11$$", "3"),
    ("Find all real $t$ satisfying the equation below: $$t^2 - 9t + 20 = 0$$", "4, 5"),
])
def test_equation_pointed_at_is_solved(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Find the positive solution of the equation below. $$u^2 - 2u - 15 = 0$$",
    "What is the number of solutions of the following equation? $$u^2 - 2u - 15 = 0$$",
])
def test_a_condition_beside_them_still_declines(problem):
    assert solve_now(problem).answer is None
