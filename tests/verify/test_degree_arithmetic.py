"""Arithmetic in degrees beyond a sum of angles: "(6 − 2) × 180° = 720°", "720° ÷ 6 =
120°", and a whole-number division with a lower-case r for its remainder ("45 ÷ 6 = 7 r
3"). Our own wordings (stop 45)."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize(("step", "verdict"), [
    ("sum of angles = (6 − 2) × 180° = 720°", V),
    ("each = 720° ÷ 6 = 120°", V),
    ("3 × 60° = 180°", V),
    ("angle = 180° − 2 × 35° = 110°", V),
    ("the exterior angle is 360° / 8 = 45°", V),
    ("(5 − 2) × 180° = 560°", R),
    ("720° ÷ 6 = 130°", R),
    ("sin 30° = 1/2", V),                  # the degrees are a function's argument
    ("x = 30 + 60 = 90°", U),
])
def test_degree_arithmetic(step: str, verdict: Verdict) -> None:
    assert check_step("An angle problem.", [], step).verdict is verdict


@pytest.mark.parametrize(("step", "verdict"), [
    ("45 ÷ 6 = 7 r 3", V),
    ("100 ÷ 7 = 14 r 2 sweets", V),
    ("45 ÷ 6 = 7 r 4", R),
    ("45 / 6 = 7 r 3", U),                 # with a slash, r may be a letter
    ("12 ÷ 2 = 6 r 2 + 1", U),
])
def test_a_lower_case_r_after_a_division_sign_is_a_remainder(step: str,
                                                             verdict: Verdict) -> None:
    assert check_step("Share them out.", [], step).verdict is verdict
