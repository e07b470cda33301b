"""The sum or product of the roots of a polynomial equation with a repeated root, asked for
"counting multiplicity" or of the "distinct" roots (`algebra.solution_sums`), in phrasings of
our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 4 taken three times, -1 twice: 12 - 2 = 10; Vieta: x^5 - 10x^4 + ...
    (r"Find the sum of the roots of $(x-4)^3 (x+1)^2 = 0$, counting multiplicity.", "10"),
    # 2 twice and -3 once: 4 - 3 = 1
    (r"What is the sum of all roots of $(t - 2)^2 (t + 3) = 0$, counted with multiplicity?",
     "1"),
    # 1 * 1 * (-5) = -5; Vieta for x^3 + 3x^2 - 9x + 5: (-1)^3 * 5 = -5
    (r"Compute the product of the roots of $(x - 1)^2 (x + 5) = 0$, counting multiplicities.",
     "-5"),
    # distinct roots 3, -2, 6: the repeats counted once
    (r"What is the sum of the distinct roots of $(x-3)^2(x+2)(x-6)^4 = 0$?", "7"),
    # y^3 - 6y^2 + 9y = y(y - 3)^2: distinct roots 0 and 3
    (r"Find the sum of the distinct zeros of $y^3 - 6y^2 + 9y = 0$.", "3"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_sums_of_repeated_roots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a repeated root and neither "distinct" nor "multiplicity": counted once or twice?
    r"Find the sum of the roots of $(x-4)^3 (x+1)^2 = 0$.",
    # with multiplicity, but two roots are not real: which roots are meant?
    r"Find the sum of the roots of $(x^2 + 4)(x - 1)^2 = 0$, counting multiplicity.",
    # distinct and with multiplicity at once
    r"Find the sum of the distinct roots of $(x-1)^2 = 0$, counting multiplicity.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_repeated_root_sums_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
