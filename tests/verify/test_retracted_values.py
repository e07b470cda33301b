"""A value the writer takes back at once and puts right ("6*8 = 46, no, 48", "= 12, sorry,
11", "= 52, I mean 54", a unit word or a few words between) is no claim, so it is never
red-marked (stop 52, fr26); "no" followed by anything but a correction ("no carry", "no
other root") takes nothing back, and a slip left standing is still refuted. Our own
variants, as reasoning models and students type them."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "6*8 = 46, no, 48",
    "6 × 8 = 46 — no, 48",
    "6*8 = 46... no, 48",
    "6*8 = 46 no 48.",
    "6*8=46 nah 48",
    "6 * 8 = 46, nope, 48",
    "6*8 = 46. No, 48.",
    "6*8 = 46, no it's 48",
    "6*8 = 46, sorry, 48",
    "6*8 = 46, err, 48",
    "6*8 = 46, I mean 48",
    "6*8 = 46, I meant 48",
    "6*8 = 46, correction: 48",
    "6*8 = 46, actually 48",
    "6*8 = 46 in my head, wait no, 48",
    "first I got 31*12 = 362 on paper, no, 372.",
    "6 boxes * 8 = 46 boxes, no, 48 boxes",
    "3^5 = 253, no, 243",
    "2.5 × 4 = 11, sorry, 10",
])
def test_value_taken_back_is_not_refuted(step: str) -> None:
    assert check_step("", [], step).verdict is not R, step


@pytest.mark.parametrize("step", [
    "31*12 = 362 in my head, no, 372. Redo: 31 × 12 = 360 + 12 = 372.",
    "7 × 9 = 54, sorry, 63. Then 63 + 7 = 70.",
    "2^8 = 265, no, 256, and 256 - 6 = 250",
])
def test_corrected_step_is_verified_on_what_stands(step: str) -> None:
    assert check_step("", [], step).verdict is V, step


@pytest.mark.parametrize("step", [
    "6 × 8 = 46, no other product works",
    "6 × 8 = 46 and 46 is even, no, wait",
    "6 × 8 = 46, I think",
    "6 × 8 = 46, actually.",
    "6 × 8 = 46. Now 46 + 2 = 48.",
    "6 boxes × 8 = 46 boxes",
    "6 × 8 = 46. Nothing else to do.",
    "3^5 = 253 and no more",
])
def test_slip_left_standing_is_refuted(step: str) -> None:
    assert check_step("", [], step).verdict is R, step
