"""A tangent and a secant from one outside point (geometry/tangent_secants.py). Our own
problems; answers worked by hand with PT^2 = PA * PB."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # PB = 3 + 9 = 12: PT^2 = 36
    ("$P$ is a point outside a circle. $PT$ is tangent to the circle at $T$, and a secant from "
     "$P$ meets the circle at $A$ and $B$ with $PA < PB$. If $PA = 3$ and $AB = 9$, what is "
     "$PT$?", "6"),
    # KM = 3, KL = MN - KM = KN - 6; (KN - 6)^2 = 3 KN: KN = 12 (or 3, not beyond M)
    ("Let $K$ be a point outside of circle $O.$ A segment is drawn from $K$ such that it is "
     "tangent to circle $O$ at point $L.$ Meanwhile, a secant from $K$ intersects $O$ at $M$ and "
     "$N,$ such that $KM < KN.$ If $KM = 3$ and $KL = MN - KM,$ then what is $KN$?", "12"),
    # PA * PB = 64 with PA = 4: PB = 16, AB = 12
    ("$P$ is a point outside a circle. $PT$ is tangent to the circle at $T$ and a secant from $P$ "
     "meets the circle at $A$ and $B$. If $PT = 8$ and $PA = 4$, what is $AB$?", "12"),
])
def test_tangent_and_secant(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # which of A and B is nearer is not said: PA is 4 or 9
    "$P$ is a point outside a circle. $PT$ is tangent to the circle at $T$ and a secant from $P$ "
    "meets the circle at $A$ and $B$. If $PT = 6$ and $AB = 5$, what is $PA$?",
    # the secant is not from the tangent's point
    "$P$ is a point outside a circle. $PT$ is tangent to the circle at $T$ and a secant from $Q$ "
    "meets the circle at $A$ and $B$. If $PT = 6$ and $PA = 4$, what is $AB$?",
])
def test_tangent_and_secant_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
