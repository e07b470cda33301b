"""A limit, an integral, a sum or a derivative typed or pasted on its own, with no question
around it ("$\\int_0^1 x^2 dx$", "lim x->0 sin(x)/x", "d/dx (x^2 + 1)"): its value is asked.
Our own examples, answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"$\lim_{x \to 2} \frac{x^2 - 4}{x - 2}$", "4"),
    (r"$\int_0^2 x^3 dx$", "4"),
    (r"$$\int_1^3 2x \, dx$$", "8"),
    (r"$\frac{d}{dx} x^4$", "4x^3"),
    (r"$\sum_{k=1}^{5} k^2$.", "55"),
    ("lim x->0 sin(3x)/x", "3"),
    ("lim x->1 (x^2-1)/(x-1)", "2"),
    ("what is d/dx of e^(3x)", "3e^{3x}"),
    ("find d/dx (x^2 + 5x)", "2x + 5"),
    ("d/dt (t^3 - t)", "3t^2 - 1"),
    # TeX typed without dollar signs: the same value asked
    (r"\int_1^3 \frac{1}{x^2}\,dx", "2/3"),
    (r"evaluate \int_0^2 x^3 dx", "4"),
    (r"\int_0^{\pi} \sin x \, dx", "2"),
    (r"\frac{d}{dx} \ln(x^2 + 4)", "2x/(x^2 + 4)"),
    (r"find \frac{d}{dt}(t^4 - 2t)", "4t^3 - 2"),
    (r"\sum_{k=1}^{6} k^2", "91"),
])
def test_the_value_of_an_operator_alone(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "d/dx (y^2)",  # another letter: implicit differentiation is not asked this way
    "d/dx of x^2 = 2x",  # a claim to check, not a question
    r"$\int_0^1 x^2 dx$ and $\int_0^1 x^3 dx$",  # two pieces
    r"\int_0^1 x^2 dx and \int_0^1 x^3 dx",  # the same typed without dollar signs
    r"\frac{d}{dx} y^2",  # another letter
    r"\int_0^1 x^2 dy",  # the integrand's letter is not the differential's
    r"\int_0^1 x do",  # "do" is a word, no differential
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
