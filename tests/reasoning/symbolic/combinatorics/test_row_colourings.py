"""A row of places each given a colour (combinatorics/row_colourings.py). Our own problems;
the answers worked out by hand (k (k - 1)^(n - 1) when neighbours differ, k^n otherwise)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 * 3 * 3 = 36
    ("A flag has three horizontal stripes, each of which is red, white, blue or green. If no "
     "two adjacent stripes can be the same color, how many different flags are possible?", "36"),
    # 3 * 2^4 = 48
    ("In how many ways can 5 fence posts in a row be painted using 3 colours if no two posts "
     "next to each other are the same colour?", "48"),
    # 2 * 1^3 = 2: the two alternating rows
    ("how many ways can a row of 4 squares be coloured with 2 colours so that no two adjacent "
     "squares have the same colour", "2"),
    # 5 * 4^3 = 320
    ("A flag consists of 4 vertical stripes. Each stripe is one of five colors, and adjacent "
     "stripes must be different colors. How many flags are there?", "320"),
    # 6 * 5 = 30
    ("A row of 2 tiles is painted with 6 colours so that no two neighbouring tiles have the "
     "same colour. How many ways can this be done?", "30"),
])
def test_neighbours_differ(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 2^4 = 16
    ("A flag has 4 horizontal stripes, each either silver or maroon. If adjacent stripes may "
     "be the same color, how many different flags are possible?", "16"),
    # 3^5 = 243
    ("In how many ways can a row of 5 squares be colored using 3 colors?", "243"),
    # 3^4 = 81
    ("Each of 4 fence posts in a row is painted red, blue or white. How many ways can the "
     "posts be painted?", "81"),
    # 4^2 = 16
    ("how many different flags with 2 vertical stripes can be made if each stripe is one of 4 "
     "colours and neighbouring stripes may be the same colour", "16"),
])
def test_neighbours_may_match(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # every stripe different, not only neighbours: another count
    "A flag has 3 stripes, each red, white, blue or green. If no two stripes can be the same "
    "colour, how many flags are possible?",
    # a further condition on one place
    "A flag has 3 horizontal stripes, each red, white or blue. If no two adjacent stripes can "
    "be the same colour and the middle stripe is red, how many flags are possible?",
    # every colour used
    "In how many ways can a row of 4 squares be coloured using 3 colours if each colour is "
    "used at least once?",
    # a condition on one colour only
    "In how many ways can a row of 4 squares be coloured using 3 colours if no two adjacent "
    "squares are red?",
    # both said at once
    "A flag has 3 stripes, each one of 4 colours. Adjacent stripes must be different colours "
    "and adjacent stripes may be the same colour. How many flags are possible?",
])
def test_other_conditions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_more_wordings() -> None:
    # "each of a solid colour, either ...": 3 * 2^3 = 24
    assert_solved("A flag is made of four vertical strips, each of a solid colour, either "
                  "red, gold or black. Adjacent strips cannot be the same colour. How many "
                  "flags are possible?", "24")
    # "may not be the same colour": 5 * 4 = 20
    assert_solved("In how many ways can a row of 2 boxes be painted with 5 colours if adjacent "
                  "boxes may not have the same colour?", "20")
