"""Whole powers with a year for exponent (`3^{2023}`, `(10^{2021} + 1)^3`) are worked out
exactly while the result has at most MAX_POWER_DIGITS digits (parse_limits.safe_pow), and
a message shows such a value by its leading digits and its power of ten."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.carried import known_values
from tutor.verify.messages import value_text
from tutor.verify.parse_limits import TooBig, numbers_within_size
from tutor.verify.strict_parser import parse_strict
from tutor.verify.verdict import Verdict

V, R = Verdict.VERIFIED, Verdict.REFUTED


@pytest.mark.parametrize("step", [
    "3^{2023} = 3 * 3^{2022}",
    "so 9^{1011} = 3^{2022}",
    "(10^{2021} + 1)^2 = 10^{4042} + 2*10^{2021} + 1",
    "5^{2030} / 5^{2028} = 25",
])
def test_year_powers_verify(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is V


@pytest.mark.parametrize(("step", "shown"), [
    ("3^{2023} = 9^{1012}", "× 10^"),
    ("(10^{2021} + 1)^2 = 10^{4042} + 10^{2021} + 1", "1… × 10^4042"),
])
def test_a_slip_in_a_year_power_is_refuted_with_a_short_message(step: str, shown: str) -> None:
    verdict = check_step("Work it out.", [], step)
    assert verdict.verdict is R
    assert shown in verdict.reason and len(verdict.reason) < 200


@pytest.mark.parametrize("text", ["7^{30000}", "(3^{2023})^{2023}", "(10^{5000} + 1)^{9}"])
def test_powers_past_the_digit_budget_are_refused(text: str) -> None:
    with pytest.raises(TooBig):
        parse_strict(text)


def test_value_text_shortens_huge_numbers_only() -> None:
    assert value_text(parse_strict("2^{100}").expr) == str(2**100)  # 31 digits: in full
    assert value_text(parse_strict("2^{20}").expr) == "1048576"
    assert value_text(parse_strict("2^{300}").expr).startswith("2.03703597633… × 10^90")


# A value of thousands of digits given a name, then the name used with letters: the check
# must write such numbers out (Python refuses past 4300 digits unless told) and must not put
# them into equations with letters, where SymPy runs primality tests for seconds.
_HUGE_STEPS = [
    "Let m = (10^{1999} + 3)^3.",
    "We solve y^3 = m.",
]


def test_a_step_with_a_number_of_thousands_of_digits_is_checked_not_an_error() -> None:
    verdict = check_step("Find every complex y with y^3 = m.", _HUGE_STEPS,
                         "So y^3 = (10^{1999} + 3)^3, and y = 10^{1999} + 3 is one solution.")
    assert verdict.verdict is not R
    reasons = [claim.reason for claim in verdict.claims]
    assert not any("error" in reason or "timed out" in reason for reason in reasons), reasons


def test_numbers_within_size_draws_the_line_at_max_digits() -> None:
    assert numbers_within_size(parse_strict("10^{399} + 7").expr)
    assert numbers_within_size(parse_strict("x^2 + 3").expr)
    assert not numbers_within_size(parse_strict("10^{420} + 7").expr)
    assert not numbers_within_size(parse_strict("(10^{1999} + 3)^3").expr)


def test_a_name_whose_value_is_too_long_is_left_unknown() -> None:
    assert known_values((("m", "(10^{1999} + 3)^3"), ("k", "12"))) == {
        parse_strict("k").expr: 12}
    # a later value too long to put in replaces the earlier one: the name is unknown again
    assert known_values((("m", "5"), ("m", "(10^{1999} + 3)^3"))) == {}
