"""A fraction typed with a slash right after a division sign ("1/2 ÷ 3/8") is read as a
fraction, as the same sum in words or in LaTeX says; strict left-to-right order would give
1/48. A step is verified in the school reading, refuted only when false in both readings,
and a spaced slash ("6 ÷ 2 / 3") is left unchecked. Our own wordings."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.division_fractions import (
    both_readings,
    division_then_slash,
    fractions_after_division,
)
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def test_the_tight_fraction_is_bracketed() -> None:
    assert fractions_after_division("1/2 ÷ 3/8", latex=False) == "1/2 ÷ (3/8)"
    assert fractions_after_division("7 \\div 2/5", latex=True) == "7 \\div \\frac{2}{5}"
    assert fractions_after_division("6 ÷ 2/3x", latex=False) == "6 ÷ 2/3x"  # 2/(3x)?
    assert fractions_after_division("12 ÷ 3 × 2", latex=False) == "12 ÷ 3 × 2"


def test_a_spaced_or_bound_slash_reads_two_ways() -> None:
    assert division_then_slash("6 ÷ 2 / 3")
    assert division_then_slash("3/4 ÷ 1/2^2")
    assert not division_then_slash("1/2 ÷ 3/8")
    assert not division_then_slash("10 ÷ 5")


def test_both_readings() -> None:
    assert both_readings("5 ÷ 1/4") == ("5 ÷ \\frac{1}{4}", "5 ÷ 1 ÷ 4")
    assert both_readings("5 ÷ 4") is None


@pytest.mark.parametrize(("step", "verdict"), [
    ("3/4 ÷ 1/2 = 3/4 × 2 = 3/2", V),
    ("5 ÷ 1/4 = 20", V),
    ("2/5 ÷ 4/15 = 2/5 × 15/4 = 30/20 = 3/2", V),
    ("so 9 ÷ 3/4 = 12 cups", V),
    ("3/4 ÷ 1/2 = 3/8", U),  # strict order gives 3/8: not refuted
    ("3/4 ÷ 1/2 = 2/3", R),  # false both ways (3/2 or 3/8)
    ("8 ÷ 4 / 2 = 1", U),  # spaced: unchecked either way
    ("6 ÷ -2/3 = -9", V),  # a negative fraction after ÷ is a fraction too
    ("6 ÷ -2/3 = 9", R),  # false both ways (-9 or -1)
    ("6 ÷ -2 / 3 = -1", U),
    ("6 ÷ 2/3% = 9", U),  # a percent on the fraction: not the bare fraction's value
    ("8 ÷ 4 / 2 = 4", U),
])
def test_steps(step: str, verdict: Verdict) -> None:
    assert ChainChecker("Work out the division.").check(step).verdict is verdict


def test_the_refutation_names_the_school_value() -> None:
    got = ChainChecker("").check("3/4 ÷ 1/2 = 2/3")
    assert got.claims[0].reason == "3/4 ÷ 1/2 = 3/2, not 2/3"
