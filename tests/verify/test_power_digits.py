"""Whole powers with a year for exponent (`3^{2023}`, `(10^{2021} + 1)^3`) are worked out
exactly while the result has at most MAX_POWER_DIGITS digits (parse_limits.safe_pow), and
a message shows such a value by its leading digits and its power of ten."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.messages import value_text
from tutor.verify.parse_limits import TooBig
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
