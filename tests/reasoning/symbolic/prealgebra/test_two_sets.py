"""Two overlapping groups (prealgebra/two_sets.py): the whole told as "a 12-slice pizza" or "a
pizza with 16 slices", every member in at least one group said without a number ("every slice
has at least one topping", "every student likes at least one of the two"), "exactly 5" as an
emphasis, "has only ham and olive toppings" as what each may have, and "another 10 like
neither" as the count outside both groups. Our own stories; near misses (the 'every' of another
group, no word that every member is in a group, counts that do not fit) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 9 + 11 - 16
    ("A pizza with 16 slices has only ham and olive toppings, and every slice has at least one "
     "topping. Nine slices have ham and eleven slices have olives. How many slices have both "
     "ham and olives?", "4"),
    # 5 + 7 - 10, 'exactly' as emphasis
    ("A 10-slice pizza was made with only cheese and onion toppings, and every slice has at "
     "least one topping. Exactly five slices have cheese, and exactly seven slices have onions. "
     "How many slices have both cheese and onions?", "2"),
    # 25 + 18 - 40
    ("In a class of 40 students, 25 like math, 18 like art, and every student likes at least "
     "one of the two. How many students like both math and art?", "3"),
    # all 26 in at least one group: golf = 26 - 14 + 8
    ("A club has 26 members, and each member plays at least one of tennis or golf. 14 members "
     "play tennis and 8 play both. How many members play golf?", "20"),
    # a 20-page booklet: 12 + 15 - 20
    ("A 20-page booklet has only photos and drawings, and every page has at least one of the "
     "two. 12 pages have photos and 15 pages have drawings. How many pages have both photos and "
     "drawings?", "7"),
    # 'another 10' outside both groups: 60 = 35 + C - 15 + 10
    ("Of the 60 people asked, 35 said they like tea and 15 said they like both tea and coffee. "
     "Another 10 said they like neither. How many people like coffee?", "30"),
    # 80 = 45 + T - 20 + 15
    ("80 students were asked about sports. Of them, 45 play soccer and 20 play both soccer and "
     "tennis. Another 15 play neither. How many students play tennis?", "40"),
]

NEAR_MISSES = [
    # 'every boy' is not the whole class
    "In a class of 40 students, 25 like math, 18 like art, and every boy likes at least one of "
    "the two. How many students like both math and art?",
    # a plain slice may have no topping: the whole is not the union
    "A 12-slice pizza has only ham and olive toppings. Six slices have ham and eight slices "
    "have olives. How many slices have both ham and olives?",
    # 6 + 4 < 12: the counts cannot cover every slice
    "A 12-slice pizza has ham and olive toppings, and every slice has at least one topping. "
    "Exactly six slices have ham and exactly four slices have olives. How many slices have "
    "both?",
    # 'another' before a group's own count: not read
    "Of the 60 people asked, 35 said they like tea and 15 said they like both tea and coffee. "
    "Another 10 said they like only coffee. How many people like neither?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_two_sets_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_two_sets_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
