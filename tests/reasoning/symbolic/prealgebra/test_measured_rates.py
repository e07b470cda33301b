"""A price or an ingredient at one rate, asked for another amount
(prealgebra/measured_rates.py). Our own problems, answers worked out by hand; near misses
(another unit, other stuff, other things) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 8/4 for one kilogram
    ("If 4 kg of pears cost $8, how much does 1 kg cost?", "2"),
    # 12/3 * 7
    ("If 3 kg of flour costs $12, how much does 7 kg cost?", "28"),
    # 9/6 * 4, plural unit asked again with its stuff
    ("6 litres of juice cost $9. How much would 4 litres of juice cost?", "6"),
    # 15/2 * 3
    ("if 2 pounds of coffee cost $15 what do 3 pounds cost", "\\frac{45}{2}"),
    # a dozen: 4/12 * 9
    ("A dozen rolls cost $4. How much do 9 rolls cost?", "3"),
    # half a dozen: 3/6 * 8
    ("Half a dozen cupcakes cost $3. How much do 8 cupcakes cost?", "4"),
    # recipe: 4/16 * 40
    ("A recipe needs 4 cups of milk for 16 pancakes. How much milk for 40 pancakes?", "10"),
    # recipe, 'to make', 'how many cups of': 2/10 * 25
    ("If a recipe calls for 2 cups of oats to make 10 bars, how many cups of oats are needed "
     "to make 25 bars?", "5"),
    # "how much does each ... cost": 20/8
    ("A pack of 8 markers costs $20. How much does each marker cost?", "\\frac{5}{2}"),
    # a pack of things: one of them, several of them, several packs
    ("A pack of 8 markers costs $12. How much does one marker cost?", "1.5"),
    ("a bag of 10 rolls costs $4. how much do 25 rolls cost", "10"),
    ("A carton of 6 eggs costs $2.40. What is the cost of 15 eggs?", "6"),
    ("a box of 20 teabags costs $5. how much is each teabag", "0.25"),
    # a purchase, dozens counted, 'at that same rate': 6.60 / 36 * 24
    ("Lena bought three dozen rolls for $6.60. At that same rate, how much would two dozen of "
     "these rolls cost?", "4.4"),
    # a purchase, 'at this rate': 9 / 6 * 14
    ("Raj bought 6 folders for $9. At this rate, how much would 14 folders cost?", "21"),
    # the cents asked of a price typed in dollars: 100 (5 / 20)
    ("a box of 20 teabags costs $5. how much is each teabag in cents", "25"),
    ("A tin of 30 biscuits costs $9. How much do 4 tins cost?", "36"),
    # a pack, asked in cents: 100 (4.80 / 16)
    ("A carton of 16 eggs costs $4.80. What is the cost of one egg in cents?", "30"),
    # 'how many cents does one ... cost': 100 (2.10 / 7)
    ("If 7 limes cost $2.10, how many cents does one lime cost?", "30"),
    # 'each ... cost in cents', casual: 100 (5.40 / 12)
    ("a box of 12 crayons costs $5.40. how much does each crayon cost in cents", "45"),
]

NEAR_MISSES = [
    # another unit: converting is another story
    "If 4 kg of pears cost $8, how much do 3 pounds cost?",
    # other stuff
    "If 4 kg of pears cost $8, how much do 3 kg of apples cost?",
    # other things in a recipe
    "A recipe needs 4 cups of milk for 16 pancakes. How much milk for 40 waffles?",
    # other stuff in a recipe
    "A recipe needs 4 cups of milk for 16 pancakes. How much flour for 40 pancakes?",
    # a dozen of one thing, asked of another
    "A dozen rolls cost $4. How much do 9 muffins cost?",
    # a pack of one thing, another thing asked
    "A pack of 8 markers costs $12. How much does one crayon cost?",
    # cents asked of a price not typed in dollars: 3.60 what?
    "A bag of 12 plums costs 3.60. What is the cost of one plum in cents?",
    # a purchase, another thing asked
    "Raj bought 6 folders for $9. At this rate, how much would 14 binders cost?",
    # a purchase with more than one thing
    "Raj bought 6 folders and 2 pens for $9. At this rate, how much would 14 folders cost?",
    # another thing priced in cents
    "A carton of 16 eggs costs $4.80. What is the cost of one apple in cents?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_measured_rates_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_measured_rates_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
