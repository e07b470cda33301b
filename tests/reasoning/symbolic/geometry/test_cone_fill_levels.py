"""A cone or square pyramid holding liquid up to a level (geometry/cone_fill_levels.py): our
own problems, worked by hand (k^3 apex down, 1 - (1 - k)^3 standing on the base); which way
up the solid stands, when untold, is asked back with both readings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import WHICH_MEANT


@pytest.mark.parametrize(("problem", "answer"), [
    # (1/2)^3 = 1/8 = 12.5%
    ("A conical glass, point down, is filled with lemonade to 1/2 of its height. What percent "
     "of the glass's volume is lemonade?", "12.5"),
    # whole 18 pi, k = 1/3: 18 pi / 27
    ("An inverted cone has radius 3 and height 6. It is filled with water to a depth of 2. "
     "What is the volume of the water?", "\\frac{2\\pi}{3}"),
    ("An upside down cone of height $6$ and radius $3$ holds water to a depth of $2$. What is "
     "the volume of the water?", "\\frac{2\\pi}{3}"),
    # whole 72, share 1 - 1/8
    ("A square pyramid standing on its base has base edge 6 and height 6. It is filled with "
     "sand up to half its height. What is the volume of the sand?", "63"),
    # cube root of 27/64 = 3/4 of 8
    ("An inverted cone of height 8 is filled with water to $\\frac{27}{64}$ of its volume. How "
     "deep is the water?", "6"),
    # standing on its base, 7/8 of the volume: 1 - (1/8)^(1/3) = 1/2 of 10
    ("A cone of height 10 standing on its base is filled with sand to 7/8 of its volume. How "
     "deep is the sand?", "5"),
    # 0.2^3 = 0.008
    ("An inverted conical cup is filled with water to 20% of its height. What fraction of the "
     "cup's volume is water?", "\\frac{1}{125}"),
])
def test_fill_levels(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # deeper than the cone is tall
    "An inverted cone of height 6 holds water to a depth of 9. What is the volume of the "
    "water?",
    # no level told
    "An inverted cone is partly full of water. What percent of its volume is water?",
    # a rate of filling is another problem
    "An inverted cone of height 6 is filled with water at 2 cubic feet per minute to half its "
    "height. What fraction of its volume is water?",
    # a base edge fixes no base but a square's
    "An inverted pyramid with base edge 6 and height 6 is filled with water to half its "
    "height. What is the volume of the water?",
    # a volume asked without the cone's size
    "An inverted cone is filled with water to half its height. What is the volume of the water?",
    # a part of the height asked, not of the volume (1/8 was shown for both; 1/2 is right)
    "A cone is inverted and filled with water to 1/8 of its volume. What fraction of the "
    "cone's height is the water?",
    "An inverted cone is filled with water to 1/2 of its height. What fraction of its height "
    "is the water?",
    # another liquid asked than the one told (128 pi / 3 was shown)
    "An inverted cone with radius 6 and height 12 holds oil to a depth of 8. What is the volume "
    "of the water?",
])
def test_fill_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_which_way_up_untold_asks_with_both_readings() -> None:
    sol = solve_now("A cone is filled with juice to 1/2 of its height. What fraction of its "
                    "volume is juice?")
    assert sol.answer is None
    assert "1}{8}" in sol.declined or "1}{8}" in sol.detail
    assert "7}{8}" in sol.declined or "7}{8}" in sol.detail
    assert WHICH_MEANT  # the reading is asked back, not guessed


def test_which_way_up_untold_for_a_percent_names_both_percents() -> None:
    sol = solve_now("A cone is filled to half its height with water. What percent of the volume "
                    "is filled?")
    assert sol.answer is None
    assert "\\frac{25}{2}\\%" in sol.declined and "\\frac{175}{2}\\%" in sol.declined
