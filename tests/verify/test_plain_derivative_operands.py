"""`d/dx` typed without brackets before its expression (plain_calculus, segments): the
line used to lose its operator and read as `e^(2x) = e^(2x)`, an identity, verified.
Our own variants: the derivative read as such, and never the operand said equal to
what follows."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "d/dx e^(3x) = e^(3x)",
    "d/dt t^4 = t^4",
    "So d/dx e^(3x) = e^(3x).",
    "The derivative is d/dx cos(5x) = cos(5x)",
    "g'(x) = d/dx e^(3x) = e^(3x)",
    "d/dx x^4 - 3x = x^4 - 3x",  # a sum without brackets reads two ways: left alone
])
def test_a_derivative_said_equal_to_its_operand_is_not_verified(step: str) -> None:
    assert check_step("", [], step).verdict is not V, step


@pytest.mark.parametrize("step", [
    "d/dx e^(3x) = 3e^(3x)",
    "d/dt t^4 = 4t^3",
    "d/dx cos(5x) = -5sin(5x)",
    "d/dx (x^4 - 3x) = 4x^3 - 3",
])
def test_right_derivatives_without_brackets_are_verified(step: str) -> None:
    assert check_step("", [], step).verdict is V, step
