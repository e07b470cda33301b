"""The domain of an expression asked as 'the domain of the expression', and a closing request
for the endpoints as common fractions (our own problems, answers worked out by hand)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # t + 3 >= 0 and 7 - t > 0
    (r"What is the domain of the expression $\frac{\sqrt{t+3}}{\sqrt{7-t}}$?", r"[-3, 7)"),
    # x^2 - 4 > 0
    (r"Find the domain of the expression $\frac{1}{\sqrt{x^2-4}}$.",
     r"(-\infty, -2) \cup (2, \infty)"),
    # (2x - 1)(3x + 2) >= 0
    (r"Determine the domain of $g(x)=\sqrt{6x^2+x-2}$. Give the endpoints as improper "
     r"fractions, not as mixed numbers or decimals.",
     r"(-\infty, -\frac{2}{3}] \cup [\frac{1}{2}, \infty)"),
    # -(5x - 2)(2x + 3) >= 0 on [-3/2, 2/5]
    (r"Determine the domain of the real-valued function $h(x) = \sqrt{6 - 11x - 10x^2}$. "
     r"Give the endpoints as common fractions.", r"[-\frac{3}{2}, \frac{2}{5}]"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_domain_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_domain_with_another_condition_declines() -> None:
    # 'integers in the domain' is another question
    assert solve_now(r"Find the domain of the expression $\sqrt{x - 1}$ for integers "
                     r"$x$ only.").answer is None
