"""A figure's dimensions changed by percents, its area or volume asked
(`prealgebra.dimension_changes`). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 1.3 \cdot 0.8 = 1.04
    (r"The length of a rectangle is increased by 30\% and the width is decreased by 20\%. By "
     r"what percent does the area change?", "4"),
    # 1.5 \cdot 1.2 = 1.8
    (r"The base of a triangle is increased by 50\% and its height by 20\%. By what percent "
     r"does its area increase?", "80"),
    # 1 / 1.6 = 0.625: the width falls by 37.5%
    (r"The length of a rectangle is increased by 60\%, but the width is decreased to keep the "
     r"area unchanged. By what percent was the width decreased?", "37.5"),
    # 1 / 0.75 = 4/3
    (r"The length of a rectangle is decreased by 25\%. By what percent must the width be "
     r"increased to keep the area the same?", r"\frac{100}{3}"),
    # 1.2^3 = 1.728
    (r"The length, width and height of a box are each increased by 20\%. By what percent "
     r"does the volume increase?", "72.8"),
])
def test_dimension_changes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a perimeter is a sum, not a product
    r"The length of a rectangle is increased by 30\% and the width by 20\%. By what percent "
    r"does the perimeter increase?",
    # the area falls: asked as an increase (percent_changes read it as a change to undo and
    # answered 150/11)
    r"The length of a rectangle is increased by 10\% and the width is decreased by 20\%. By "
    r"what percent does the area increase?",
    # a triangle's area is not the product of two of its sides
    r"Two sides of a triangle are each increased by 10\%. By what percent does its area "
    r"increase?",
])
def test_other_questions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
