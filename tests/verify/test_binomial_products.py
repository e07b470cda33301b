"""A factor written beside a binomial coefficient multiplies it, in the engine's reader and
the checker's alike (latex2sympy read `2\\binom{4}{2}` as a mixed number, 8)."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.parsing import parse_latex
from tutor.verify.binomial_products import explicit_products
from tutor.verify.lenient_parser import read_lenient


@pytest.mark.parametrize(("tex", "value"), [
    (r"3\binom{5}{2}", 30),
    (r"\binom{6}{2}\binom{4}{1}", 60),
    (r"\binom{6}{2} \binom{4}{1} \binom{3}{3}", 60),
    (r"\dbinom{8}{2}\tfrac{1}{4}", 7),
    (r"(4)\binom{5}{1}", 20),
    (r"\binom{5}{1}(4)", 20),
    (r"2!\binom{5}{3}", 20),
    (r"\binom{4}{2}\left(\frac{1}{2}\right)^{4}", sp.Rational(3, 8)),
])
def test_a_factor_beside_a_binomial_multiplies_it(tex: str, value: object) -> None:
    assert sp.simplify(parse_latex(tex) - value) == 0
    assert sp.simplify(read_lenient(tex) - value) == 0


@pytest.mark.parametrize("tex", [
    r"\sum_{k=0}^{4}\binom{4}{k}",  # a limit of the sum, not a factor
    r"\sum_{j=1}^3\binom{3}{j}",
    r"x^2\binom{5}{2}",
    r"\binom{\binom{4}{2}}{2}",
    r"\binom{n}{3}",
])
def test_limits_powers_and_nesting_are_left_as_written(tex: str) -> None:
    assert explicit_products(tex) == tex


def test_the_sum_over_binomials_still_reads() -> None:
    assert parse_latex(r"\sum_{k=0}^{4}\binom{4}{k}").doit() == 16


@pytest.mark.parametrize(("problem", "answer"), [
    ("Compute $\\binom{6}{2}\\binom{5}{3}$.", "150"),
    ("What is $3\\binom{7}{2}$?", "63"),
])
def test_the_engine_answers_the_product(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer
