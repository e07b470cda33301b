"""A decimal written for an exact value is verified only when it is that value rounded or
cut off at the places written (verify/written_precision); close values stay unchecked."""

from __future__ import annotations

import pytest
import sympy

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict
from tutor.verify.written_precision import agrees_at_written_places

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize(("value", "written", "agrees"), [
    (sympy.sqrt(3), "1.73", True),      # rounded
    (sympy.sqrt(3), "1.7", True),
    (sympy.sqrt(3), "1.8", False),
    (sympy.Rational(5, 7), "0.71", True),   # 0.714…
    (sympy.Rational(5, 7), "0.72", False),
    (sympy.Rational(5, 9), "0.55", True),   # cut off (0.555…)
    (sympy.Rational(5, 9), "0.56", True),   # rounded
    (-sympy.sqrt(5), "-2.23", True),        # cut off, negative
    (-sympy.sqrt(5), "-2.25", False),
    (25 * sympy.pi, "78.54", True),
    (25 * sympy.pi, "78.5", True),
    (25 * sympy.pi, "78.6", False),
    (sympy.Integer(12345), "12,345.0", True),
    (sympy.sqrt(2), "1.41e0", None),        # not a plain decimal: not read here
    (sympy.I, "1.0", None),
])
def test_agreement_at_the_written_places(value: sympy.Expr, written: str,
                                         agrees: bool | None) -> None:
    assert agrees_at_written_places(value, written) is agrees


@pytest.mark.parametrize("step", ["√3 ≈ 1.73", "5/7 ≈ 0.714", "25π ≈ 78.54", "5/9 ≈ 0.55",
                                  "4π ≈ 12.57", "e^3 ≈ 20.09"])
def test_right_decimals_are_verified(step: str) -> None:
    assert check_step("Estimate it.", [], step).verdict is V


@pytest.mark.parametrize("step", ["√3 ≈ 1.8", "5/7 ≈ 0.72", "25π ≈ 78.9", "4π ≈ 12.7",
                                  "√3 = 1.74", "49π ≈ 153.86"])
def test_close_but_wrong_decimals_are_neither_verified_nor_refuted(step: str) -> None:
    # 49π ≈ 153.86 is 49 × 3.14: a rounded constant, so not refuted either
    assert check_step("Estimate it.", [], step).verdict is U
