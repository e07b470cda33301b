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


@pytest.mark.parametrize(("problem", "step"), [
    ("Solve 7x = 10 and give x to two decimal places.", "x = 10/7 ≈ 1.42"),
    ("Solve 7x = 10. Round x to two decimal places.", "x = 10/7, so x ≈ 1.42"),
    ("Find the area of a circle of radius 3 to the nearest tenth.", "A = 9π ≈ 28.2"),
    ("Write 2/3 as a decimal correct to 1 d.p.", "2/3 ≈ 0.6"),
])
def test_a_decimal_cut_off_is_not_verified_when_the_problem_asks_to_round(
        problem: str, step: str) -> None:
    verdict = check_step(problem, [], step).verdict
    assert verdict is not Verdict.VERIFIED and verdict is not Verdict.REFUTED


@pytest.mark.parametrize(("problem", "step"), [
    ("Solve 7x = 10 and give x to two decimal places.", "x = 10/7 ≈ 1.43"),
    ("Find the area of a circle of radius 3 to the nearest tenth.", "A = 9π ≈ 28.3"),
    ("Work out 2/3.", "2/3 ≈ 0.66"),  # no rounding asked: cut off is still the value
])
def test_the_value_rounded_as_asked_is_verified(problem: str, step: str) -> None:
    assert check_step(problem, [], step).verdict is Verdict.VERIFIED


@pytest.mark.parametrize("step", [
    "0.84/120 = 0.007",                     # exact
    "The rate is 0.72/270 = 0.002666... per day",
    "3.5/0.75 = 4.666...",
    "0.4 + 1/3 = 0.7333…",
    "So 2.2 ÷ 3 = 0.7333",
])
def test_decimal_inputs_with_a_cut_off_or_rounded_result_verify(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is V


@pytest.mark.parametrize("step", [
    "1.4 + 1.3 = 2.8",        # 2.7: off by a whole unit of the last place
    "2.5 × 4 = 10.1",
    "0.5 × 0.7 = 0.4",        # 0.35: a tie, one place only
    "1.5 × 1.5 = 2.3",        # 2.25
    "3.5/0.75 = 4.68",        # 4.666…: neither rounded nor cut off
    "(1.7321)^2 = 3",         # rounded inputs: unchecked, never refuted
])
def test_decimal_inputs_are_not_verified_off_the_places_written(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is not V


def test_rounded_inputs_close_to_the_value_are_not_refuted() -> None:
    assert check_step("Work it out.", [], "(1.7321)^2 = 3").verdict is U
