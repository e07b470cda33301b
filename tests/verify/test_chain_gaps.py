"""A chain whose opening link a verify-only reader could not confirm is not verified
(chain_gaps.py): true arithmetic after it does not vouch for the value it ends on.
Our own variants, plain text and LaTeX, with the right chains that stay verified."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "C(6,2) = 6 * 5 = 30",
    "lcm(6, 9) = 6 * 9 = 54",
    "LCM(10, 4) = 10 * 4 = 40",
    "1 + 2 + ... + 50 = 50 * 50 / 2 = 1250",
    r"$\int_0^3 x^2 \, dx = 3^3/2 = 13.5$",
    "∫_0^3 x^2 dx = 3^3/2 = 27/2",
    "integral from 0 to 3 of x^2 dx = 3^3/2 = 27/2",
])
def test_an_unconfirmed_opening_keeps_the_step_from_verified(step: str) -> None:
    verdict = check_step("", [], step)
    assert verdict.verdict is U, (step, verdict)
    assert verdict.partly  # the arithmetic after it is still shown verified


@pytest.mark.parametrize("step", [
    "C(6,2) = 6 * 5 / 2 = 15",
    "lcm(6, 9) = 18",
    "1 + 2 + ... + 50 = 50 * 51 / 2 = 1275",
    r"$\int_0^3 x^2 \, dx = \frac{3^3}{3} = 9$",
    "∫_0^3 x^2 dx = 3^3/3 = 9",
    "integral from 0 to 3 of x^2 dx = 9",
    "The total = 6 * 5 = 30",  # words before a chain are no unconfirmed link
])
def test_confirmed_openings_and_worded_starts_stay_verified(step: str) -> None:
    assert check_step("", [], step).verdict is V, step


def test_a_wrong_plain_integral_alone_is_still_refuted() -> None:
    assert check_step("", [], "∫_0^3 x^2 dx = 27/2").verdict is R


@pytest.mark.parametrize("step", [
    # verified: the first link (a repeating decimal as a terminating one) was read, found
    # apart and left unchecked, and the true link after it verified the step
    r"$0.\overline{45} = \frac{45}{100} = \frac{9}{20}$",
    r"$0.\overline{6} = \frac{6}{10} = \frac{3}{5}$",
    r"$0.1\overline{6} = \frac{16}{100} = \frac{4}{25}$",
])
def test_a_link_read_and_found_apart_keeps_the_step_from_verified(step: str) -> None:
    verdict = check_step("", [], step)
    assert verdict.verdict is U, (step, verdict)
    assert verdict.partly


@pytest.mark.parametrize("step", [
    r"$0.\overline{45} = \frac{45}{99} = \frac{5}{11}$",
    r"$0.\overline{6} = \frac{6}{9} = \frac{2}{3}$",
])
def test_repeating_decimal_chains_that_hold_stay_verified(step: str) -> None:
    assert check_step("", [], step).verdict is V, step
