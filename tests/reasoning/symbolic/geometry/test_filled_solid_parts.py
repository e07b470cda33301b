"""A cylinder or rectangular box partly full of a liquid, the part told in words ("one third",
"three quarters"), as a fraction typed a / b, or as a percent (geometry.filled_solids): the
part k of the height holds the part k of the volume. A missing measure, "partly full", another
liquid asked than the one told, a cone standing on its base, or a mixture decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # π·2²·(10/2)
    ("A cylindrical vase is half full of water. The vase is 10 inches tall and its radius is 2 "
     "inches. What is the volume of the water? Express your answer in terms of pi.",
     "20\\pi"),
    # π·3²·(12·3/4)
    ("a cylindrical bucket with diameter 6 and height 12 is three quarters full of paint. how "
     "much paint is in it", "81\\pi"),
    # 20·10·(15·2/5)
    ("A rectangular aquarium 20 cm long, 10 cm wide and 15 cm tall is filled with water to "
     "$\\frac{2}{5}$ of its height. What is the volume of the water?", "1200"),
    # π·3²·(9·2/3)
    ("A cylindrical pot of radius 3 and height 9 is two thirds full of soup. What is the volume "
     "of the soup?", "54\\pi"),
    # 4·5·(6·3/4) in a box typed with a slash
    ("A rectangular tank 4 ft long, 5 ft wide and 6 ft tall is 3/4 full of water. How many "
     "cubic feet of water are in it?", "90"),
    # π·5²·(20·10%)
    ("A cylindrical tank of radius 5 m and height 20 m is 10% full of oil. How many cubic "
     "meters of oil are in the tank?", "50\\pi"),
    # "percent" in words: π·5²·(20·40/100)
    ("A cylindrical bucket is 40 percent full of water. Its radius is 5 cm and its height is "
     "20 cm. Find the volume of the water.", "200\\pi"),
])
def test_filled_parts_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no radius or diameter
    "A cylindrical vase is half full of water. The vase is 10 inches tall. What is the volume "
    "of the water?",
    # how full it is never told
    "A cylindrical vase 10 inches tall with radius 2 inches is partly full of water. What is "
    "the volume of the water?",
    # another liquid asked than the one in it
    "A cylindrical vase 10 inches tall with radius 2 inches is half full of juice. What is the "
    "volume of the water?",
    # a cone narrows: not the same cross-section at every height
    "A conical cup 10 inches tall with radius 2 inches is half full of water. What is the "
    "volume of the water?",
    # a mixture: the part of the punch that is juice is not read
    "A cylindrical jar 8 inches tall with a radius of 1 inch is half full of punch. The ratio "
    "of juice to soda in the punch is 1:3. What is the volume of the juice?",
])
def test_unread_containers_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
