"""How many terms an expansion has, and the sum of the squares of its coefficients
(`algebra.expansions`), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # t^3 - 27 + 4t^2
    (r"After $(t-3)(t^2+3t+9)+4t^2$ is expanded and like terms are combined, how many "
     r"non-zero terms does it have?", "3"),
    # every product of one letter from each bracket is different: 2 * 3
    (r"How many terms are there in the expansion of $(p+q)(r+s+t)$?", "6"),
    # (y + 1)^2 - (y - 1)^2 = 4y
    (r"How many terms does $(y+1)^2-(y-1)^2$ have when it is expanded?", "1"),
    # x^3 - 5x^2 + 3x + 10: 1 + 25 + 9 + 100
    (r"Simplify $5(2-x^2)+x(x^2+3)$ fully. What is the sum of the squares of its "
     r"coefficients?", "135"),
    # 2z^2 - z - 6: 4 + 1 + 36
    (r"Find the sum of the squares of the coefficients of $(2z+3)(z-2)$ when it is expanded.",
     "41"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_expansion_counts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # before like terms are combined, a question of another kind
    r"How many terms are in the expansion of $(x+1)(x+2)$ before like terms are combined?",
    # the squares of the coefficients of several letters: which terms are meant
    r"Find the sum of the squares of all the coefficients in $(u-3v)(2u+v)$.",
    # only some of the terms
    r"Expand $(2m+n)(m+n+4)$. What is the sum of the coefficients of those terms that "
    r"contain $n$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_expansion_counts_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
