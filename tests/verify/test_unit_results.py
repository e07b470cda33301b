"""A result with a unit the computation before it does not carry ("50 × 4 = 2 m" after
pieces of 50 cm) converts as it goes: declined, never refuted, unless no unit of its kind
can make it hold. Our own wordings (stop 45), with slips that must stay refuted."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.unit_results import converts_as_it_goes, value_converts
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "50 × 4 = 2 m", "30 x 5 = 1.5 m", "250 × 6 = 1.5 kg", "45 × 4 = 3 hours",
    "125 * 8 = 1 l", "so 20 × 15 = 0.03 m²", "the rope is 75 + 25 = 1 m long",
])
def test_a_result_in_a_bigger_or_smaller_unit_is_not_refuted(step: str) -> None:
    assert check_step("A measuring problem.", [], step).verdict is U


@pytest.mark.parametrize("step", [
    "35 × 4 = 14 m",          # 140, 1.4, 0.14 or 140000: never 14
    "45 × 4 = 160 minutes",   # 180 or 3 or 10800
    "12 × 7 = 94 m²",
    "6 × 4 = 30 cm",
])
def test_no_unit_of_the_kind_makes_a_slip_hold(step: str) -> None:
    assert check_step("A measuring problem.", [], step).verdict is R


@pytest.mark.parametrize("step", ["6 × 4 = 24 cm", "15 × 4 = 60 minutes", "12 × 7 = 84 m²"])
def test_a_result_in_the_same_unit_is_verified(step: str) -> None:
    assert check_step("A measuring problem.", [], step).verdict is V


def test_a_chain_converts_its_result_and_each_link_is_checked() -> None:
    assert check_step("A ribbon.", [], "50 cm × 4 = 200 cm = 2 m").verdict is V
    assert check_step("A ribbon.", [], "4 × 35 = 140 cm = 1.4 m").verdict is V
    assert check_step("A ribbon.", [], "50 cm × 4 = 200 cm = 20 m").verdict is R
    assert check_step("A bus.", [], "45 × 4 = 180 minutes = 4 hours").verdict is R


def test_the_reading_rests_on_exact_values() -> None:
    assert value_converts(Fraction(200), Fraction(2), " m")
    assert not value_converts(Fraction(200), Fraction(20), " m")
    assert not value_converts(Fraction(200), Fraction(2), " apples")
    assert value_converts(Fraction(84), Fraction(84, 10000), " m² of floor")
    assert not converts_as_it_goes("50 × 4", "2", " more")   # no unit: an equation of numbers
    assert converts_as_it_goes("√50 + 1", "8", " cm")        # no flat value: declined
    assert not converts_as_it_goes("t", "3", " h")           # a name given a measure



@pytest.mark.parametrize("step", ["24 × 3 = 6 ft", "16 × 3 = 3 lb", "25 × 8 = $2",
                                  "3 × $1.50 = 450 cents"])
def test_customary_units_and_money_convert_as_they_go(step: str) -> None:
    assert check_step("A shopping and measuring problem.", [], step).verdict is U


@pytest.mark.parametrize("step", ["24 × 3 = 7 ft", "25 × 8 = $3", "2 × 4 = 8 cups = 1 gallon"])
def test_customary_and_money_slips_stay_refuted(step: str) -> None:
    assert check_step("A shopping and measuring problem.", [], step).verdict is R
