"""Two chords crossing in a circle, their pieces told in words (`chord_segment_words`). Our
own problems (answers by the intersecting chords theorem in the comments), and near misses
that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 4 * 6 = 3x
    ("Two chords of a circle intersect. One chord is divided into segments of 4 and 6, and the "
     "other into segments of 3 and x. What is x?", "8"),
    # 5 * 8 = 10y
    ("Two chords intersect inside a circle. The segments of one chord are 5 and 8 and the "
     "segments of the other are 10 and $y$. Find $y$.", "4"),
    # 9 * 2 = 3k
    ("Two chords of a circle cross. One chord is cut into pieces of length 9 and 2, and the "
     "other is cut into pieces of length 3 and $k$. What is $k$?", "6"),
    # 12 * 3 = 4t
    ("Two chords meet at a point inside a circle. The first chord is divided into segments of "
     "12 cm and 3 cm and the second into segments of 4 cm and $t$ cm. Find $t$.", "9"),
    # 2 * 7 = 4m
    ("Two chords of a circle intersect. One chord is split into parts of 2 and 7, and the other "
     "into parts of m and 4. Find the value of m.", "\\frac{7}{2}"),
]

DECLINED = [
    # the letter asked is not a piece
    "Two chords of a circle intersect. One chord is divided into segments of 4 and 6, and the "
    "other into segments of 3 and x. What is y?",
    # the letter twice
    "Two chords of a circle intersect. One chord is divided into segments of 4 and 6, and the "
    "other into segments of x and x. What is x?",
    # a fact not read
    "Two chords of a circle intersect at right angles. One chord is divided into segments of 4 "
    "and 6, and the other into segments of 3 and x. What is x?",
    # two units
    "Two chords of a circle intersect. One chord is divided into segments of 4 cm and 6 cm, and "
    "the other into segments of 3 inches and x inches. What is x?",
    # secants meet outside
    "Two secants of a circle intersect. One is divided into segments of 4 and 6, and the other "
    "into segments of 3 and x. What is x?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_chord_segment_words_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_chord_segment_words_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
