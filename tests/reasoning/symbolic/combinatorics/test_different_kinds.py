"""Named people each taking one thing of a different kind from a stock
(combinatorics/different_kinds.py). Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_as_many_people_as_kinds():
    # 3! * 2 * 6 * 3 = 216
    assert_solved("A toy shop has 2 kites, 6 yo-yos and 3 puzzles. Finn, Gus and Hal each want to "
                  "buy a toy, and they each want a different kind of toy. In how many ways can "
                  "Finn, Gus and Hal buy their toys?", "216")


def test_fewer_people_than_kinds():
    # 2! (5*2 + 5*4 + 2*4) = 76
    assert_solved("a deli has 5 bagels, 2 muffins and 4 scones. ivy and jo each buy one snack "
                  "but they want different kinds. how many ways can they do it", "76")
    # Oxford comma, four kinds, 'no two of them'; the pairs of kinds:
    # pairs: 3*1 + 3*2 + 3*4 + 1*2 + 1*4 + 2*4 = 3 + 6 + 12 + 2 + 4 + 8 = 35; 2! * 35 = 70
    assert_solved("A rescue centre has 3 dogs, 1 cat, 2 rabbits, and 4 hamsters. Pia and Rob each "
                  "adopt one pet, and no two of them adopt the same kind of pet. How many ways can "
                  "they adopt their pets?", "70")


@pytest.mark.parametrize("problem", [
    # more people than kinds
    "A toy shop has 2 kites and 6 yo-yos. Finn, Gus and Hal each want to buy a toy, and they "
    "each want a different kind of toy. In how many ways can they buy their toys?",
    # other people asked about
    "A toy shop has 2 kites, 6 yo-yos and 3 puzzles. Finn, Gus and Hal each want to buy a toy, "
    "and they each want a different kind of toy. In how many ways can Finn and Gus buy their "
    "toys?",
    # the kinds are of another thing than the one bought
    "A toy shop has 2 kites, 6 yo-yos and 3 puzzles. Finn, Gus and Hal each want to buy a toy, "
    "and they each want a different kind of wrapping. In how many ways can they buy their toys?",
    # two things each
    "A toy shop has 2 kites, 6 yo-yos and 3 puzzles. Finn, Gus and Hal each want to buy two "
    "toys, and they each want a different kind of toy. In how many ways can they buy their toys?",
    # the kinds asked about, not the things (3! = 6 orders of kinds, not 216 ways to buy)
    "A toy shop has 2 kites, 6 yo-yos and 3 puzzles. Finn, Gus and Hal each want to buy a toy, "
    "and they each want a different kind of toy. In how many ways can they choose the kinds?",
    "a pet shop has 3 cats, 4 dogs and 2 birds. ana and bo each buy one pet but they want "
    "different kinds. how many ways can they pick the kinds",
])
def test_near_misses_decline(problem: str):
    assert solve_now(problem).answer is None
