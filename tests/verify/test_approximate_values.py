"""A name's decimal value after its exact value was found ("x = 7/3, so x ≈ 2.33"):
verified at the places written, never refuted (verify/approximate_values)."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("previous", "step"), [
    (["x = 7/3"], "so x ≈ 2.33"),
    (["x = 7/3"], "x ≈ 2.3"),
    (["t = √5"], "which makes t ≈ 2.236"),
    (["r = 22/7"], "r ≈ 3.142"),
    (["y = 2/3"], "y ≈ 0.66"),          # cut off
])
def test_a_decimal_of_a_value_found_before_is_verified(previous: list[str], step: str) -> None:
    assert check_step("Work it out.", previous, step).verdict is Verdict.VERIFIED


@pytest.mark.parametrize(("previous", "step"), [
    (["x = 7/3"], "so x ≈ 2.4"),          # not 7/3 at one place
    (["t = √5"], "t ≈ 2.24"),             # 2.236… rounds to 2.24: verified
    (["x = 7/3", "x = 5"], "x ≈ 2.33"),   # the name was given another value since
])
def test_a_decimal_that_disagrees_is_never_refuted(previous: list[str], step: str) -> None:
    assert check_step("Work it out.", previous, step).verdict is not Verdict.REFUTED


def test_no_value_no_verdict() -> None:
    assert check_step("Work it out.", [], "x ≈ 2.33").verdict is Verdict.UNCHECKED
    assert check_step("Work it out.", ["x = 7/3", "x = 5"], "x ≈ 2.33").verdict \
        is not Verdict.VERIFIED


def test_a_value_with_a_logarithm_is_read() -> None:
    assert check_step("Solve e^x = 5.", ["x = ln 5"], "so x ≈ 1.609").verdict is Verdict.VERIFIED
    assert check_step("Solve e^x = 5.", ["x = ln 5"], "so x ≈ 1.7").verdict is Verdict.UNCHECKED
