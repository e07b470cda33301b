"""One amount and what is left after a part goes (prealgebra/amounts_left.py). Our own
problems, answers worked out by hand; near misses (a part of the rest, a part that is not a
whole count, a number in the question, two pieces eaten past the whole) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 24 - 24/3
    ("Jo has 24 shells and gives away a third of them. How many does she have left?", "16"),
    # 35 - 2/5 * 35
    ("Omar had 35 stamps and gave 2/5 of them to his sister. How many stamps does he have now?",
     "21"),
    # 50 - 20% of 50
    ("Priya has 50 beads and loses 20% of them. How many beads are left?", "40"),
    # 16 - 3/4 * 16, typed in lower case without marks
    ("ken has 16 grapes and eats three quarters of them how many does he have left", "4"),
    # (10 - 3)/10
    ("A pie is cut into 10 equal slices and Dan eats 3. What fraction of the pie is left?",
     "\\frac{7}{10}"),
    # (6 - 4)/6, 'of them'
    ("A pizza is divided into 6 slices and we ate 4 of them. What fraction is left?",
     "\\frac{1}{3}"),
    # (9 - 2)/9, the whole 'has' its pieces
    ("A chocolate bar has 9 squares and I eat 2. What fraction of the chocolate bar is left?",
     "\\frac{7}{9}"),
]

NEAR_MISSES = [
    # a part of the rest is another story
    "Jo has 24 shells and gives away a third of them and then half of the rest. How many does "
    "she have left?",
    # a third of 25 is not a whole count
    "Jo has 25 shells and gives away a third of them. How many does she have left?",
    # a number in the question
    "Jo has 24 shells and gives away a third of them. How many does she have left after 2 days?",
    # more slices eaten than the pie has
    "A pie is cut into 4 slices and Dan eats 6. What fraction of the pie is left?",
    # another whole asked about
    "A pie is cut into 10 slices and Dan eats 3. What fraction of the cake is left?",
    # the question asks about another thing
    "Omar had 35 stamps and gave 2/5 of them to his sister. How many coins does he have now?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_amounts_left_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_amounts_left_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
