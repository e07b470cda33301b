"""Roots named alpha, beta, gamma: a letter gamma next to another Greek letter or a bracket
is a product, never the gamma function (our own problems, worked by hand)."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.parsing import parse_latex

SOLVED = [
    # e2 = 2
    (r"The roots of $x^3 - 4x^2 + 2x + 5 = 0$ are $\alpha$, $\beta$, $\gamma$. Find "
     r"$\alpha\beta + \beta\gamma + \gamma\alpha$.", "2"),
    # each pair product appears twice: 2 e2 = 4
    (r"Let $\alpha$, $\beta$, $\gamma$ be the roots of $x^3 - 4x^2 + 2x + 5 = 0$. Compute "
     r"$\gamma(\alpha + \beta) + \alpha(\beta + \gamma) + \beta(\gamma + \alpha)$.", "4"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_greek_root_names(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_gamma_is_a_letter() -> None:
    a, b, g = sp.symbols("alpha beta gamma")
    assert parse_latex(r"\gamma\alpha") == g * a
    assert parse_latex(r"\gamma(1 + \beta)") == g * (1 + b)
    assert parse_latex(r"\beta\gamma") == b * g
