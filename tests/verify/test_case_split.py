"""One case of an earlier equation with an absolute value or a root: each solution of
the case solves the earlier equation. Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def last(problem: str, *steps: str) -> Verdict:
    checker = ChainChecker(problem)
    return [checker.check(step).verdict for step in steps][-1]


def test_both_signs_of_an_absolute_value_are_cases() -> None:
    assert last("Solve for m.", "We need $|4m + 1| = 9$.",
                "So $4m + 1 = 9$ or $4m + 1 = -9$.") is V
    assert last("Solve for m.", "We need $\\left|4m + 1\\right| = 9$.",
                "Hence $4m = 8$ or $4m = -10$.") is V
    assert last("Solve for q.", "We need $|q - 2| = 3q$.", "Second, $q - 2 = -3q$.") is V


def test_a_case_of_a_root_equation_that_solves_it() -> None:
    assert last("Solve for k.", "We have $\\sqrt{k + 10} = k - 2$.", "So $k - 6 = 0$.") is V


def test_wrong_or_discarded_cases_stay_unchecked() -> None:
    # a slip in the constant: never verified, and not refuted (cases may rightly fail)
    assert last("Solve for m.", "We need $|4m + 1| = 9$.", "So $4m + 1 = 8$.") is U
    # a case whose solution the absolute value rules out (it is discarded later)
    assert last("Solve for q.", "We need $|q - 2| = 3q$.", "First, $q - 2 = 3q$.") is U
    # `2t`, `3m` are never read as two units of time or three metres (that reading of
    # the earlier equation would make t = -1 solve it)
    assert last("Solve for t.", "We need $|t - 1| = 2t$.", "First, $t - 1 = 2t$.") is U
    assert last("Solve for m.", "We need $|m - 1| = 2m$.", "First, $m - 1 = 2m$.") is U
    # two letters: not a case of a one-letter equation
    assert last("Solve for m.", "We need $|4m + 1| = 9$.", "So $4m + n = 9$.") is U
