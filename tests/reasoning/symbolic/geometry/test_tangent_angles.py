"""Two tangents to a circle from one outside point: the angle between them and the central
angle (or arc) between the points of tangency add up to 180 degrees (`tangent_angles`). Our
own problems, answers worked by hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Two tangents from a point $P$ to a circle with center $O$ touch it at $A$ and $B$. If "
     r"$\angle APB = 50^\circ$, what is $\angle AOB$?", "130"),
    (r"$PA$ and $PB$ are tangent to circle $O$ at $A$ and $B$, and $\angle AOB = 110^\circ$. "
     r"Find $\angle APB$.", "70"),
    ("Two tangent segments from an external point meet at an angle of 40 degrees. What is the "
     "measure of the minor arc between the points of tangency?", "140"),
    ("Two tangents drawn from an external point to a circle meet at a 50 degree angle. What is "
     "the measure of the minor arc between the points of tangency?", "130"),
    # 180 - 64 = 116, the major arc 360 - 116
    (r"From a point $Q$ outside a circle with centre $C$, two tangents touch the circle at $X$ "
     r"and $Y$. If $\angle XQY = 64^\circ$, find the measure of the major arc $XY$.", "244"),
    (r"$RS$ and $RT$ are tangent to circle $K$ at $S$ and $T$. If $\angle SKT = 145^\circ$, what "
     r"is the measure of $\angle SRT$ in degrees?", "35"),
])
def test_tangents_from_one_point(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # an angle at a point of tangency is not read
    r"Two tangents from a point $P$ to a circle with center $O$ touch it at $A$ and $B$. If "
    r"$\angle APB = 50^\circ$, what is $\angle PAB$?",
    # no such angle
    r"Two tangents from a point $P$ to a circle with center $O$ touch it at $A$ and $B$. If "
    r"$\angle APB = 190^\circ$, what is $\angle AOB$?",
    # lines, not tangents
    r"Two lines from a point $P$ to a circle with center $O$ touch it at $A$ and $B$. If "
    r"$\angle APB = 50^\circ$, what is $\angle AOB$?",
    # the angle told is the one asked
    r"Two tangents from a point $P$ to a circle with center $O$ touch it at $A$ and $B$. If "
    r"$\angle APB = 50^\circ$, what is $\angle APB$?",
    # a triangle formed by three tangents is another figure
    r"Triangle $PAB$ is formed by three tangents to circle $O$ and $\angle APB = 40^\circ$. "
    r"Find $\angle AOB$.",
])
def test_tangents_from_one_point_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
