"""Operations defined by a formula (`algebra.operations`): values and equations using them,
reached by several phrasings of our own, or declined when the grouping or domain is unsafe.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # values: 2*4 + 3*5 = 23
    (r"Let $a \star b = 2a + 3b$. Find $4 \star 5$.", "23"),
    (r"The operation $\oplus$ is defined for all real numbers by $x \oplus y = x^2 - y$. "
     r"What is the value of $(1 \oplus 2) \oplus 3$?", "-2"),  # 1-2 = -1, 1-3 = -2
    (r"If $p \# q = pq - 2p$, what is the value of $(3 \# 5) - (5 \# 3)$?", "4"),  # 9 - 5
    (r"Define the operation $\heartsuit$ as follows: $m \heartsuit n = \frac{m}{n} + 1$. "
     r"Compute $6 \heartsuit (1 \heartsuit 2)$.", "5"),  # 1/2+1 = 3/2; 6/(3/2)+1 = 5
    (r"Suppose $u > 0$ and $v > 0$, and a new operation $\odot$ is given by "
     r"$u \odot v = \frac{uv}{u + v}$. For example, $2 \odot 2 = 1$. Calculate $3 \odot 6$.",
     "2"),
    (r"Let $r \diamondsuit s = s^r$. Evaluate $(2 \diamondsuit 3) \diamondsuit 2$.", "512"),
    # equations: 3a + 2*4 + 1 = 30 -> a = 7
    (r"Let $a \clubsuit b = 3a + 2b + 1$. If $a \clubsuit 4 = 30$, what is $a$?", "7"),
    (r"If $x \spadesuit y$ is defined as $x \spadesuit y = xy + y$, what is the value of $t$ "
     r"for which $t \spadesuit 3 = 21$?", "6"),
    (r"Define $a \ast b = a^2 - b^2$. What positive value of $k$ is the solution to the "
     r"equation $k \ast 4 = 9$?", "5"),
    # a capital letter named as the operation: 4 + 15 - 9 = 10; 2*5 - 1 = 9, 2*9 - 3 = 15
    (r"Suppose a new operation $W$ on numbers is given by $x W y = y + 5x - x^2$. Compute $3W4$.",
     "10"),
    (r"The operation $R$ is defined by $m R n = 2m - n$. Find $(5 R 1) R 3$.", "15"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_operations_are_applied_and_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    r"Let $a \star b = a + b$. What is $1 \star 2 \star 3$?",  # grouping not said
    r"Let $a \star b = a - b$. What is $1 \star 2 - 3$?",  # precedence not said
    r"If $a > 0$ and $b > 0$, let $a \odot b = \frac{a}{b}$. Find $(-1) \odot 2$.",
    # a worked example that disagrees with the formula as read
    r"Let $a \star b = a + 2b$. For example, $1 \star 1 = 4$. Find $2 \star 3$.",
    r"Let $a \star b = a^2$. What is the largest value of $t$ with $t \star 1 = 4$?",
    r"Let $a Z b = a + b$. What is $2Z3$?",  # a letter not said to be an operation
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsafe_operation_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
