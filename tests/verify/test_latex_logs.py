"""A logarithm of a whole number to a whole base, written in LaTeX and said to be a
number, is refuted when false (stop 55, ck29), as the same claim typed plainly was:
one reading, powers compared exactly and the logarithm at 40 digits. Our own variants,
with right values and near misses that must not be refuted."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    r"So $\log_2 32 = 6$.",
    r"Therefore $\log_{3}(243) = 4$.",
    r"Thus $\log_5 \left( 625 \right) = 5$.",
    r"Hence $\log_8 2 = \frac{1}{2}$.",
    r"So $\log_{4} 32 = \frac{2}{5}$.",
    r"Thus $\log_7 \frac{1}{49} = 2$ and $\log_2 64 = -6$.",  # the second one
])
def test_a_wrong_logarithm_value_is_refuted(step: str) -> None:
    verdict = check_step("", [], step)
    assert verdict.verdict is R, (step, verdict)
    assert "since" in next(c.reason for c in verdict.claims if c.verdict is R)


@pytest.mark.parametrize("step", [
    r"So $\log_2 32 = 5$.",
    r"Therefore $\log_{3}(243) = 5$.",
    r"Hence $\log_8 2 = \frac{1}{3}$ and $\log_{4} 32 = \frac{5}{2}$.",
    r"Thus $\log_{10} 1000 = 3$, so $\log_2 1 = 0$.",
    r"So $\log_2 96 - \log_2 3 = \log_2 32 = 5$.",
    r"So $\log_3 81 = 3 + 1 = 4$.",  # the chain's links, not `\log_3 81 = 3`
])
def test_right_values_are_verified(step: str) -> None:
    assert check_step("", [], step).verdict is V, step


@pytest.mark.parametrize("step", [
    r"Suppose $\log_2 32 = 6$; then $2^6 = 32$, which is false.",
    r"Is $\log_3 27 = 4$? No, it is 3.",
    r"So $\log 100 = 3$.",  # no base written: base ten to some, e to others
    r"So $\log_2 10 \approx 3$.",
    r"So $\log_2 10 = 3.32$.",
    r"Then $\log_x 16 = 4$ gives $x = 2$.",
])
def test_near_misses_are_not_refuted(step: str) -> None:
    assert check_step("", [], step).verdict is not R, step
