"""Domains of formulas with a logarithm whose base is not written (`algebra.domains`): any
base needs a positive argument, so the domain is the same. Our own functions, worked by
hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 - 16 > 0
    (r"Find the domain of $f(x) = \log(x^2 - 16)$.", r"(-\infty,-4)\cup(4,\infty)"),
    # 7 - x > 0 and x + 2 >= 0
    (r"What is the domain of $g(x) = \log(7 - x) + \sqrt{x + 2}$? Express your answer in "
     r"interval notation.", r"[-2,7)"),
    # 2t - 3 > 0, and the denominator log(2t - 3) is zero at t = 2
    (r"Find the domain of the function $h(t) = \frac{1}{\log(2t - 3)}$.",
     r"\left(\frac{3}{2},2\right)\cup(2,\infty)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_domains_with_a_logarithm_of_unwritten_base(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert not any("} 1 =" in s.text for s in sol.steps), "no stray factor 1 after a ln"


@pytest.mark.parametrize("problem", [
    # a base-less logarithm's value (not its domain) depends on the base
    r"Evaluate $\log 100 + \log(x)$ at $x = 10$.",
    r"What is $\log 1000$?",
])
def test_values_of_unwritten_bases_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
