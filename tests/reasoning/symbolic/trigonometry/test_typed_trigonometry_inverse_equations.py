"""Equations in inverse trigonometric functions of one unknown: solved through the tangent
(or cosine) of both sides, candidates checked in the original, and confirmed by a numerical
scan of the whole domain (our own problems, answers worked out by hand); near misses
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # arcsin 4u = pi/2 - arcsin u = arccos u: 4u = sqrt(1 - u^2), u = 1/sqrt(17)
    (r"Find all real numbers $u$ such that $\arcsin 4u + \arcsin u = \frac{\pi}{2}$.",
     r"\frac{\sqrt{17}}{17}"),
    # tan of both sides: 4s / (1 - 3s^2) = 1, 3s^2 + 4s - 1 = 0; the negative root sums to
    # a negative angle
    (r"Find all solutions to $\arctan 3s + \arctan s = \frac{\pi}{4}$.",
     r"\frac{-2 + \sqrt{7}}{3}"),
    # (1/2 + 1/n) / (1 - 1/(2n)) = 1: n = 3
    (r"Find the positive integer $n$ such that $\arctan \frac{1}{2} + \arctan \frac{1}{n} = "
     r"\frac{\pi}{4}$.", "3"),
    # 2t = sqrt(1 - t^2) with t >= 0: t = 1/sqrt(5)
    (r"Find all real numbers $t$ such that $\arcsin 2t = \arccos t$.", r"\frac{\sqrt{5}}{5}"),
    # tan: (y + 1) / (1 - y) = sqrt(3): y = (sqrt 3 - 1) / (sqrt 3 + 1) = 2 - sqrt 3
    (r"Find all solutions to \[\arctan y + \arctan 1 = \frac{\pi}{3}.\]", r"2 - \sqrt{3}"),
    # arccos(4/5) = arctan(3/4): (3/4 + 1/w) / (1 - 3/(4w)) = 1 gives w = 7
    (r"Determine the positive integer $w$ for which $\arccos \frac{4}{5} + \arctan "
     r"\frac{1}{w} = \frac{\pi}{4}$.", "7"),
    # roots at an end of the arcsines' domain, which the scan's midpoints never reach (they
    # declined as "a second check disagreed"): arcsin 1 + arcsin(1/2) = pi/2 + pi/6
    (r"Solve $\arcsin 2x + \arcsin x = \frac{2\pi}{3}$.", r"\frac{1}{2}"),
    # arccos(-1) - arcsin(-1) = pi + pi/2; the left side decreases, so only x = -2
    (r"Solve $\arccos \frac{x}{2} - \arcsin \frac{x}{2} = \frac{3\pi}{2}$.", "-2"),
    # arcsin 1 - arccos 1 = pi/2
    (r"Find all solutions to $\arcsin z - \arccos z = \frac{\pi}{2}$.", "1"),
    # arccos(-1) + arccos(-1/2) = pi + 2pi/3; the left side decreases, so only q = -1/2
    (r"Solve $\arccos 2q + \arccos q = \frac{5\pi}{3}$.", r"-\frac{1}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_inverse_trig_equations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # holds for every positive v
    r"Find all real $v$ such that $\arctan v + \operatorname{arccot} v = \frac{\pi}{2}$.",
    # an arctangent never reaches a right angle
    r"Solve $\arctan 3x = \frac{\pi}{2}$.",
    # a further condition on n ('greater than 5') is not read
    r"Find the positive integer $n$ greater than 5 such that $\arctan \frac{1}{3} + "
    r"\arctan \frac{1}{n} = \frac{\pi}{4}$.",
    # no integer solution: 1/w = tan(pi/4 - arctan(1/4)) = 3/5
    r"Find the positive integer $w$ such that $\arctan \frac{1}{4} + \arctan \frac{1}{w} = "
    r"\frac{\pi}{4}$.",
    # beyond the largest value at an end: arcsin 2x + arcsin x <= pi/2 + pi/6
    r"Solve $\arcsin 2x + \arcsin x = \pi$.",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
