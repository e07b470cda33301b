"""Pascal's triangle rows named by how they start or by their length
(combinatorics/pascal.py). Our own problems, the answers worked out by hand."""

from __future__ import annotations

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_a_row_named_by_how_it_starts():
    # the row 1, 9, ... is row 9: its fourth number is C(9, 3)
    assert_solved("In the row of Pascal's triangle that starts with 1 and then 9, what is the "
                  "fourth number?", "84")
    # the third number of the row 1, 14, ...: C(14, 2)
    assert_solved("What is the third number in the row of Pascal's triangle that starts 1, 14?",
                  "91")


def test_the_sum_of_a_row():
    # the row with 7 numbers is row 6: 2^6
    assert_solved("What is the sum of the numbers in the row of Pascal's triangle that has 7 "
                  "numbers?", "64")


def test_a_row_that_does_not_start_with_1_is_declined():
    assert solve_now("In the row of Pascal's triangle that starts with 2 and then 9, what is "
                     "the fourth number?").answer is None
