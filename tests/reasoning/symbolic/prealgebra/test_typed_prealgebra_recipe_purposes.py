"""Proportion stories (prealgebra/rates.py) that open with what the recipe is for: "To bake
muffins, ...". The purpose changes no amount. Our own stories; answers by hand (the comment)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 30 / 120 * 480
    ("To bake muffins, Omar mixes 30 grams of sugar for every 120 grams of flour. How many "
     "grams of sugar does he mix with 480 grams of flour?", "120"),
    # 2 / 7 * 21
    ("To make lemonade, Priya uses 2 cups of juice for every 7 cups of water. How many cups of "
     "juice does she use with 21 cups of water?", "6"),
    # 5 / 2 * 8
    ("To brew iced tea, Leo uses 2 tea bags for every 5 cups of water. How many cups of water "
     "does he use with 8 tea bags?", "20"),
    # "calls for": 5 / 4 * 12
    ("A recipe calls for 5 cups of flour for every 4 cups of milk. How many cups of "
     "flour are needed for 12 cups of milk?", "15"),
])
def test_recipe_with_a_purpose(problem, answer):
    assert_solved(problem, answer)


def test_a_purpose_that_is_a_condition_declines():
    # 'to make a profit' is a goal with amounts of its own, not a recipe
    assert solve_now("To make a profit, Omar mixes 30 grams of sugar for every 120 grams of "
                     "flour. How many grams of sugar does he mix with 480 grams of "
                     "flour?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # a mixed number is a whole number and a fraction: 3 1/4 hours, 1 3/4 feet
    ("How many minutes are in $3\\frac{1}{4}$ hours?", "195"),
    ("How many inches are in $1\\frac{3}{4}$ feet?", "21"),
    # 4 1/2 cups for every 3 loaves: 4.5 / 3 * 8
    ("A baker uses $4\\frac{1}{2}$ cups of flour for every 3 loaves. How many cups of flour "
     "does he use for 8 loaves?", "12"),
])
def test_mixed_numbers_in_stories(problem, answer):
    assert_solved(problem, answer)
