"""A closing request to round is never dropped as if it were an exact form ("Express your
answer as a decimal to the nearest tenth" after a solid, a shadow, an isosceles triangle or a
similar figure): the exact answer is rounded (geometry/reading.py EXACT_FORM). Our own
problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved


@pytest.mark.parametrize(("problem", "answer"), [
    # pi 9 * 4 = 113.097...
    ("A cylinder has radius 3 and height 4. What is its volume? Express your answer as a "
     "decimal to the nearest tenth.", "113.1"),
    # 3 * 50 / (pi 4) = 11.94...
    ("A cone has radius 2 and volume 50. What is its height? Express your answer to the "
     "nearest whole number.", "12"),
    # 4 pi 9 = 113.097...
    ("A sphere has radius 3. What is its surface area? Express your answer as a decimal to the "
     "nearest hundredth.", "113.10"),
    # sqrt(49 - 16) = 5.744...
    ("In an isosceles triangle, the base is 8 and each leg is 7. What is the height to the "
     "base? Express your answer as a decimal to the nearest tenth.", "5.7"),
    # 20 * 6 / 7 = 17.142...
    ("A 6-foot man casts a 7-foot shadow. At the same time a pole casts a 20-foot shadow. How "
     "tall is the pole? Express your answer as a decimal to the nearest tenth.", "17.1"),
    # 12 * 25 / 9 = 33.33...
    ("Two similar triangles have corresponding sides in the ratio $3:5$. If the area of the "
     "smaller is 12, what is the area of the larger? Express your answer as a decimal to the "
     "nearest tenth.", "33.3"),
])
def test_rounding_requests_are_kept(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
