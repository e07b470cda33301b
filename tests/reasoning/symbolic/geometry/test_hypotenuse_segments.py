"""The altitude to the hypotenuse and the segments it cuts (geometry/hypotenuse_segments.py):
geometric means. Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # sqrt(2 * 8)
    ("The altitude to the hypotenuse of a right triangle divides the hypotenuse into segments of "
     "lengths 2 and 8. What is the length of the altitude?", "4"),
    # the longer leg: sqrt(8 * 10) = 4 sqrt 5
    ("The altitude to the hypotenuse of a right triangle divides the hypotenuse into segments of "
     "lengths 2 and 8. What is the length of the longer leg? Express your answer in simplest "
     "radical form.", "4\\sqrt{5}"),
    # 1/2 * 10 * 4
    ("The altitude to the hypotenuse of a right triangle divides the hypotenuse into segments of "
     "lengths 2 and 8. What is the area of the triangle?", "20"),
    # named: PS the altitude from the right angle at P; QS = 9, SR = 16: PS = 12, PQ = 15
    ("In right triangle $PQR$ with right angle at $P$, altitude $PS$ divides the hypotenuse into "
     "segments $QS = 9$ and $SR = 16$. What is $PS$?", "12"),
    ("In right triangle $PQR$ with right angle at $P$, altitude $PS$ divides the hypotenuse into "
     "segments $QS = 9$ and $SR = 16$. Find $PQ$.", "15"),
    ("In right triangle $PQR$ with right angle at $P$, altitude $PS$ divides the hypotenuse into "
     "segments $QS = 9$ and $SR = 16$. Find $PR$.", "20"),
])
def test_the_altitude_to_the_hypotenuse(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # equal segments: the legs are equal, neither is shorter
    "The altitude to the hypotenuse of a right triangle divides the hypotenuse into segments of "
    "lengths 5 and 5. What is the length of the shorter leg?",
    # the altitude is not drawn from the right angle
    "In right triangle $PQR$ with right angle at $P$, altitude $QS$ divides the hypotenuse into "
    "segments $QS = 9$ and $SR = 16$. What is $PS$?",
])
def test_the_altitude_to_the_hypotenuse_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
