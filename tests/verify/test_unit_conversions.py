"""A measure converted to another unit of its kind ("2.5 hours = 150 minutes"), read by
extract/unit_conversions: the conversion's arithmetic is the claim."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.unit_conversions import conversion_claims
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "1.25 hours = 75 minutes",
    "so 3.2 km is 3200 m",
    "2,400 g = 2.4 kg",
    "150 seconds = 2.5 minutes",
    "the bottle holds 1.5 l = 1500 ml",
    "36 mm = 3.6 cm",
    "2 weeks = 14 days",
])
def test_right_conversions_are_verified(step: str) -> None:
    assert check_step("Convert.", [], step).verdict is V


@pytest.mark.parametrize(("step", "shown"), [
    ("1.25 hours = 125 minutes", "1.25 × 60 = 75, not 125"),
    ("2,400 g = 24 kg", "2,400 ÷ 1000 = 12/5, not 24"),
    ("36 mm = 0.36 cm", "not 0.36"),
])
def test_a_wrong_factor_is_refuted(step: str, shown: str) -> None:
    verdict = check_step("Convert.", [], step)
    assert verdict.verdict is R
    assert shown in verdict.reason


@pytest.mark.parametrize("step", [
    "1 day = 8 hours",                  # a working day: days and weeks never refuted
    "a week = 5 days of school",
    "if 2 hours = 100 minutes then",    # a trial
    "3 × 2 hours = 360 minutes",        # the measure is part of a computation
    "2 hours is 30 minutes longer",
])
def test_conventions_and_trials_are_not_refuted(step: str) -> None:
    assert check_step("Convert.", [], step).verdict is not R


@pytest.mark.parametrize("text", ["60 km/h = 1 km/min", "1 m² = 10000 cm²", "5 km = 5 km",
                                  "2 hours = 3 kg", "5 m per second = 300 m"])
def test_rates_areas_and_mixed_kinds_are_no_conversion(text: str) -> None:
    assert conversion_claims(text) == []


@pytest.mark.parametrize("step", [
    "90 minutes = 1 hour 30 minutes",       # the result in two units, not "= 1 hour"
    "150 minutes = 2 hours and 30 minutes",
    "100 seconds = 1 minute 40 seconds",
    "2 hours 30 min = 9000 s",              # the measure in two units, not "30 min ="
    "1 m 50 cm = 1.5 m",
])
def test_a_measure_in_two_units_is_never_refuted(step: str) -> None:
    assert check_step("Convert.", [], step).verdict is not R
    assert conversion_claims(step) == []


def test_conversions_listed_one_after_another_are_each_read() -> None:
    assert check_step("Convert.", [], "2 km = 2000 m and 3 km = 3000 m").verdict is V
    assert check_step("Convert.", [], "2 km = 2000 m, 3 km = 300 m").verdict is R


@pytest.mark.parametrize(("step", "verdict"), [
    ("1 foot = 12 inches", V), ("1 mile = 5280 feet", V), ("3 feet = 1 yard", V),
    ("the 5 pounds = 80 ounces", V), ("2 × 4 = 8 cups = 0.5 gallon", V),
    ("1 foot = 10 inches", R), ("2 pints = 3 cups", R),
    ("1 inch = 2.5 cm", U),               # between two systems: a rounding, not read
])
def test_customary_units_within_their_system(step: str, verdict: Verdict) -> None:
    assert check_step("Convert.", [], step).verdict is verdict


@pytest.mark.parametrize(("step", "verdict"), [
    ("25 × 8 = 200 cents = $2", V), ("so 150 cents = $1.50", V), ("$3 = 300¢", V),
    ("1 dollar = 100 cents", V), ("200 cents is 2 dollars", V),
    # a slip in the conversion: the chain was verified on 25 × 8 = 200 alone
    ("25 × 8 = 200 cents = $20", R), ("25 × 8 = 200¢ = 20 dollars", R), ("$1.50 = 15 cents", R),
    # a price per thing, a sum asked, two units: no conversion
    ("8 stickers @ 25 cents = $2", U), ("8 stickers at 25 cents = $2", U),
    ("3 × $2 = 600 cents", U), ("is 200 cents = $20?", U), ("250 cents = $2 and 50 cents", U),
    ("$2 = 200 cents each", U),
])
def test_cents_and_dollars(step: str, verdict: Verdict) -> None:
    assert check_step("Each sticker costs 25 cents. How much do 8 cost?", [], step).verdict \
        is verdict


@pytest.mark.parametrize(("step", "verdict"), [
    ("4 feet = 4 × 12 = 48 inches", V),
    ("1.5 hours = 1.5 × 60 = 90 minutes", V),
    ("2 km = 2 × 1000 = 2000 m", V),
    ("240 seconds = 240 ÷ 60 = 4 minutes", V),
    # a wrong factor with true arithmetic between (verified before, on the arithmetic)
    ("4 feet = 4 × 10 = 40 inches", U),
    ("3 hours = 3 × 100 = 300 minutes", U),
    ("2 kg = 2 × 100 = 200 g", U),
    ("4 yards = 4 × 12 = 48 feet", U),
])
def test_a_conversion_with_its_arithmetic_between(step: str, verdict: Verdict) -> None:
    """Never refuted ("2 hours = 2 × 30 = 60 minutes" may count minutes walked), but a
    wrong factor keeps the step from being verified."""
    assert check_step("Convert.", [], step).verdict is verdict
    claims = conversion_claims(step)
    assert len(claims) == 1 and not claims[0].comparable
