"""Equations in floors and ceilings whose solutions fill intervals
(`algebra/floor_intervals`). Our own problems; answers worked out by hand and checked by
scanning x in steps of 1/60."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 7 <= 3x < 8
    (r"Find all real $x$ such that $\lfloor 3x \rfloor = 7$.", r"\left[\frac73, \frac83\right)"),
    # 5 <= 2x + 1 < 6
    (r"Find all real $x$ such that $\lfloor 2x + 1 \rfloor = 5$. Express your answer in "
     r"interval notation.", r"\left[2, \frac52\right)"),
    # a ceiling: 4 < 2x <= 5
    (r"Find all $x$ such that $\lceil 2x \rceil = 5$.", r"\left(2, \frac52\right]"),
    # floor(2x + 1) = floor(x + 3): x in [3/2, 5/2)
    (r"Solve $\lfloor 2x + 1 \rfloor = \lfloor x + 3 \rfloor$. Express your answer in interval "
     r"notation.", r"\left[\frac32, \frac52\right)"),
    # nested: floor(floor(3x) + 1/2) = floor(3x), and floor(3x) = floor(x) + 4 on [5/3, 7/3)
    (r"Find all $x$ such that $\lfloor \lfloor 3x \rfloor + 1/2 \rfloor = \lfloor x + 4 "
     r"\rfloor.$", r"\left[\frac53, \frac73\right)"),
    # floor(x/2) = floor(x/3): three intervals
    (r"Find all real numbers $t$ that satisfy $\lfloor \frac{t}{2} \rfloor = \lfloor "
     r"\frac{t}{3} \rfloor$.", r"[-4, -3) \cup [-2, 2) \cup [3, 4)"),
])
def test_floor_equations_solved_by_intervals(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # true for every x: no bounded stretch
    r"Find all $x$ such that $\lfloor x \rfloor = \lfloor x \rfloor$.",
    # the brackets alone, never equal: no line in x to bound the search
    r"Find all $x$ such that $\lfloor 3x \rfloor = \lfloor 3x \rfloor + 1$.",
    # two letters
    r"Find all $x$ such that $\lfloor x + y \rfloor = 3$.",
    # a word outside the vocabulary
    r"Find all negative $x$ such that $\lfloor 3x \rfloor = -7$.",
])
def test_floor_intervals_decline_when_unsure(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_single_points_are_left_to_the_point_solver() -> None:
    # floor(x) = 2x - 1 at x = 1/2 and x = 1 (floor_equations, not these intervals)
    sol = solve_now(r"Find all $x$ such that $\lfloor x \rfloor = 2x - 1$.")
    assert sol.answer is not None and "left[" not in sol.answer
