"""A computation with units whose result is compared with a measure after it ("13 × 25 =
325 cents < 310 cents"): the comparison is a link of the step. It was never read (the plain
segment finder stops at the unit), so the slip was verified on the product alone. Our own
steps."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize(("step", "verdict"), [
    ("7 tickets cost 7 × 40 = 280 cents < 300 cents", V),
    ("7 tickets cost 7 × 40 = 280 cents > 300 cents", R),
    ("6 × 4 kg = 24 kg ≥ 25 kg", R),
    ("6 × 4 kg = 24 kg ≤ 25 kg", V),
    ("2 × 3 hours = 6 hours > 8 hours", R),
    # the result is no plain equality (whole things, rounded): the false link still counts
    ("25 feet / 2 feet = 12 plants > 13 plants", U),
])
def test_a_result_compared_in_its_own_unit(step: str, verdict: Verdict) -> None:
    (checked,) = check_steps("A problem with measures.", [step])
    assert checked.verdict is verdict


def test_a_comparison_with_another_unit_is_not_read_as_numbers() -> None:
    # 150 cents is less than $2, whatever 150 > 2 says
    (checked,) = check_steps("A problem with money.", ["3 × 50 cents = 150 cents < $2"])
    assert all("150 < 2" not in c.claim for c in checked.claims)


@pytest.mark.parametrize("step", [
    "4 × 3 kg = 12 kg < 10 kg + 5 kg",
    "4 × 3 kg = 12 kg < 10 kg × 2",
    "4 × 3 kg = 12 kg < 10 kg (2 bags)",
])
def test_a_measure_that_goes_on_is_not_the_other_side(step: str) -> None:
    (checked,) = check_steps("A problem with measures.", [step])
    assert checked.verdict is not R
