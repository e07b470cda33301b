"""Complex arithmetic with $i$ (`algebra.complex_values`), in phrasings of our own; near
misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 6 - 3i - 1 - 4i
    (r"Write $3(2 - i) - (1 + 4i)$ in the form $a + bi$.", "5 - 7i"),
    # (5 + i)(1 + i) / 2 = (4 + 6i) / 2
    (r"Simplify $\dfrac{5+i}{1-i}$. Your answer should be of the form $a+bi$, where $a$ and "
     r"$b$ are both real numbers.", "2 + 3i"),
    # 6 + 3i - 2i - i^2
    (r"Compute $(3 - i)(2 + i)$. Give your answer in the form $a + bi$.", "7 + i"),
    (r"What is $2u - v$, where $u = 1 + i$ and $v = 3 - 2i$?", "-1 + 4i"),
    # 1 + 6i + 9i^2
    (r"Given that $z = 1 + 3i$, compute $z^2$, where $i^2 = -1$.", "-8 + 6i"),
    (r"If $p = 1 + i$, $q = 2$, and $r = -i$, find $pq + r$.", "2 + i"),
    # 3 + iz = 1 - iz -> 2iz = -2 -> z = i
    (r"Solve for $z$: $3 + iz = 1 - iz$. Express your answer in standard form.", "i"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_complex_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # no complex value given and no i^2 = -1: 'bi' may be the letters b and i
    r"If $a = 3$ and $b = 2$, find $a + bi$.",
    # an unknown that is not solved for
    r"What is $u + t$, where $u = 1 + i$?",
    # not linear
    r"Solve for $z$: $z^2 + iz = 2$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_complex_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "shape"), [
    # another form than a + bi is asked: answered in that form (trigonometry/polar_requests),
    # never as the number written back as a + bi
    (r"Express $1 + \sqrt{3} i$ in the form $re^{i\theta}$.", "e^{"),
    (r"Write $(1 + i)^2$ in the form $r(\cos \theta + i \sin \theta)$.", "\\cos"),
])
def test_other_forms_are_answered_in_the_form_asked(problem: str, shape: str) -> None:
    got = solve_now(problem)
    assert got.answer is not None and shape in str(got.answer)
