"""Triangles with whole-number sides counted or picked (`geometry.integer_triangles`): a
perimeter (equal, less than, at most), told sides and one letter, a kind (isosceles,
scalene, acute, right, obtuse). Our own problems (answers listed by hand in the comments),
and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (1,7,7) (2,6,7) (3,5,7) (3,6,6) (4,4,7) (4,5,6) (5,5,5)
    ("How many distinct triangles have a perimeter of 15 and sides that are all integers?", "7"),
    # (1,3,3) (2,2,3)
    ("How many different triangles can be made with a perimeter of 7 if every side must have "
     "a whole-number length?", "2"),
    # P = 3, 5, 6, 7 (two), 8, 9 (three)
    ("How many triangles with whole-number side lengths have a perimeter less than 10?", "9"),
    # (3,4,5) only
    ("How many scalene triangles have integer sides and a perimeter of 12?", "1"),
    # legs 6..9 with base 20 - 2x
    ("An isosceles triangle has integer side lengths and a perimeter of 20. How many such "
     "triangles are there?", "4"),
    ("How many right triangles with integer sides have a perimeter of 24?", "1"),
    # n in 4..7 (10 longest) and 13..16 (n longest)
    ("For how many integer values of $n$ is a triangle with sides 10, 7 and $n$ obtuse?", "8"),
    # 18 < y < 40: 21 values
    ("The side lengths of a triangle are 11, 29 and $y$. How many integer values of $y$ are "
     "possible?", "21"),
    # k from 6: 4 + 9 + 6
    ("A triangle has sides 4 and 9 and a third side $k$ that is an integer. What is the "
     "smallest possible perimeter?", "19"),
    # x up to 13: 6 + 8 + 13
    ("A triangle has sides of length 6 and 8. Its third side $x$ is a whole number. What is "
     "the greatest possible perimeter of the triangle?", "27"),
    # t = 8 only: 3, 8, 8
    ("Two sides of a triangle are 8 and 3 and the third side $t$ is an integer. How many acute "
     "triangles are possible?", "1"),
    # two sides typed in one piece of maths, "$7, 10,$ and $k$": k in 4..16; acute for
    # k = 8, 9, 10 (k^2 > 51) and 11, 12 (k^2 < 149)
    ("The sides of a triangle have lengths $7, 10,$ and $k,$ where $k$ is a positive integer. "
     "For how many values of $k$ is the triangle acute?", "5"),
    # the other 8 of the 13 (none is right: 51 and 149 are no squares)
    ("The lengths of the sides of a triangle are $7, 10,$ and $k,$ with $k$ a positive "
     "integer. How many values of $k$ make the triangle obtuse?", "8"),
    ("The side lengths of a triangle are $5, 12,$ and $x$, where $x$ is an integer. For how "
     "many values of $x$ is the triangle right?", "1"),  # 13 only
    ("A triangle has sides of length $6, 9$ and $m$, where $m$ is a whole number. How many "
     "values of $m$ are possible?", "11"),  # 4..14
    # "how many positive integers n": n = 5, 6 (n^2 > 20) and 7 (n^2 < 52)
    ("For how many positive integers n is a triangle with side lengths 4, 6 and n acute?", "3"),
    ("For how many positive integers $n$ is there a triangle with sides $3$, $8$ and $n$?",
     "5"),  # 6..10
    # n in 8..22 (15 values): acute 13, 14, 15, 16; right 17 (289 = 64 + 225); obtuse the
    # other 10
    ("For how many positive integers n is a triangle with sides 8, 15 and n obtuse?", "10"),
]

DECLINED = [
    # nothing bounds the sides
    "How many triangles have integer sides?",
    # no whole-number condition
    "How many triangles have a perimeter of 12?",
    # a word not read ("prime")
    "How many triangles with prime integer sides have a perimeter of 15?",
    # which of the told sides are the equal ones is not said
    "Two sides of an isosceles triangle are 4 and 9 and the third side $z$ is an integer. How "
    "many values of $z$ are possible?",
    # two letters
    "The sides of a triangle are $a$, $b$ and 10, all integers. How many values of $a$ are "
    "possible?",
    # "1,000" is one number (a thousands separator), not two sides
    "The sides of a triangle are $1,000$ and $k$ where $k$ is an integer. How many values of "
    "$k$ are possible?",
    # three sides told and a fourth letter
    "The sides of a triangle have lengths $7, 10, 12,$ and $k$ where $k$ is a positive "
    "integer. For how many values of $k$ is the triangle acute?",
    # a kind not read
    "For how many positive integers n is a triangle with side lengths 4, 6 and n pretty?",
    # "how many positive integers" with no letter after it
    "How many positive integers are sides of a triangle with sides 4 and 6?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_integer_triangles_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_integer_triangles_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
