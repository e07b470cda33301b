"""A power written inside the bold name of a matrix ("\\mathbf{A^3}") is the power of the
matrix \\mathbf{A}^3 (problem_text.clean); our own problems, worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.problem_text import clean


def test_power_moved_out_of_the_bold_name() -> None:
    assert clean(r"\det (\mathbf{A^3})") == r"\det (\mathbf{A}^3)"
    assert clean(r"\mathbf{M^{-1}}") == r"\mathbf{M}^{-1}"
    assert clean(r"\mathbf{v}") == r"\mathbf{v}"


@pytest.mark.parametrize(("problem", "answer"), [
    # det(M^4) = (-2)^4
    (r"If $\det \mathbf{M} = -2,$ then find $\det (\mathbf{M^4}).$", "16"),
    # det(B^3) = 3^3
    (r"Given $\det \mathbf{B} = 3$, compute $\det (\mathbf{B^3})$.", "27"),
])
def test_determinant_of_a_bold_power(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
