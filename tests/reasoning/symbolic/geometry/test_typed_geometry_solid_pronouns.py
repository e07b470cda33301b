"""Two solids and "its" in the question: "A sphere has twice the volume of a sphere of radius
9. What is its diameter?" could mean either sphere (a student most likely means the first, the
reader's last-named one is the second): declined, never guessed. Named solids, a possessive
("the cone's volume") or one solid alone are still answered. Our own problems."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

DECLINED = [
    "A sphere has twice the volume of a sphere of radius 9. What is its diameter?",
    "A cube has the same volume as a cube with edge 3. What is its surface area?",
    "A cylinder has three times the volume of a cylinder with radius 2 and height 5. Find its "
    "volume.",
    "A cone has half the volume of a cone of radius 6 and height 4. Determine its volume.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_ambiguous_pronoun_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


SOLVED = [
    # 2 * (4/3) pi 9^3 = (4/3) pi r^3: r = 9 * 2^(1/3), diameter 18 * 2^(1/3)
    ("What is the diameter of a sphere with twice the volume of a sphere of radius 9?",
     "18\\sqrt[3]{2}"),
    # one solid: "its" is that solid
    ("A cone has radius 4 and height 6. What is its volume?", "32\\pi"),
    ("A cube has edge 5. Find its surface area.", "150"),
    # the cylinder's volume 9 pi * 4 = 36 pi; the cone's is a third of it
    ("A cone is inscribed in a cylinder of radius 3 and height 4. What is the cone's volume?",
     "12\\pi"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_clear_owner_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
