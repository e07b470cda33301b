"""Complex numbers in Euler's form: `e` read as Euler's number and `i` as the imaginary unit
where every power of `e` has `i` in its exponent. Our own variants, written for these
tests."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker, check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def verdict(step: str) -> Verdict:
    return ChainChecker("Write the number in rectangular form.").check(step).verdict


@pytest.mark.parametrize("step", [
    "So $e^{i\\pi} = -1$.",
    "The cube root of unity is $e^{2\\pi i/3} = -\\frac{1}{2} + \\frac{\\sqrt{3}}{2}i$.",
    "Then $2e^{-\\pi i/4} = \\sqrt{2} - \\sqrt{2}i$.",
    "We get $e^{i\\pi/6} + e^{-i\\pi/6} = \\sqrt{3}$.",
    "Hence $4e^{5\\pi i/3} = 2 - 2\\sqrt{3}i$.",
])
def test_right_values_in_euler_form_are_verified(step: str) -> None:
    assert verdict(step) is V


@pytest.mark.parametrize("step", [
    "So $e^{2\\pi i/3} = -\\frac{1}{2} - \\frac{\\sqrt{3}}{2}i$.",  # the conjugate
    "Then $2e^{\\pi i/4} = \\sqrt{2} - \\sqrt{2}i$.",
    "We get $e^{i\\pi/6} + e^{-i\\pi/6} = 2$.",
])
def test_wrong_values_are_neither_verified_nor_refuted(step: str) -> None:
    assert verdict(step) is U


@pytest.mark.parametrize("step", [
    "The solid has $e = 12$ edges, so $e - 4 = 8$ and $e^2 = 144$.",  # e a letter
    "With $i = 3$ we have $e^{i} = e^3$.",  # i a letter given a value
    "So $e^{i\\pi} + x = 2x - 1$.",  # another letter
])
def test_e_or_i_used_as_letters_are_not_read_as_constants(step: str) -> None:
    result = ChainChecker("Count the edges.").check(step)
    assert all(claim.reason != "reading e^{iθ} in Euler's form" for claim in result.claims)
    assert result.verdict is not R


@pytest.mark.parametrize(("step", "expected"), [
    # a power of e with a number exponent, typed plainly: e is Euler's number
    ("Check: e^1.6094 ≈ 5.000, good.", V),
    ("so e^2 ≈ 7.389", V),
    ("and e^(-1) ≈ 0.3679", V),
    ("$e^{0.6931} \\approx 2$", V),
    # wrong values, or e not raised to a number everywhere: never red
    ("so e^2 ≈ 9.1", U),
    ("and e^2 + e = 10.1", U),
    ("so e^x = 5", U),
])
def test_a_power_of_e_as_reasoning_models_type_it(step: str, expected: Verdict) -> None:
    assert verdict(step) is expected


def test_e_given_a_value_earlier_is_that_value() -> None:
    checker = ChainChecker("A solid has 12 edges.")
    checker.check("Let $e = 3$ here.")
    result = checker.check("so e^2 ≈ 7.389")
    assert all(claim.reason != "e read as Euler's number" for claim in result.claims)
    assert result.verdict is not V


def test_e_given_as_a_decimal_of_eulers_number_is_eulers_number_still() -> None:
    # "e = 2.71828 roughly" gives e a value, but the value is Euler's number written
    # at its places: a later power of e is read with e Euler's number (verify only)
    from tutor.verify.euler_form import writes_euler

    problem = "Work out e^3 to two decimal places."
    steps = ["e = 2.7183, roughly."]
    assert check_step(problem, steps, "so e^3 = 20.09").verdict is Verdict.VERIFIED
    assert check_step(problem, steps, "so e^3 = 20.1").verdict is not Verdict.REFUTED
    assert check_step(problem, ["e = 5"], "so e^3 = 20.09").verdict is not Verdict.VERIFIED
    assert writes_euler("2.718") and writes_euler("2.72")
    assert not writes_euler("2.7") and not writes_euler("2.81") and not writes_euler("3")
