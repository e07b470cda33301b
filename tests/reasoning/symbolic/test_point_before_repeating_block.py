"""A repeating decimal whose point is typed just before the maths opens ('.$\\overline{4}$'):
split_problem takes the point (and any digits before it) into the maths."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.problem_text import split_problem


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        (r"Convert .$\overline{45}$ to a common fraction.", r"\frac{5}{11}"),
        (r"Write 0.$\overline{7}$ as a fraction in lowest terms.", r"\frac{7}{9}"),
        (r"What common fraction equals .$\overline{126}$?", r"\frac{14}{111}"),
    ],
)
def test_point_outside_the_maths(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    ("text", "maths"),
    [
        # a sentence's full stop before other maths stays in the words
        (r"It ends.$\overline{3}$ follows", [r"\overline{3}"]),
        (r"Let $y$.$\overline{2}$ be", ["y", r"\overline{2}"]),
        # a segment over a line is no repeating block
        (r"Draw .$\overline{PQ}$ now", [r"\overline{PQ}"]),
    ],
)
def test_other_points_stay_in_the_words(text: str, maths: list[str]) -> None:
    assert split_problem(text).maths == maths
