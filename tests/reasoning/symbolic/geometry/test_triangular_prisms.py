"""A right prism on a right-triangle or equilateral base (geometry/triangular_prisms.py).
Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # base 5 * 12 / 2 = 30, times 4
    ("A triangular prism has a right triangle base with legs 5 and 12 and a height of 4. What "
     "is its volume?", "120"),
    # 2 * 6 + (3 + 4 + 5) * 10
    ("The base of a right prism is a right triangle with legs 3 and 4. The height of the prism "
     "is 10. What is its total surface area?", "132"),
    # 4 sqrt 3 * 5
    ("A right prism has an equilateral triangle base with side 4 and a height of 5. What is its "
     "volume? Express your answer in simplest radical form.", "20\\sqrt{3}"),
    # (6 + 8 + 10) * 3
    ("A triangular prism has a right triangle base with legs 6 and 8 and a height of 3. What is "
     "its lateral surface area?", "72"),
])
def test_triangular_prisms(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_base_told_by_base_and_height_declines() -> None:
    # which height is the prism's is not clear
    assert solve_now("A triangular prism has a triangle base with base 6 and height 4 and a "
                     "height of 10. What is its volume?").answer is None
