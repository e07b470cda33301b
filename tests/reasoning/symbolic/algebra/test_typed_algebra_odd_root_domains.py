"""Domains of formulas holding an odd root (`algebra.domains`): a cube root is defined for
every real number, zero where its radicand is and of the same sign. Our own functions,
worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # only the square root restricts: t >= -1
    (r"What is the domain of the function $g(t) = \sqrt{t+1} + \sqrt[3]{t-4}$?",
     r"[-1,\infty)"),
    # the cube root in a denominator: only its zero is left out
    (r"Find the domain of $h(x)=\frac{1}{\sqrt[3]{x-2}}$.", r"(-\infty,2)\cup(2,\infty)"),
    # a square root of a cube root needs the cube root's radicand >= 0
    (r"Find the domain of $k(u)=\sqrt{\sqrt[3]{u+5}}$.", r"[-5,\infty)"),
    (r"What is the domain of the function $p(x) = \sqrt[5]{x} + \frac{1}{\sqrt{3-x}}$?",
     r"(-\infty,3)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_odd_root_domains(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


# defined at every real number: odd roots only, or conditions that always hold
EVERYWHERE = [
    r"Find the domain of $q(x)=\sqrt[3]{x-7}$.",
    r"What is the domain of the function $r(s) = \sqrt[3]{s + 2} - \sqrt[5]{6 - s}$?",
    r"Find the domain of $m(x) = \sqrt{x^2 + 9}$. Express your answer in interval notation.",
    r"Determine the domain of $f(x) = \frac{2}{x^2 + 5}$.",
    r"Find the domain of $g(x) = \log(x^2 + 3)$.",
]


@pytest.mark.parametrize("problem", EVERYWHERE)
def test_formulas_defined_everywhere(problem: str) -> None:
    assert_solved(problem, r"(-\infty,\infty)")


@pytest.mark.parametrize("problem", [
    # nothing is excluded: no value to list
    r"What values of $x$ are not in the domain of $f(x) = \frac{1}{x^2 + 4}$?",
    # a square root of a negative everywhere: empty, never 'all reals'
    r"Find the domain of $f(x) = \sqrt{-x^2 - 1}$.",
])
def test_no_excluded_value_or_empty_domain_is_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
