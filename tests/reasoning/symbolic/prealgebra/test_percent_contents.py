"""An ingredient at a percent of a mix, and two mixes put together, in everyday words
(prealgebra/percent_contents.py). Our own problems, answers worked out by hand; near misses
(no amount of the mix, another ingredient, kind or unit asked, a percent over 100) decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 25% of 4 litres
    ("How much orange is in 4 litres of a squash that is 25% orange?", "1"),
    # told first, asked after
    ("A smoothie is 40% milk. How many cups of milk are in 3 cups of the smoothie?", "1.2"),
    ("how many grams of fat are in 80 grams of a cheese that is 35% fat", "28"),
    # two mixes: (2*10 + 6*30)/8 = 25
    ("2 litres of a punch that is 10% lemon is mixed with 6 litres of a punch that is 30% "
     "lemon. What percent of the mixture is lemon?", "25"),
    # 'mix ... with one that is'
    # both parts punch: 'the punch' is the new one, (3*10 + 1*50)/4 = 20
    ("3 litres of a punch that is 10% lemon is mixed with 1 litre of a punch that is 50% "
     "lemon. What percent of the punch is lemon?", "20"),
    ("Mix 5 kg of a trail mix that is 20% raisins with 5 kg of one that is 60% raisins. What "
     "percent raisins is the new mix?", "40"),
]

NEAR_MISSES = [
    # no amount of the drink
    "How much orange is in a squash that is 25% orange?",
    # another ingredient asked
    "A smoothie is 40% milk. How many cups of honey are in 3 cups of the smoothie?",
    # another kind asked
    "A smoothie is 40% milk. How many cups of milk are in 3 cups of the soup?",
    # a unit converted
    "A smoothie is 40% milk. How many litres of milk are in 3 cups of the smoothie?",
    # over 100 percent
    "How much orange is in 4 litres of a squash that is 125% orange?",
    # two units mixed
    "2 litres of a punch that is 10% lemon is mixed with 6 cups of a punch that is 30% lemon. "
    "What percent of the mixture is lemon?",
    # a punch mixed with a squash: 'the punch' is the first part (10%), not the mixture
    "2 litres of a punch that is 10% lemon is mixed with 6 litres of a squash that is 30% "
    "lemon. What percent of the punch is lemon?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_percent_contents_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_percent_contents_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
