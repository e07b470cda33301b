"""A ratio of one kind of measure of two similar figures gives the ratio of another
(geometry/similar_ratios.py): our own problems, (k^p)^(q/p) worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # areas 16:49 -> k = 4/7 -> perimeters 4/7
    ("Two similar triangles have areas in the ratio 16:49. What is the ratio of their "
     "perimeters?", "\\frac{4}{7}"),
    # volumes 8:27 -> k = 2/3
    ("Two similar cones have volumes in the ratio 8:27. What is the ratio of their radii?",
     "\\frac{2}{3}"),
    # squares are always similar: areas 25/36 -> sides 5/6
    ("The ratio of the areas of two squares is $\\frac{25}{36}$. What is the ratio of their "
     "side lengths? Express your answer as a common fraction.", "\\frac{5}{6}"),
    ("The ratio of the volumes of two spheres is 8:27. What is the ratio of their radii?",
     "\\frac{2}{3}"),
    ("Two circles have areas in the ratio 9:16. What is the ratio of their circumferences? "
     "Express your answer as a common fraction.", "\\frac{3}{4}"),
    # radii 2:5 -> volumes 8:125
    ("Two spheres have radii in the ratio 2:5. What is the ratio of their volumes? Express "
     "your answer as a common fraction.", "\\frac{8}{125}"),
    ("The areas of two squares are in the ratio 2:1. What is the ratio of their diagonals?",
     "\\sqrt{2}"),
    # the measures themselves: radii 2 and 3 -> surface areas 4/9
    ("Two spheres have radii 2 and 3. What is the ratio of their surface areas? Express your "
     "answer as a common fraction.", "\\frac{4}{9}"),
    ("Two similar triangles have perimeters of 12 and 18. What is the ratio of their areas? "
     "Express your answer as a common fraction.", "\\frac{4}{9}"),
    ("The side lengths of two cubes are 3 and 5. What is the ratio of their volumes?",
     "\\frac{27}{125}"),
])
def test_similar_ratios(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # rectangles are not similar unless said so
    "Two rectangles have areas in the ratio 9:16. What is the ratio of their perimeters?",
    "Two rectangles have widths 3 and 5. What is the ratio of their areas?",
    # equal sizes: nothing to compare
    "Two cubes have volumes in the ratio 1:1. What is the ratio of their edges?",
    # the same kind of measure asked as told
    "Two similar triangles have areas in the ratio 4:9. What is the ratio of their areas?",
])
def test_similar_ratios_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
