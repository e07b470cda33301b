"""A line typed as only `= value` going on from a chain begun at the problem's own
expression says the expression equals the value (check_step). Our own variants."""

from __future__ import annotations

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def test_a_true_link_after_a_slip_still_ends_the_chain_wrongly() -> None:
    problem = "simplify 7b - (3b - 2)"
    slip = "7b - (3b - 2) = 7b - 3b - 2"
    assert check_step(problem, [], slip).verdict is R
    verdict = check_step(problem, [slip], "= 4b - 2")
    assert verdict.verdict is R and "the chain began at" in verdict.reason
    sums = "work out 3/4 + 1/8"
    assert check_step(sums, ["3/4 + 1/8 = 4/12"], "= 1/3").verdict is R


def test_right_chains_and_other_starts_are_left_alone() -> None:
    problem = "simplify 7b - (3b - 2)"
    assert check_step(problem, ["7b - (3b - 2) = 7b - 3b + 2"], "= 4b + 2").verdict is V
    assert check_step("work out 3/4 + 1/8", ["3/4 + 1/8 = 6/8 + 1/8"], "= 7/8").verdict is V
    # a chain that does not start at the problem's expression says nothing about it
    assert check_step(problem, ["7b - 3b - 2 = 4b - 2"], "= 2(2b - 1)").verdict is not R
