"""A growth or decay factor written equal to its rate ("growth = 130/100 = 30%",
"decrease = 30/40 = 25%", "72/60 = 20% increase") is sloppy, not a slip, so it is never
red-marked; a percent that is neither the factor's rate nor its value is still refuted
(stop 52, fr26). Our own variants."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.conventions import rate_of_factor
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "growth = 130/100 = 30%",
    "decrease = 30/40 = 25%",
    "72/60 = 20% increase",
    "the factor 1.06 = 6% interest",
    "0.9 = 10% off",
])
def test_factor_written_as_its_rate_is_not_refuted(step: str) -> None:
    assert check_step("", [], step).verdict is U, step


@pytest.mark.parametrize(("step", "verdict"), [
    ("30/40 = 35%", R),
    ("130/100 = 3%", R),
    ("3 × 40 = 20%", R),
    ("30/40 = 75%", V),
    ("(130 - 100)/100 = 30%", V),
])
def test_other_percents_keep_their_verdict(step: str, verdict: Verdict) -> None:
    assert check_step("", [], step).verdict is verdict, step


def test_rate_of_factor() -> None:
    assert rate_of_factor(Fraction(13, 10), Fraction(30))
    assert rate_of_factor(Fraction(3, 4), Fraction(25))
    assert not rate_of_factor(Fraction(1), Fraction(0))
    assert not rate_of_factor(Fraction(3, 4), Fraction(75))
