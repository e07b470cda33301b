"""Operations on one number written as a symbol before it (`algebra.unary_operations`):
values reached by several phrasings of our own, or declined when the operand is unclear.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 0.25*40 + 3 = 13, 0.25*13 + 3 = 25/4
    (r"For every number $M$, let $\#M = .25(M) + 3$. Find $\#(\#40)$.", "25/4"),
    (r"For any number $y$, let $@y = 4y - 5$. What is $@(@2)$?", "7"),  # 3, then 7
    (r"If $\$t = t^2 + t$, find $\$3 - \$(-4)$.", "0"),  # 12 - 12
    (r"Let $\#n = 3n - 1$. Compute $\#\#2$.", "14"),  # 5, then 14
    (r"Let $\#n = 3n - 1$. What is the value of $\#(1 + \#1)$?", "8"),  # 2, 3, 8
    (r"The symbol $\%x$ is defined by $\%x = \frac{x}{2} + x$. Evaluate $(\%4)^2$.", "36"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_one_number_operations_are_applied(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    r"Let $\#n = 3n - 1$. Compute $\#2^2$.",  # (#2)^2 or #(2^2)?
    r"Let $\#n = 3n - 1$. Compute $5\#2$.",  # a binary use of a one-number operation
    r"Let $\#n = 3n + k$. Compute $\#2$.",  # another letter in the formula
    r"Let $\#n = 3n - 1$. If $\#x = 11$, find $x$.",  # an equation: not this reader's
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_one_number_operations_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
