"""Constants fixed by writing a quadratic in a given form when the problem does not say
what kind of numbers they are (`algebra.form_constants`), in phrasings of our own; near
misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (x + 4)^2 - 16
    (r"Suppose $x^2 + 8x$ is rewritten as $a(x - h)^2 + k$. What is the value of $k$?",
     "-16"),
    # 2(x - 3)^2 - 11: 2 + 3 - 11
    (r"When $2x^2 - 12x + 7$ is written in the form $a(x - h)^2 + k$, what is $a + h + k$?",
     "-6"),
    # -(x - 2)^2 + 5
    (r"If $-x^2 + 4x + 1$ is expressed as $a(x - h)^2 + k$, find $h$.", "2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_form_constants_without_kinds(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a second letter in the expression: which letters are the constants is unclear
    r"Suppose $y^2 - 2y + c$ is put in the form $(y - h)^2 + k$. Find $k$.",
    # a quartic is no quadratic's square form
    r"Suppose $t^4 - 3t^2$ is rewritten as $a(t - h)^2 + k$. What is the value of $k$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unfixed_form_constants_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


SIMPLIFIED = [
    # (6m + 9)/3 = 2m + 3
    (r"The expression $\frac{6m+9}{3}$ simplifies to an expression of the form $am+b$ where "
     r"$a$ and $b$ are integers. Find $a+b$.", "5"),
    # 6x - 7
    (r"Simplify $3(2x-4)+5$ to the form $ax+b$. What is $ab$?", "-42"),
    # 2y + 14
    (r"Simplify $4(y+3) - 2(y-1)$ to an expression of the form $ay + b$, where $a$ and $b$ are "
     r"integers. What is $a + b$?", "16"),
    # (10t - 4)/2 = 5t - 2
    (r"When $\frac{10t-4}{2}$ is simplified to the form $pt+q$, what is $\frac{p}{q}$?",
     r"-\frac{5}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SIMPLIFIED)
def test_form_constants_after_simplifying(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 2n + 3/2: b is no integer
    r"The expression $\frac{4n+3}{2}$ simplifies to an expression of the form $an+b$ where $a$ "
    r"and $b$ are integers. Find $a+b$.",
    # a square term has no place in the form
    r"Simplify $x(x+1)$ to the form $ax+b$. What is $a+b$?",
])
def test_form_constants_after_simplifying_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
