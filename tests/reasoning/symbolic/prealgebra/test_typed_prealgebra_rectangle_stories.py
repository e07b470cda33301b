"""Rectangles and squares told in a story (prealgebra/rectangle_stories.py): sides given as
"L long and W wide" or "L by W", fencing as the perimeter, sides related to each other
("three times as long as it is wide", "the width is 4 less than the length", "exceeds ... by"),
a second figure with the same perimeter, fencing or width, a figure changed into a square.
Our own problems, answers worked out by hand; near misses (two units, a missing side, an
unread word, a figure that could be either of two) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 2 * (30 + 12)
    ("A rectangular vegetable bed is 30 feet long and 12 feet wide. How many feet of fencing "
     "are needed to enclose it?", "84"),
    ("A rectangular patio measures 14 meters by 9 meters. What is its perimeter, in meters?",
     "46"),
    # w = l / 2, 2 (l + w) = 60: l = 20, w = 10
    ("A rectangular lawn is half as wide as it is long, and it is enclosed by 60 meters of "
     "fencing. What is the area of the lawn in square meters?", "200"),
    # l = 3w, 8w = 96: w = 12, l = 36
    ("A rectangular banner is three times as long as it is wide. Its perimeter is 96 inches. "
     "What is the area of the banner, in square inches?", "432"),
    # l = 3w + 4, 2 (4w + 4) = 88: w = 10, l = 34
    ("The length of a rectangular deck exceeds three times its width by 4 feet, and its "
     "perimeter is 88 feet. What is the area of the deck in square feet?", "340"),
    # l = w + 7, 2 (2w + 7) = 54: w = 10, l = 17
    ("A rectangular plot of land is 7 yards longer than it is wide, and its perimeter is 54 "
     "yards. How many square yards is the area of the plot?", "170"),
    ("The width of a rectangular table is 4 feet less than its length. The perimeter of the "
     "table is 20 feet. What is the area of the table?", "21"),
    ("The length of a rectangle is 2 more than twice its width. The perimeter of the rectangle "
     "is 34 centimeters. What is the width of the rectangle?", "5"),
    ("A rectangular classroom has an area of 180 square feet and is 15 feet long. How many feet "
     "wide is the classroom?", "12"),
    ("A rectangular flag is twice as long as it is wide. Its area is 50 square feet. How many "
     "feet long is the flag?", "10"),
    # the same fence: 2 (40 + 10) = 100 = 4 * 25; 625 - 400
    ("A 40-foot by 10-foot rectangular goat pen has a fence around it. Later the pen is rebuilt "
     "as a square, with the same fence. How many square feet larger than the old pen is the new "
     "pen?", "225"),
    # 2 (24 + 18) = 84 = 4 * 21; 441 - 432
    ("A rectangular garden measures 24 meters by 18 meters. The same fencing is reshaped into a "
     "square garden. By how many square meters does this enlarge the garden?", "9"),
    # 2 (18 + 10) = 56 = 4 * 14
    ("A square garden and a rectangular garden have the same perimeter. The rectangular garden "
     "is 18 feet long and 10 feet wide. What is the area of the square garden?", "196"),
    # square side 6; rectangle 6 wide, 18 long
    ("A square tile covers 36 square inches. A rectangular mirror is as wide as the tile, and "
     "the mirror's length is triple its width. Find the area of the mirror, in square inches.",
     "108"),
    # w = l / 3, 2 (l + w) = 80: l = 30, w = 10
    ("Eighty meters of fencing go all the way around a rectangular paddock that is a third as "
     "wide as it is long. What is the paddock's area in square meters?", "300"),
    # 4s = s^2
    ("A square card's perimeter, in inches, is numerically equal to its area, in square inches. "
     "How long is each side of the card, in inches?", "4"),
    # 2 (l + 3) = 3l
    ("A rectangle is 3 units wide, and its perimeter equals its area. What is the length of the "
     "rectangle?", "6"),
    ("Every side of a square sandbox measures 7 feet. How many feet of fencing are needed to "
     "surround it?", "28"),
    # w = 4, l = 9: area 36, so the square's side is 6
    ("A square and a rectangle have equal areas. The rectangle is 4 cm wide and 9 cm long. "
     "What is the perimeter of the square?", "24"),
    ("A square photo has a perimeter of 48 centimeters. What is its area in square "
     "centimeters?", "144"),
    # the verb left out, as typed: l = 2w, 6w = 42: w = 7, l = 14
    ("A rectangle has perimeter 42 and length twice its width. What is its area?", "98"),
    # w = l - 5, 2 (2l - 5) = 50: l = 15, w = 10
    ("a rectangular rug with width 5 feet less than its length has a perimeter of 50 feet. "
     "find its area", "150"),
]

NEAR_MISSES = [
    # two units
    "A rectangular field is 80 meters long and 50 feet wide. What is its perimeter?",
    # one side only
    "A rectangular garden is 30 feet long. What is its area?",
    # a word the reader does not read
    "A rectangular garden is 30 feet long and 12 feet wide. A path goes around it. What is "
    "its perimeter in feet?",
    "A rectangular garden is 30 feet long and 12 feet wide. What is its perimeter if the "
    "length is doubled?",
    # changed without the same fence: the square's side is not known
    "A rectangular pen is 40 feet long and 10 feet wide. Its shape is changed to a square. How "
    "many square feet larger than the old pen is the new pen?",
    # which garden is meant
    "A square garden and a rectangular garden have the same perimeter. The rectangular garden "
    "is 18 feet long and 10 feet wide. What is the area of the garden?",
    # the side of a rectangle: its length or its width
    "A rectangular mat has a perimeter of 30 inches and an area of 50 square inches. What is "
    "the side of the mat?",
    # a measure equal to itself tells nothing
    "A rectangle is 3 units wide, and its area equals its area. What is its length?",
    # one figure's side against another's
    "A rectangular rug is twice as long as the square mat is wide. The mat has a perimeter of 8 "
    "feet. What is the length of the rug?",
    # the sides are not fixed
    "A rectangular garden has a perimeter of 40 feet. What is its area?",
    # "length twice" with nothing it is twice of
    "A rectangle has perimeter 42 and length twice. What is its area?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_rectangle_stories_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_rectangle_stories_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # L + W = 35, L:W = 4:3: 20 by 15
    ("A rectangle has a perimeter of 70 and its length and width are in the ratio $4:3$. What "
     "is its area?", "300"),
    # L + W = 36, 5:1: 30 by 6
    ("The ratio of the length of a rectangular field to its width is 5:1. Its perimeter is 72 "
     "meters. What is its area in square meters?", "180"),
    # 2k * 3k... length:width 5:2 and area 90: 10k^2 = 90, k = 3, 15 by 6
    ("A rectangle's length and width are in the ratio $5:2$ and its area is 90. What is its "
     "perimeter?", "42"),
])
def test_a_ratio_of_length_to_width(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_ratio_of_a_side_to_itself_declines() -> None:
    assert solve_now("The ratio of the length of a rectangle to its length is 2:1. Its "
                     "perimeter is 30. What is its area?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # L + W = 17, LW = 72: 9 by 8
    ("A rectangle has area 72 and perimeter 34. What is the length of its longer side?", "9"),
    # L + W = 13, LW = 40: 8 by 5
    ("A rectangular mat has an area of 40 square inches and a perimeter of 26 inches. Find "
     "the shorter side of the mat.", "5"),
    ("A rectangle is 11 by 4. What is the length of its longer side?", "11"),
])
def test_the_longer_or_shorter_side(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
