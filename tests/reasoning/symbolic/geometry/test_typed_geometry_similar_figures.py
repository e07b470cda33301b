"""Two similar figures of any shape, or one with every dimension scaled
(`geometry.similar_figures`): lengths scale by k, areas by k^2, volumes by k^3. Our own
problems in several wordings (answers worked out by hand, in the comments), and near misses
that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a similarity ratio / scale factor is the ratio of sides: 12 * 5/4; 8 * (3/2)^2; 54 / 3^3
    ("Two similar triangles have a similarity ratio of 4:5. The perimeter of the smaller is 12. "
     "What is the perimeter of the larger?", "15"),
    ("Two similar hexagons have a scale factor of 2:3. The area of the smaller hexagon is 8. "
     "What is the area of the larger hexagon?", "18"),
    ("Two similar cones have a similarity ratio of 1:3. The volume of the larger is 54. What is "
     "the volume of the smaller?", "2"),
    # k^2 = 25/4: k = 5/2, 6 * 5/2
    ("Two similar triangles have areas in the ratio 4:25. The altitude of the smaller one is 6. "
     "How long is the corresponding altitude of the larger one?", "15"),
    # k^3 = 27/8: k = 3/2, 4 * 3/2
    ("Two similar cones have volumes of 8 and 27 cubic inches. The radius of the smaller cone "
     "is 4 inches. Find the radius of the larger cone.", "6"),
    # every dimension doubled: the volume 8 times
    ("A 3-liter jug has all of its dimensions doubled. How many liters does the new jug hold?",
     "24"),
    # k = 3/2: 12 * 9/4
    ("Two triangles are similar. The ratio of their perimeters is $2:3$. If the area of the "
     "smaller triangle is 12, what is the area of the larger triangle?", "27"),
    # k = 10/4: 75 / (25/4)
    ("Two similar rectangles have corresponding sides of 4 cm and 10 cm. The area of the larger "
     "rectangle is 75 square centimeters. What is the area of the smaller rectangle?", "12"),
    # k = 3/2: 27 / (9/4)
    ("The smaller of two similar hexagons has a perimeter of 12. The larger hexagon has a "
     "perimeter of 18 and an area of 27. What is the area of the smaller hexagon?", "12"),
    # k = 4/3
    ("Two similar triangles have areas 9 and 16. The shortest side of the smaller triangle is "
     "6. What is the shortest side of the larger triangle?", "8"),
    # k = sqrt 2
    ("Two similar squares have areas in the ratio 1:2. The side of the smaller square is 4. "
     "What is the side of the larger square?", "4\\sqrt{2}"),
    # k = 3: 90 / 9
    ("Two similar triangles have perimeters of 10 and 30. The area of the larger triangle is "
     "90. What is the area of the smaller triangle?", "10"),
]

DECLINED = [
    # one number for a scale factor: which way it goes is not said
    "Two similar triangles have a scale factor of 2. The area of the smaller is 10. What is "
    "the area of the larger?",
    # the area is not known for either figure
    "Two similar triangles have heights 3 and 6. What is the area of the larger triangle?",
    # three figures
    "Three similar triangles have areas 1, 4 and 9. What is the ratio of their perimeters?",
    # the legs need the triangle's own geometry
    "Two similar right triangles have areas 6 and 24. The hypotenuse of the smaller is 5. What "
    "is the sum of the legs of the larger triangle?",
    # which figure the 6 belongs to is not said
    "Two similar triangles have areas in the ratio 1:4. A side is 6. What is the corresponding "
    "side of the larger triangle?",
    # two ratios that disagree
    "Two similar triangles have areas 4 and 9 and perimeters 10 and 30. What is the height of "
    "the larger triangle if the height of the smaller is 2?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_similar_figures_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_similar_figures_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # sides 2 and 7: areas scale by 49/4
    ("Two similar triangles have corresponding sides of length 2 and 7. If the area of the "
     "smaller triangle is 8, what is the area of the larger?", "98"),
    # sides 6 and 9: the smaller's area is 4/9 of 45
    ("Two similar triangles have corresponding sides of lengths 6 and 9. The area of the larger "
     "triangle is 45. What is the area of the smaller triangle?", "20"),
])
def test_similar_figures_by_two_sides_of_length(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # k = 3/2: 32 pi * 27/8
    ("Two similar cylinders have heights of 4 and 6. The volume of the smaller one is $32\\pi$. "
     "What is the volume of the larger one?", "108\\pi"),
    ("Two similar cones have heights of 4 and 6. The volume of the smaller cone is $32\\pi$. What "
     "is the volume of the larger cone?", "108\\pi"),
    # k = 2: 50 pi / 4
    ("Two similar cylinders have radii of 3 and 6. The surface area of the larger is $50\\pi$. "
     "What is the surface area of the smaller?", "\\frac{25\\pi}{2}"),
])
def test_similar_solids_with_pi(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_measure_with_pi_for_one_figure_only_declines() -> None:
    assert solve_now("Two similar cones have volumes of $8\\pi$ and 27. The height of the smaller "
                     "cone is 4. What is the height of the larger cone?").answer is None
