"""Two angles with a known sum told by one relation (`geometry.angle_pairs`): complementary,
supplementary, a linear pair, consecutive angles of a parallelogram, and the third angle of
a triangle from the sum of two. Our own problems (answers by hand, in the comments), and
near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 5Q + Q = 180: Q = 30, P = 150
    ("Two angles are supplementary. The measure of angle $P$ is $5$ times the measure of "
     "angle $Q$. What is the measure of angle $P$?", "150"),
    # 2B + B = 90: B = 30
    ("Angles $C$ and $D$ are complementary. If angle $C$ is twice angle $D$, find the measure "
     "of angle $D$.", "30"),
    # M + 3M = 180: M = 45, L = 135
    ("Angles $L$ and $M$ are supplementary and the measure of $L$ is three times that of $M$. "
     "How many degrees are in angle $L$?", "135"),
    # x + (x + 16) = 90: x = 37, larger 53
    ("Two angles are complementary, and one of them is $16$ degrees more than the other. "
     "What is the measure of the larger angle?", "53"),
    # G = H + 50, 2H + 50 = 180: H = 65
    ("Angle $G$ and angle $H$ are supplementary, and angle $G$ measures $50^\\circ$ more than "
     "angle $H$. Compute the measure of angle $H$.", "65"),
    # 2x - 60 + x = 180: x = 80, the other 100
    ("Two consecutive angles of a parallelogram are such that one is $60^\\circ$ less than "
     "twice the other. Find the smaller angle, in degrees.", "80"),
    # 2:3 of 180: 72 and 108
    ("Two consecutive angles of a parallelogram have measures in the ratio $2:3$. What is "
     "the measure of the larger angle?", "108"),
    # (90 - 14)/2 = 38
    ("Two complementary angles differ by $14$ degrees. What is the measure of the smaller "
     "angle?", "38"),
    # X = 8Y, 9Y = 180: X = 160
    ("$\\angle X$ and $\\angle Y$ form a linear pair. If $\\angle X$ is $8$ times $\\angle Y$, "
     "how many degrees are in $\\angle X$?", "160"),
    # 5s = 180: 36 and 144, difference 108
    ("Two supplementary angles are such that the larger is $4$ times the smaller. What is "
     "their positive difference?", "108"),
    # 180 - 134 = 46
    ("The sum of two angles of a triangle is $134^\\circ$. What is the measure of the third "
     "angle?", "46"),
    # 180 - 97 = 83
    ("In a triangle, the sum of the measures of two angles is $97$ degrees. Find the third "
     "angle.", "83"),
]

DECLINED = [
    # the larger angle cannot be 20 degrees less than the smaller
    "Two angles are supplementary. The larger angle is $20$ degrees less than the smaller. "
    "What is the larger angle?",
    # a negation is not read
    "Two angles are complementary. One is not $3$ times the other. What is the larger angle?",
    # no positive pair: 200 degrees more than the other
    "Two angles are supplementary and one is $200$ degrees more than the other. What is the "
    "smaller angle?",
    # angle C is not one of the pair
    "Angles $A$ and $B$ are supplementary. Angle $A$ is $8$ times angle $C$. What is angle $A$?",
    # two angles of a triangle cannot add to 190 degrees
    "The sum of two angles of a triangle is $190^\\circ$. What is the measure of the third "
    "angle?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_angle_pairs_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_angle_pairs_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


PLAIN_NAMES = [
    # P = 5Q, P + Q = 180: Q = 30, P = 150; the last letter is outside the maths
    ("Angles $P$ and $Q$ are supplementary. If the measure of angle $P$ is $5$ times angle $Q$, "
     "what is the measure of angle P?", "150"),
    # P = 4Q, P + Q = 90
    ("Angles $P$ and $Q$ are complementary. If the measure of angle $P$ is $4$ times angle $Q$, "
     "what is the measure of angle Q?", "18"),
]


@pytest.mark.parametrize(("problem", "answer"), PLAIN_NAMES)
def test_angle_pairs_asked_by_a_plain_letter(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_angle_pairs_plain_letter_of_no_named_angle_declines() -> None:
    assert solve_now("Angles $P$ and $Q$ are supplementary. If the measure of angle $P$ is $5$ "
                     "times angle $Q$, what is the measure of angle R?").answer is None
