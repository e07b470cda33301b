"""A computation with units whose result is followed by a one-letter unit of another size
("50 cm × 4 = 2 m", "1/4 kg = 250 g") converts as it goes: it is no plain equality of the
numbers, so it is neither refuted (it was: "50 · 4 = 200, not 2") nor verified ("50 cm × 4 =
200 m" was verified on its numbers). Our own steps."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize("step", ["30 cm × 5 = 1.5 m", "1/2 kg = 500 g", "3 kg × 2 = 6000 g",
                                  "25 cm × 4 = 100 m"])
def test_a_converting_result_is_left_unchecked(step: str) -> None:
    (verdict,) = check_steps("A length problem.", [step])
    assert verdict.verdict is Verdict.UNCHECKED


@pytest.mark.parametrize("step", ["6 cm × 4 = 30 cm", "3 apples × 4 = 13 apples"])
def test_a_slip_in_one_unit_is_still_refuted(step: str) -> None:
    (verdict,) = check_steps("A length problem.", [step])
    assert verdict.verdict is Verdict.REFUTED
