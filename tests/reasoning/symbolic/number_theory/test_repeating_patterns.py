"""The item in a given place of a repeating pattern (`number_theory.repeating_patterns`).
Our own problems; each place worked by hand as n = L q + r."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 50 = 4 * 12 + 2
    ("A string of beads follows the pattern red, blue, blue, green, then repeats. What color "
     "is the 50th bead?", "blue"),
    # 77 = 5 * 15 + 2
    ("The sequence of colors red, orange, yellow, green, blue repeats forever. What is the "
     "color of the 77th item?", "orange"),
    # 2023 = 4 * 505 + 3
    ("Lights are arranged in a row in the repeating order red, red, green, blue. What is the "
     "color of the 2023rd light?", "green"),
    # 103 = 5 * 20 + 3
    ("The letters A, B, C, D, E repeat in the pattern ABCDEABCDE... What is the 103rd letter?",
     "C"),
    # 100 = 3 * 33 + 1; 50 = 4 * 12 + 2
    ("What is the 100th letter in the pattern ABCABCABC...?", "A"),
    ("If the pattern ABCDABCD... continues, what is the 50th letter?", "B"),
    # the block 1, 2, 3, 4, 3, 2 shown twice; 100 = 6 * 16 + 4
    (r"The pattern $1, 2, 3, 4, 3, 2, 1, 2, 3, 4, 3, 2, \ldots$ repeats. What is the 100th "
     "term?", "4"),
    # 25 = 3 * 8 + 1
    (r"What is the 25th term of the repeating pattern $2, 4, 6, 2, 4, 6, \ldots$?", "2"),
    # 30 = 4 * 7 + 2
    ("Flags are hung in the pattern red, white, blue, white, and the pattern repeats. What "
     "color is the 30th flag?", "white"),
    # 20 = 3 * 6 + 2; 35 = 3 * 11 + 2; 50 = 6 * 8 + 2
    ("The colors red, blue and green repeat in that order. What is the 20th color?", "blue"),
    ("Beads are strung in the pattern red, blue, green, red, blue, green, and so on. What "
     "color is the 35th bead?", "blue"),
    ("The digits 1, 4, 2, 8, 5, 7 repeat. What is the 50th digit?", "4"),
    # 50 = 4 * 12 + 2
    ("The word MATH is written over and over: MATHMATHMATH... What is the 50th letter?", "A"),
])
def test_places_in_repeating_patterns(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the block is not shown twice
    "The pattern ABCABD... repeats. What is the 20th letter?",
    r"The pattern $1, 2, 3, 1, 2, 4, \ldots$ repeats. What is the 100th term?",
    # something shifts or changes the pattern
    "The pattern red, blue, green repeats, but every tenth bead is gold. What color is the "
    "50th bead?",
    "Starting with the second bead, the pattern red, blue, green repeats. What color is the "
    "50th bead?",
    "The pattern red, blue, green repeats backwards after the first bead. What color is the "
    "50th bead?",
    "A pattern of 3 red beads and 2 blue beads repeats. What color is the 17th bead?",
])
def test_patterns_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
