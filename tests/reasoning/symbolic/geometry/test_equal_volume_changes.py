"""A cylinder or cone whose radius raised by one amount gives the same volume as its height
raised by another (geometry.equal_volume_changes): h(r + a)² = r²(h + b), one positive root.
A decrease, another measure made equal, two originals told or none, or a factor instead of
an amount decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3(r + 6)^2 = 9r^2: r = 3 + 3√3
    ("Increasing either the radius or the height of a cylinder by 6 cm gives the same volume. "
     "The original height is 3 cm. Find the original radius.", "3+3\\sqrt{3}"),
    # 2(r + 2)^2 = 8r^2: r = 2
    ("If the radius of a cone is increased by 2 or its height is increased by 6, the volume is "
     "the same. Its original height is 2. What is its original radius?", "2"),
    # h((4 + 2)^2 - 16) = 16·2: h = 8/5
    ("Raising the radius of a cylinder by 2 units raises its volume by z cubic units. Raising "
     "its height by 2 units also raises the volume by z cubic units. The original radius is 4 "
     "units. What is the original height?", "\\frac{8}{5}"),
    # (r + 1/2)^2 = 2r^2: r = (1 + √2)/2
    ("increasing the radius of a cylinder by $\\frac{1}{2}$ or its height by $\\frac{1}{2}$ "
     "gives the same volume. the original height is $\\frac{1}{2}$. what is the original radius",
     "\\frac{1+\\sqrt{2}}{2}"),
    # "unchanged": (r + 8)^2 = 9r^2, r = 4
    ("The volume of a cone is unchanged whether its radius or its height is increased by 8. If "
     "its original height is 1, find its original radius.", "4"),
    # the height told first: 9(r + 7)^2 = 16r^2, r = 21
    ("A cylinder has height 9. Increasing its radius by 7 or its height by 7 gives the same "
     "volume. What is its radius?", "21"),
])
def test_equal_volume_changes_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a decrease: no radius makes these equal, and the words are not read
    "Decreasing the radius of a cylinder by 1 gives the same volume as increasing its height "
    "by 1. The original height is 5. What is the original radius?",
    # not the same volume
    "Increasing the radius of a cylinder by 2 gives a larger volume than increasing its height "
    "by 2. The original height is 5. What is the original radius?",
    # both originals told
    "Increasing either the radius or the height of a cylinder by 2 gives the same volume. The "
    "original height is 5 and the original radius is 3. What is the original radius?",
    # a factor, not an amount
    "Increasing either the radius or the height of a cylinder by 2 times gives the same volume. "
    "The original height is 5. What is the original radius?",
    # the same lateral surface area, not the volume
    "Increasing either the radius or the height of a cylinder by 2 gives the same lateral "
    "surface area. The original height is 5. What is the original radius?",
])
def test_unread_volume_changes_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
