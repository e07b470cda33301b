"""A derivative is written in the form a student writes it: a polynomial typed expanded
has its derivative expanded (3x^2 - 4x, not x(3x - 4)); one typed as a power of a bracket
keeps the bracket (3(x + 1)^2). Our own examples."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "shown"), [
    ("find the derivative of x^3 - 2x^2 + 5", "3 x^{2} - 4 x"),
    ("differentiate 4x^5 - 10x^2 + 6x", "20 x^{4} - 20 x + 6"),
    ("find the second derivative of x^4 - x^3", "12 x^{2} - 6 x"),
    ("differentiate (x + 1)^3", r"3 \left(x + 1\right)^{2}"),
])
def test_the_derivative_in_the_form_typed(problem: str, shown: str) -> None:
    assert solve_now(problem).answer == shown
