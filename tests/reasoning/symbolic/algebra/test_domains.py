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


@pytest.mark.parametrize(("problem", "answer"), [
    # x + 4 >= 0 first; then sqrt(x + 4) + 4 >= 0 holds wherever the inner root is defined
    (r"Let $g(x) = \sqrt{x+4}$. What is the domain of $g(g(x))$?", r"[-4,\infty)"),
    (r"What is the domain of $\sqrt{\sqrt{x+4}+4}$?", r"[-4,\infty)"),
    # x + 1 >= 0, then 3 - sqrt(x + 1) >= 0 gives x <= 8
    (r"Find the domain of $f(x)=\sqrt{3-\sqrt{x+1}}$.", r"[-1,8]"),
    # t >= 5, and sqrt(t - 5) - 2 >= 0 gives t >= 9
    (r"Give the domain of $k(t) = \sqrt{\sqrt{t-5}-2}$ in interval notation.", r"[9,\infty)"),
])
def test_roots_inside_roots(problem: str, answer: str) -> None:
    """An outer condition is solved only where the inner roots are defined (SymPy compares
    non-real values otherwise), and a point outside names the innermost condition it breaks."""
    sol = assert_solved(problem, answer)
    assert not any("I" in s.text.replace("Inside", "") for s in sol.steps)


@pytest.mark.parametrize("problem", [
    "Find the domain of f.",  # the letter names a function whose formula is not given
    "What is the domain of g?",
    r"What is the domain of $h$?",
])
def test_a_function_named_without_its_formula_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
