"""Mixtures of solutions (prealgebra/mixtures.py): an untold amount of one concentration added to
a told amount of another to reach a third; pure water (0%) and pure stuff (100%); the mixture's
amount told as well. Our own problems, answers worked out by hand; near misses (a percent out of
reach, evaporation, two different stuffs, the mixture's amount contradicting its parts) must
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 0.2x + 5 = 0.3 (x + 10)
    ("How many liters of a $20\\%$ acid solution must be added to 10 liters of a $50\\%$ acid "
     "solution to make a $30\\%$ acid solution?", "20"),
    # 15 = 0.2 (50 + x)
    ("How many ounces of pure water must be added to 50 ounces of a $30\\%$ salt solution to "
     "make a $20\\%$ salt solution?", "25"),
    # x + 0.6 = 0.4 (6 + x)
    ("How many cups of pure juice must be mixed with 6 cups of a $10\\%$ juice mixture to get a "
     "$40\\%$ juice mixture?", "3"),
    # 0.05x + 0.75 = 0.1 (3 + x)
    ("How many gallons of a 5 percent bleach solution should be added to 3 gallons of a 25 "
     "percent bleach solution to produce a 10 percent bleach solution?", "9"),
    # 20 + x = 0.25 (200 + x) and 200 + x = 240
    ("How many milliliters of pure alcohol must be added to 200 milliliters of a $10\\%$ alcohol "
     "solution to make 240 milliliters of a $25\\%$ alcohol solution?", "40"),
    # "a 25% solution of salt", "to yield a solution that is 20% salt": 15 = 0.2 (60 + x)
    ("How many ounces of pure water must be added to 60 ounces of a $25\\%$ solution of salt "
     "to yield a solution that is $20\\%$ salt?", "15"),
]

NEAR_MISSES = [
    # 60% is beyond both parts
    "How many liters of a $20\\%$ acid solution must be added to 10 liters of a $50\\%$ acid "
    "solution to make a $60\\%$ acid solution?",
    # evaporation is not read
    "How many liters of water must evaporate from 10 liters of a $20\\%$ salt solution to make a "
    "$25\\%$ salt solution?",
    # acid and salt
    "How many liters of a $20\\%$ acid solution must be added to 10 liters of a $50\\%$ salt "
    "solution to make a $30\\%$ acid solution?",
    # acid told, salt asked
    "How many ounces of pure water must be added to 40 ounces of a $25\\%$ solution of acid to "
    "yield a solution that is $20\\%$ salt?",
    # 200 + 40 is not 250
    "How many milliliters of pure alcohol must be added to 200 milliliters of a $10\\%$ alcohol "
    "solution to make 250 milliliters of a $25\\%$ alcohol solution?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_mixtures_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_mixtures_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # (3 + 3) / 40 = 15%
    ("Ten liters of a 30% acid solution are mixed with 30 liters of a 10% acid solution. What "
     "percent of the mixture is acid?", "15"),
    # (3 + 7) / 50 = 20%
    ("A chemist mixes 30 mL of a 10% acid solution with 20 mL of a 35% acid solution. What is "
     "the percent of acid in the mixture?", "20"),
    # 8 / 25 = 32%
    ("20 ounces of a 40% salt solution are mixed with 5 ounces of pure water. What is the "
     "concentration of the resulting solution?", "32"),
])
def test_the_mixtures_percent_asked(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # liters and gallons
    "Ten liters of a 30% acid solution are mixed with 30 gallons of a 10% acid solution. What "
    "percent of the mixture is acid?",
    # two stuffs
    "Ten liters of a 30% acid solution are mixed with 30 liters of a 10% salt solution. What "
    "percent of the mixture is acid?",
    # some is poured out: a third amount
    "Ten liters of a 30% acid solution are mixed with 30 liters of a 10% acid solution and 5 "
    "liters are poured out. What percent of the mixture is acid?",
])
def test_the_mixtures_percent_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
