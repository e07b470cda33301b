"""A number asked as a trigonometric function at a whole number of degrees
(trigonometry/trig_value_names.py): our own expressions, answers worked by hand with sum to
product and double angles; a value in radians, or angles too fine to confirm quickly, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_ASK = (" Enter your answer as a trigonometric function evaluated at an integer, such as "
        "\"sin 7\".  (The angle should be positive and as small as possible.)")

SOLVED = [
    # sum to product: tan of the mean angle
    (r"Simplify $\frac{\sin 10^\circ + \sin 30^\circ}{\cos 10^\circ + \cos 30^\circ}.$" + _ASK,
     r"\tan 20^\circ"),
    (r"Simplify $\frac{\sin 20^\circ + \sin 40^\circ}{\cos 20^\circ + \cos 40^\circ}.$" + _ASK,
     r"\tan 30^\circ"),
    # cos 60 = sin 30: the smaller angle
    (r"Simplify $\cos 10^\circ \cos 50^\circ - \sin 10^\circ \sin 50^\circ.$" + _ASK,
     r"\sin 30^\circ"),
    # sin 50 = cos 40
    (r"Simplify $2 \sin 25^\circ \cos 25^\circ.$" + _ASK, r"\cos 40^\circ"),
    # (1 - tan 5)/(1 + tan 5) = tan 40
    (r"Simplify $\frac{\cos 5^\circ - \sin 5^\circ}{\cos 5^\circ + \sin 5^\circ}.$" + _ASK,
     r"\tan 40^\circ"),
]

NEAR_MISSES = [
    r"Simplify $\sin 1.$" + _ASK,  # one radian
    r"Simplify $2 \sin 17^\circ \cos 17^\circ.$" + _ASK,  # too fine to confirm in time
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_trig_value_names_solved(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert sol.answer == answer


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_trig_value_names_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
