"""A whole, a part of it used and what is left (`parts_used`): our own wordings, and near
misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # what is left of a told whole
    ("Lia read 30% of a novel with 320 pages. How many pages are left?", "224"),
    ("A novel has 320 pages. Lia read 3/8 of the pages. How many pages did she not read?",
     "200"),
    ("Lia read 25% of a 320-page novel. How many pages does she still have to read?", "240"),
    ("Omar had $80 and spent 3/4 of it. How much does he have left?", "20"),
    ("Omar had $80. He spent 15% of it. How much money is left?", "68"),
    # the whole from what is left
    ("Omar spent 3/4 of his money and has $20 left. How much money did he have at first?",
     "80"),
    ("After spending 5/6 of her savings, Rita had $15 left. How much did she have to start "
     "with?", "90"),
    ("Rita spent 35% of her money on a coat and has $26 left. How much did she have at first?",
     "40"),
    # the part used
    ("Rita spent 35% of her money on a coat and has $26 left. How much did she spend?", "14"),
])
def test_parts_used(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # "has $20" after the spending is what is left, never the whole
    "Omar spent 3/4 of his money and has $20. How much does he have left?",
    # a second part of the rest: another story
    "Omar spent 3/4 of his money and then 1/2 of the rest. He has $20 left. How much did he "
    "have at first?",
    # a count of pages that is not whole
    "Lia read 30% of a novel with 25 pages. How many pages are left?",
    # a count, not a part
    "Lia read 40 of the 320 pages. How many pages are left?",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
