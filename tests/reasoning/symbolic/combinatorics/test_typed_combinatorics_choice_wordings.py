"""Unordered choices (`combinatorics.selections`) in more wordings: what is on offer said with
what it is for and where ('9 toppings for a burger are available at Sal's Grill', '7 flavours of
tea are available at the cafe'), 'on a shelf', 'if the order of the books does not matter',
'without restrictions'. Our own problems; each count is C(n, k), listed here again."""

from __future__ import annotations

from itertools import combinations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _listed(n: int, k: int) -> str:
    return str(sum(1 for _ in combinations(range(n), k)))


@pytest.mark.parametrize(("problem", "answer"), [
    ("Nine toppings for a burger are offered at Sal's Grill. How many combinations of four "
     "different toppings are there?", _listed(9, 4)),
    ("Seven flavors of tea are available at the cafe. How many combinations of three different "
     "flavors are possible?", _listed(7, 3)),
    ("There are 11 novels on a shelf. In how many ways can Maya choose 4 novels if the order of "
     "the novels does not matter?", _listed(11, 4)),
    ("There are 12 stickers in a box. In how many ways can I pick 5 stickers if order is not "
     "important?", _listed(12, 5)),
    ("A choir has 14 members. In how many ways can we select a committee of 3 members without any "
     "restrictions?", _listed(14, 3)),
    # what the chosen form, said with a word before it ("a study group")
    ("How many ways can 3 students be chosen from a class of 15 to form a study group?",
     _listed(15, 3)),
])
def test_choices_in_more_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the order matters: not a choice of a set
    "There are 11 novels on a shelf. In how many ways can Maya choose 4 novels if the order of "
    "the novels matters?",
    # a restriction after all
    "A choir has 14 members. In how many ways can we select a committee of 3 members without any "
    "restrictions if Tom must be in the group?",
    # flavours that may repeat: 'different' is not said
    "Seven flavors of tea are available at the cafe. How many combinations of three flavors "
    "are possible?",
])
def test_choices_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
