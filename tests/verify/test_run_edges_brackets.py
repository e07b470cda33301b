"""Square brackets and braced powers in plain-text maths, as reasoning models type them
("[6 - (8 - 2)/3] = [6 - 2] = 4", "3^{4} - 1 = 80"): brackets read as grouping only to
confirm a link (typed plainly, `[7/2]` may be the greatest integer), never to refute one,
and a slip in such a chain keeps the step from being verified."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.run_edges import brackets_nest
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize(("run", "nests"), [
    ("[6 - (8 - 2)/3] = 4", True),
    ("2[1 + (3 - 1)] = 6", True),
    ("3 + 4 = 7", True),
    ("[0, 2)", False),       # an interval, not grouping
    ("x = 3]", False),
    ("[1 + (2] - 1)", False),
])
def test_brackets_nest(run: str, nests: bool) -> None:
    assert brackets_nest(run) is nests


@pytest.mark.parametrize("step", [
    "First bracket: [6 - (8 - 2)/3] = [6 - 6/3] = [6 - 2] = 4",
    "so 4[3 + 2(7 - 5)] = 4[3 + 4] = 4 * 7 = 28",
    "Then 5[12 - (2 + 2)^2/2] = 5[12 - 8] = 20.",
    "The average is [10 + 20 + 27]/3 = 57/3 = 19",
    "3^{4} - 1 = 80",
    "We need 10^{2} + 10^{1} + 1 = 111 here.",
    "(10^{2} + 1)^2 = 10^{4} + 2*10^{2} + 1 = 10201",
])
def test_bracketed_and_braced_chains_verify(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is V


@pytest.mark.parametrize("step", [
    "First bracket: [6 - (8 - 2)/3] = [6 - 6/3] = [6 - 2] = 5",
    "Then 5[12 - (2 + 2)^2/2] = 5[12 - 8] = 25.",
    "so 4[3 + 2(7 - 5)] = 4[3 + 4] = 4 * 7 = 27",
    "3^{4} - 1 = 81",
])
def test_a_slip_is_never_verified(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is not V


@pytest.mark.parametrize("step", [
    "[9/2] = 4, the integer part",          # the greatest integer: never refuted
    "[5/3] = 1",
    "f grows on [1, 4] and falls on [4, 6].",
    "As shown in [2], the bound holds.",
])
def test_brackets_that_may_mean_something_else_are_never_refuted(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is not R


def test_a_bracketed_slip_in_a_product_is_still_caught_on_its_plain_link() -> None:
    verdict = check_step("Work it out.", [], "so 4[3 + 2(7 - 5)] = 4[3 + 4] = 4 * 7 = 27")
    assert verdict.verdict is R
