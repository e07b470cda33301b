"""A percentage added on or taken off as a calculator's % key does ("50 + 10% = 55"): read
literally it is 50.1, and with the percentage dropped 50 + 10 = 60 would be verified
although no reading of the writer's makes it right. Neither is refuted nor verified; a
percentage on both sides, or a literal reading that holds, is checked as before. Our
own wordings (stop 45)."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.conventions import added_percent
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize(("step", "verdict"), [
    ("50 + 10% = 55", U),                 # the calculator's reading: not refuted
    ("the price is 40 + 5% = 42", U),
    ("80 − 25% = 60", U),
    ("50 + 10% = 60", U),                 # was verified as 50 + 10 = 60
    ("80 - 25% = 55", U),                 # was verified as 80 - 25 = 55
    ("50 + 10% = 50.1", U),               # the literal reading holds, the calculator's not
    ("50 + 10% + 5% = 57.75", U),         # a calculator: 55, then 57.75 (was refuted)
    ("50 + 10% + 5% = 65", U),            # was verified as 50 + 10 + 5
    ("50 + 10% + 5% = 50.15", U),
    ("50 + 10% = 55 + 5% = 57.75", U),    # was verified as 50 + 10 = 55 + 5
    ("50 + 10% = 56", U),                 # no reading holds (55, 50.1), left as before
    ("50 + 10% = 60%", V),                # percentages on both sides
    ("0.2 × 100 = 20%", V),
    ("20% × 50 = 10", V),
])
def test_a_percentage_added_on(step: str, verdict: Verdict) -> None:
    assert check_step("A price problem.", [], step).verdict is verdict


def test_the_form() -> None:
    assert added_percent("50 + 10%") and added_percent("80 − 25 %")
    assert added_percent("50 + 10% - 5%")
    assert not added_percent("50% + 10%") and not added_percent("20% × 50")
