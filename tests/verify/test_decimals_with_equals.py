"""A value with no decimal in it written as a decimal with `=`, as reasoning models write
(`ln(2) = 0.6931`, `\\ln 8 = 2.0794`, `log_2(10) = 3.3219`): verified at the precision
written (rounded, or cut off), never refuted; a decimal off at its last place stays
unchecked. Our own variants."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R = Verdict.VERIFIED, Verdict.REFUTED


@pytest.mark.parametrize("step", [
    "ln(3) = 1.0986",
    "ln 5 = 1.6094",
    "\\( \\ln 10 = 2.302585 \\)",
    "log_2(5) = 2.3219",
    "so ln(7) = 1.94591, roughly",
    "cos(1) = 0.5403",
    "$\\ln 9 = 2.1972$",
])
def test_a_decimal_at_its_written_places_is_verified(step: str) -> None:
    assert check_step("Estimate the logarithm.", [], step).verdict is V, step


@pytest.mark.parametrize("step", [
    "ln(3) = 1.0987",  # off at the last place
    "ln 5 = 1.6049",  # digits swapped
    "\\( \\ln 10 = 2.3 \\) and \\( \\ln 10 = 2.31 \\)",
    "log_2(5) = 2.33",
    "ln(3) = 1",
    "ln(3) = 1.1",  # one place: too rough to confirm
])
def test_a_decimal_off_at_its_places_is_neither_verified_nor_refuted(step: str) -> None:
    verdict = check_step("Estimate the logarithm.", [], step).verdict
    assert verdict is not V and verdict is not R, step


def test_rounding_asked_needs_the_rounded_value() -> None:
    # ln 6 = 1.79175...: cut off at two places it is 1.79, rounded 1.79 too; at three, 1.791
    # is cut off and 1.792 rounded
    problem = "Find ln 6 rounded to three decimal places."
    assert check_step(problem, [], "ln(6) = 1.792").verdict is V
    assert check_step(problem, [], "ln(6) = 1.791").verdict is not V
