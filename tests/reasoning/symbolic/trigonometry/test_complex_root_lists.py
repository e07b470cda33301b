"""The n-th roots of a number asked in our own wordings (answers worked out by hand), and
near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 27i = 27 cis 90 degrees: 3 cis 30, 3 cis 150, 3 cis 270
    (r"Find the cube roots of $27i$.",
     r"\frac{3\sqrt{3}}{2} + \frac{3}{2}i, -\frac{3\sqrt{3}}{2} + \frac{3}{2}i, -3i"),
    # (3 - 4i)^2 = 9 - 16 - 24i
    (r"What are the square roots of $-7 - 24i$?", r"3 - 4i, -3 + 4i"),
    # (3 + i)^2 = 8 + 6i
    (r"Find the square roots of $8 + 6i$.", r"3 + i, -3 - i"),
    # -81 = 81 cis 180: 3 cis 45, 3 cis 135, ...
    ("Find all fourth roots of -81.",
     r"\frac{3\sqrt{2}}{2} + \frac{3\sqrt{2}}{2}i, -\frac{3\sqrt{2}}{2} + \frac{3\sqrt{2}}{2}i, "
     r"-\frac{3\sqrt{2}}{2} - \frac{3\sqrt{2}}{2}i, \frac{3\sqrt{2}}{2} - \frac{3\sqrt{2}}{2}i"),
    ("Find the sixth roots of unity.",
     r"1, -1, \frac{1}{2} + \frac{\sqrt{3}}{2}i, \frac{1}{2} - \frac{\sqrt{3}}{2}i, "
     r"-\frac{1}{2} + \frac{\sqrt{3}}{2}i, -\frac{1}{2} - \frac{\sqrt{3}}{2}i"),
    ("What are the eighth roots of unity?",
     r"1, -1, i, -i, \frac{\sqrt{2}}{2} + \frac{\sqrt{2}}{2}i, \frac{\sqrt{2}}{2} - "
     r"\frac{\sqrt{2}}{2}i, -\frac{\sqrt{2}}{2} + \frac{\sqrt{2}}{2}i, -\frac{\sqrt{2}}{2} - "
     r"\frac{\sqrt{2}}{2}i"),
    # "complex" said: 64 has three complex cube roots, 4 cis 0, 120, 240
    (r"List the complex cube roots of $64$.", r"4, -2 + 2\sqrt{3}i, -2 - 2\sqrt{3}i"),
    # the count said is n: -125 = 125 cis 180
    ("Find the three cube roots of -125.",
     r"-5, \frac{5}{2} + \frac{5\sqrt{3}}{2}i, \frac{5}{2} - \frac{5\sqrt{3}}{2}i"),
    # plain text: no real square root, so the complex ones
    ("find the square roots of -49", r"7i, -7i"),
    # a square root of a positive number is the same either way
    ("What are the square roots of 36?", "6, -6"),
]

DECLINED = [
    # 4 alone, or three complex roots? not said
    r"Find the cube roots of $64$.",
    # 2 and -2, or also 2i and -2i?
    "Find the fourth roots of 16.",
    # four cube roots do not exist
    r"Find the four cube roots of $8i$.",
    # 1 + 2i is not at an exact angle
    r"Find the cube roots of $1 + 2i$.",
    # a word the reader does not apply
    r"Find the positive cube roots of $8i$.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_roots_listed(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
