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
    # 'all the stripes' said of four when the flag has three
    "A flag has 3 stripes, each one of 5 colours, and all four stripes must be different "
    "colours. How many flags are possible?",
    # both school colours must appear: not every row of the two colours
    "Our school colours are navy and gold. A flag has three stripes using both school "
    "colours. How many flags are possible?",
    # 'either' of one colour list and a flag turned over counted once
    "A flag has 3 horizontal stripes, each red, white or blue, and adjacent stripes must be "
    "different colours. How many flags are possible if a flag turned upside down is the "
    "same flag?",
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


@pytest.mark.parametrize(("problem", "answer"), [
    # every stripe different, not only neighbours: 4 * 3 * 2 = 24
    ("A flag has 3 stripes, each red, white, blue or green. If no two stripes can be the same "
     "colour, how many flags are possible?", "24"),
    # all different said of the stripes: 6 * 5 * 4 * 3 = 360
    ("a flag has four vertical stripes, each one of 6 colours, and all the stripes must be "
     "different colours. how many flags can be designed", "360"),
    # colours listed after "each" with no verb: 5 * 4 * 4 = 80
    ("A flag has three horizontal stripes, each red, white, blue, green or black. No two "
     "adjacent stripes can be the same colour. How many flags are possible?", "80"),
    # "each stripe is ...", neighbours may match: 4^3 = 64
    ("A flag has three vertical stripes. Each stripe is red, gold, lime or navy, and "
     "adjacent stripes may have the same colour. How many different flags are possible?",
     "64"),
    # one or both of two named colours: 2^5 = 32
    ("A flag has 5 horizontal stripes using one or both of the colours crimson and white. "
     "Adjacent stripes may be the same colour. How many flags are possible?", "32"),
    # the colours told in their own sentence: 2^3 = 8
    ("The team colours are teal and orange. The fans are designing a flag with three "
     "horizontal stripes, using one or both team colours, and adjacent stripes may be the same "
     "colour. How many flags are possible?", "8"),
    # a colon before the colours and reversed flags told apart: 4 * 3^2 = 36
    ("A flag is made of three horizontal stripes of cloth, each of a solid colour: red, "
     "white, blue or green. No two neighbouring stripes can have the same colour. How many "
     "distinct flags are possible? Two flags that are upside down versions of each other are "
     "different.", "36"),
    # "how many such flags": 3 * 2^3 = 24
    ("A flag consists of $4$ horizontal stripes, each coloured red, green or blue, and "
     "adjacent stripes must have different colours. How many such flags are there?", "24"),
])
def test_stripe_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
