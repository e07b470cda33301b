r"""Cases tried in turn ("for n = 2, n^3 = 8; for n = 3, n^2 + n = 12"): a claim whose
letters all have a value a supposition of the same step gave is about that case, not a
rewrite of an earlier case's equation of degree 2 or more, so it is checked with the value
(`Context.cases`). Verify only. Our own variants, written for these tests."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict


def test_each_case_is_checked_with_its_own_value() -> None:
    checker = ChainChecker("Find the least k with k^2 + k > 40.", time_limit=30)
    steps = [r"For \(k = 4\), \(k^2 + k = 20\).", r"For \(k = 5\), we get \(k^2 + k = 30\).",
             r"Trying \(k = 6\): \(k^2 + k = 42\) and \(k^3 = 216\).",
             r"When \(k = 7\), \(k^2 = 49\)."]
    assert [checker.check(step).verdict for step in steps] == [Verdict.VERIFIED] * 4


@pytest.mark.parametrize("steps", [
    # a wrong value in a later case: unchecked, never refuted
    [r"For \(m = 2\), \(m^3 = 8\).", r"For \(m = 3\), \(m^3 = 26\)."],
    # a value said as a result, not a supposition, does not make a rewrite true
    [r"Solve \(t^2 - t - 6 = 0\) first.", r"So \(t = 3\) and \((t - 3)(t + 1) = 0\)."],
])
def test_near_misses_stay_unchecked(steps: list[str]) -> None:
    checker = ChainChecker(r"Solve \(t^2 - t - 6 = 0\).", time_limit=30)
    verdicts = [checker.check(step).verdict for step in steps]
    assert verdicts[-1] is Verdict.UNCHECKED

