"""A container filled with water to a depth, a part of its height or a part of its volume
(geometry/filled_solids.py): the water's volume or the part filled. Our own problems;
answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # pi 4 * 5
    ("A cylindrical tank has radius 2 feet and height 12 feet. It is filled with water to a "
     "depth of 5 feet. How many cubic feet of water are in the tank? Express your answer in "
     "terms of $\\pi$.", "20\\pi"),
    # the full cone 1/3 pi 9 * 9 = 27 pi; a third of the height: 1/27 of it
    ("An inverted cone has radius 3 and height 9. It is filled with water to a depth of 3. What "
     "is the volume of the water? Express your answer in terms of $\\pi$.", "\\pi"),
    # (2/3)^3
    ("An inverted cone is filled with water to $\\frac{2}{3}$ of its height. What fraction of "
     "its volume is filled? Express your answer as a common fraction.", "\\frac{8}{27}"),
    # (1/2)^3 = 12.5 percent
    ("A cone standing on its vertex is filled with water to half its height. What percent of "
     "its volume is filled?", "\\frac{25}{2}"),
    # pi 9 * 10 / 2
    ("A cylinder with diameter 6 and height 10 is half full of water. What is the volume of the "
     "water? Express your answer in terms of $\\pi$.", "45\\pi"),
    # 6 * 6 * 4
    ("A cube-shaped container has edge 6 inches. It is filled with water to a depth of 4 inches. "
     "What is the volume of the water?", "144"),
    # 10 * 4 * 2
    ("A rectangular tank has length 10, width 4 and height 7. It is filled with water to a "
     "depth of 2. What is the volume of the water?", "80"),
])
def test_a_container_filled_with_water(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a cone not said to stand on its vertex: the water's shape is not known
    "A cone has radius 6 and height 12. It is filled with water to a depth of 6. What is the "
    "volume of the water?",
    # deeper than the container
    "A cylindrical glass with radius 2 and height 6 is filled with water to a depth of 8. What "
    "is the volume of the water?",
    # which of the box's numbers is its height is not said
    "A rectangular tank measures 8 by 5 by 6. It is filled with water to a depth of 3. What is "
    "the volume of the water?",
    # the container's volume asked, not the water's
    "A cylinder with radius 2 and height 6 is half full of water. What is the volume of the "
    "cylinder?",
])
def test_a_container_filled_with_water_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # (3/4)^3, the cone "stands on its vertex", the fraction typed 3/4, "the glass's volume"
    ("A conical glass stands on its tip and is filled with juice to 3/4 of its height. What "
     "fraction of the glass's volume is filled with juice?", "\\frac{27}{64}"),
    # 4^3 / 3, "one-third full", "edges of"
    ("A cube-shaped bin with edges of 4 feet is one-third full of sand. What is the volume of "
     "the sand?", "\\frac{64}{3}"),
    # 6 * 5 * 4 * 3/4, "4 feet deep", "how many cubic feet of water does it hold when"
    ("A rectangular tank is 6 feet long, 5 feet wide and 4 feet deep. How many cubic feet of "
     "water does it hold when it is three-fourths full?", "90"),
    # pi 9 * 8 * 2/3
    ("A cylindrical pail has a radius of 3 inches and a height of 8 inches. It is 2/3 full of "
     "paint. How much paint is in the pail?", "48\\pi"),
    # the water a cone of radius 1 and height 3
    ("A conical cup rests on its point. It has radius 2 and height 6 and is filled with tea to "
     "a depth of 3. What is the volume of the tea?", "\\pi"),
])
def test_a_container_filled_in_other_words(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a cone on its base: the water is a frustum, not read here
    "A cone sits on its base and is filled with water to half its height. What fraction of its "
    "volume is filled?",
    # a container with a second liquid named
    "A cylindrical jar has radius 2 and height 5. It is half full of oil. How many cubic inches "
    "of water does it hold when it is half full?",
])
def test_a_container_filled_in_other_words_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # (1/2)^3 of the volume
    ("A cone is inverted and filled with water to half its height. What percent of the cone's "
     "volume is filled with water?", "12.5"),
    # (2/3)^3
    ("A right circular cone is inverted and filled with water to $\\frac{2}{3}$ of its height. "
     "What fraction of the cone's volume is filled with water?", "\\frac{8}{27}"),
    # (3/5)^3 = 27/125 = 21.6%
    ("A cone is inverted and filled with water to 3/5 of its height. What percent of the cone's "
     "volume is filled with water?", "21.6"),
])
def test_a_cone_said_inverted(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_cone_not_said_inverted_declines() -> None:
    # standing on its base, the water at half the height fills 7/8: which way is not said
    assert solve_now("A cone is filled with water to half its height. What percent of the "
                     "cone's volume is filled with water?").answer is None
