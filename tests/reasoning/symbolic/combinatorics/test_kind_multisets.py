"""Choices of n things from k kinds, repeats allowed (combinatorics/kind_multisets.py). Our
own problems; the answers worked out by hand as C(n + k - 1, k - 1)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(7, 2) = 21
    ("A bakery sells 3 kinds of muffins. In how many ways can you buy 5 muffins?", "21"),
    # C(6, 3) = 20: more things than kinds, so kinds repeat
    ("How many different assortments of 3 cupcakes can be made from 4 flavors of cupcakes if "
     "flavors may be repeated?", "20"),
    # C(5, 2) = 10
    ("how many ways can i pick 3 lollipops from 3 flavours if repeats are allowed", "10"),
    # C(8, 3) = 56
    ("In how many ways can 5 roses be chosen from 4 varieties, with repetition allowed?", "56"),
    # C(6, 4) = 15: each scoop chosen on its own
    ("A sundae is made with 2 scoops of ice cream, each chosen from 5 flavours. How many "
     "different sundaes are possible if the order of the scoops does not matter?", "15"),
    # C(9, 2) = 36
    ("How many different selections of 7 sodas can be made from 3 types of sodas?", "36"),
])
def test_kinds_repeat(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # three different kinds (C(5, 3) = 10) or any kinds (C(7, 3) = 35)
    "In how many ways can you choose 3 donuts from 5 kinds of donuts?",
    # a further condition
    "A bakery sells 3 kinds of muffins. How many ways can you choose 7 muffins if you must "
    "get at least one of each kind?",
    # order counted
    "How many ways can you choose 6 donuts from 4 kinds of donuts if the order matters?",
    # every thing of a different kind
    "How many ways can you choose 3 donuts of different kinds from 5 kinds of donuts?",
])
def test_other_readings_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
