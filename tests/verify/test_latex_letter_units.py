"""One-letter units written in LaTeX text (`9 \\text{ m/s} \\times 12 \\text{ s} = 108
\\text{ m}`): words in `\\text` are never unknowns, so the arithmetic is read as prose
with units is (unit_arith), slips refuted, conversions between units of one kind
verified only. In prose, a lone letter stays an unknown. Our own variants."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.verdict import StepVerdict, Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def check(step: str) -> StepVerdict:
    [verdict] = check_steps("", [step])
    return verdict


@pytest.mark.parametrize("step", [
    "The distance is \\( 7 \\text{ m/s} \\times 15 \\text{ s} = 105 \\text{ m} \\).",
    "\\[ \\text{Distance} = 80 \\text{ km/h} \\times 1.5 \\text{ h} = 120 \\text{ km} \\]",
    "Each jar holds \\[ 750 \\text{ g} \\div 3 = 250 \\text{ g} \\]",
    "In all, \\( 4 \\text{ h} \\times 60 = 240 \\text{ min} \\).",
    "So \\( 2 \\text{ L} \\times 3 = 6 \\text{ L} \\) of juice.",
    "The side sum is \\( 6 \\text{ m} + 4 \\text{ m} + 6 \\text{ m} = 16 \\text{ m} \\).",
])
def test_arithmetic_with_one_letter_units_is_verified(step: str) -> None:
    assert check(step).verdict is V


@pytest.mark.parametrize("step, right", [
    ("The distance is \\( 7 \\text{ m/s} \\times 15 \\text{ s} = 115 \\text{ m} \\).",
     "7 · 15 = 105"),
    ("\\[ 80 \\text{ km/h} \\times 1.5 \\text{ h} = 130 \\text{ km} \\]", "80 · 1.5 = 120"),
    ("Each jar holds \\[ 750 \\text{ g} \\div 3 = 260 \\text{ g} \\]", "750 / 3 = 250"),
])
def test_a_slip_with_one_letter_units_is_refuted(step: str, right: str) -> None:
    verdict = check(step)
    assert verdict.verdict is R
    assert right in verdict.reason.replace("\u00b7", "·")


@pytest.mark.parametrize("step", [
    # units of one kind converted in the head: never refuted
    "\\( 6 \\text{ m/s} \\times 3 \\text{ min} = 1080 \\text{ m} \\)",
    "\\( 72 \\text{ km/h} \\times 30 \\text{ min} = 36 \\text{ km} \\)",
    "\\( 3 \\text{ L} \\div 250 \\text{ mL} = 12 \\)",
    "\\( 2 \\text{ h} + 15 \\text{ min} = 135 \\text{ min} \\)",
    # a one-letter unit whose conversions we do not know: verified only
    "\\( 5 \\text{ N} \\times 2 \\text{ m} = 10000 \\text{ J} \\)",
    # `\text{ x }` is a times sign, not a unit
    "\\( 3 \\text{ x } 4 = 13 \\)",
])
def test_near_misses_with_one_letter_units_are_not_refuted(step: str) -> None:
    assert check(step).verdict is not R


def test_a_lone_letter_in_prose_is_no_unit() -> None:
    # "2 a + 3 a" is an expression in a, not 2 + 3 of a unit
    assert check("Collecting, 2 a + 3 a = 6 here.").verdict is not V
    assert check("\\( 5 \\text{ N} \\times 2 \\text{ m} = 10 \\text{ J} \\)").verdict is V
