"""How the engine writes a formula it read (`tutor.reasoning.symbolic.model.latex`): a
minus sign the reader kept as a factor of -1 is written as people write it. Our own
formulas."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.model import latex
from tutor.reasoning.symbolic.parsing import parse_latex


@pytest.mark.parametrize(("typed", "shown"), [
    ("y = -3x + 2", "y = 2 - 3 x"),
    ("y = -x/5 + 1", "y = 1 - \\frac{x}{5}"),
    ("\\frac{-t}{7} - 2", "- \\frac{t}{7} - 2"),
])
def test_a_kept_minus_sign_is_written_as_a_sign(typed: str, shown: str) -> None:
    assert latex(parse_latex(typed)) == shown


@pytest.mark.parametrize("typed", ["-4 \\cdot 6", "-(a + 2)/3"])
def test_arithmetic_and_a_negated_sum_keep_their_form(typed: str) -> None:
    # `(-4) 6` is arithmetic a step may show; `-(a + 2)` is not multiplied out
    assert "\\left(-" in latex(parse_latex(typed))
