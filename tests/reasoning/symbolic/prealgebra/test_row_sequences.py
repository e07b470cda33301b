"""Rows that grow or shrink by the same number each row (`prealgebra.row_sequences`), in
stories of our own; near misses decline. Answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 18 + 11 * 3 = 51
    ("A concert hall has 18 seats in the first row and each row has 3 more seats than the row "
     "before it. How many seats are in the 12th row?", "51"),
    # 12 rows from 18 to 51: 12 * 69 / 2 = 414
    ("The first row of a concert hall has 18 seats, and each row after the first has 3 more "
     "seats than the row before. There are 12 rows. How many seats are there in all?", "414"),
    # 14, 13, ..., 5: 10 rows, 10 * 19 / 2 = 95
    ("A pile of crates has 14 crates in the bottom row, and each row above has one fewer "
     "crate, ending with 5 crates in the top row. How many crates are in the pile?", "95"),
    ("A pile of crates has 14 crates in the bottom row, and each row above has one fewer "
     "crate, ending with 5 crates in the top row. How many rows are there?", "10"),
    # 16, 13, 10, 7, 4, 1: 41
    ("A display has 16 cups on the bottom row, and 3 fewer cups in each successive row, "
     "ending with 1 cup at the top. How many cups are in the display?", "51"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_row_sequences(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # "each row below" the bottom row: which way does it go?
    "A pile of crates has 14 crates in the bottom row, and each row below has one fewer crate, "
    "ending with 5 crates in the top row. How many crates are in the pile?",
    # 14, 11, 8, 5, 2: never 4
    "A pile of crates has 14 crates in the bottom row, and each row above has 3 fewer crates, "
    "ending with 4 crates in the top row. How many crates are in the pile?",
    # the number of rows is not told
    "A concert hall has 18 seats in the first row and each row has 3 more seats than the row "
    "before it. How many seats are in the concert hall?",
])
def test_row_sequences_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
