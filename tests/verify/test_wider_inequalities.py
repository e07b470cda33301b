"""A step in solving a linear inequality that lets in values the problem does not
(check_step) is refuted with a witness; equivalent steps, narrower ones and steps of
problems that are more than a request to solve are not. Our own variants."""

from __future__ import annotations

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def test_a_term_moved_without_its_sign_is_refuted() -> None:
    problem = "solve 9 - 2y <= y + 3"  # y >= 2
    verdict = check_step(problem, [], "-2y - y <= 3 + 9")
    assert verdict.verdict is R
    assert "does not have the same solutions" in verdict.reason
    assert not any(c.verdict is V for c in verdict.claims)  # not shown verified as well
    assert check_step(problem, ["-2y - y <= 3 + 9"], "-3y <= 12").verdict is R
    assert check_step("Solve 2k + 1 > 7", [], "k > 2").verdict is R


def test_equivalent_and_narrower_steps_are_not_refuted() -> None:
    problem = "solve 9 - 2y >= y + 3"
    assert [check_step(problem, prev, s).verdict for prev, s in (
        ([], "-2y - y >= 3 - 9"), (["-2y - y >= 3 - 9"], "-3y >= -6"),
        (["-3y >= -6"], "y <= 2"))] == [V, V, V]
    assert check_step(problem, [], "y <= 1").verdict is not R  # fewer solutions: not wider
    # the same sign slip here leaves solutions out (y <= -4): not refuted by this check
    assert check_step(problem, [], "-2y - y >= 3 + 9").verdict is not R
    # the problem says more than "solve": a looser bound may be what it asks for
    assert check_step("If 2k + 1 > 7, show that k > 2", [], "k > 2").verdict is not R
    assert check_step("solve 2k + 1 > 7 for integer k", [], "k > 2").verdict is not R
