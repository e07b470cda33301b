"""A repeating decimal typed with a combining bar ("0.6̅ = 2/3", "0.̅6", "0.4̄") is read by
no reader, which cut it apart ("6 = 2/3"); its step is never red-marked and never verified
on it (stop 52, fr26). A slip in a step without such a bar is still refuted. Our own
variants."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "0.̅6 = 2/3",
    "0.6̅ = 2/3",
    "0.4̄ = 4/9",
    "so 3 × 0.3̅ = 1",
])
def test_barred_repeating_decimal_is_left_unchecked(step: str) -> None:
    assert check_step("", [], step).verdict is U, step


def test_two_barred_digits_are_not_refuted() -> None:
    assert check_step("", [], "0.1̅8̅ = 2/11, and 2 + 2 = 4").verdict is not R


@pytest.mark.parametrize(("step", "verdict"), [
    ("0.666... = 2/3, and 2 × 3 = 7", R),
    ("6 = 2/3", R),
    ("0.6 = 3/5", V),
])
def test_without_a_bar_the_verdict_stands(step: str, verdict: Verdict) -> None:
    assert check_step("", [], step).verdict is verdict, step
