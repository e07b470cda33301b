"""A student's true lines of arithmetic that work out a problem's sum in the wrong order
(check_step): the line that gives the whole problem's value is refuted, with a message
that says its arithmetic is right. Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def test_adding_before_multiplying_is_refuted() -> None:
    verdict = check_step("what is 6 + 2 * 5", ["6 + 2 = 8"], "8 * 5 = 40")
    assert verdict.verdict is R
    assert "is right" in verdict.reason and "6 + 2 · 5 = 16" in verdict.reason
    assert check_step("evaluate 6 + 2 * 5", [], "8 * 5 = 40").verdict is not R  # 8 is new
    assert check_step("Compute 20 - 12 / 4", ["20 - 12 = 8"], "8 / 4 = 2").verdict is R
    assert check_step("calculate 2 * 3^2", ["2 * 3 = 6"], "6^2 = 36").verdict is R
    # the value stated again on a line of its own, or as `= 40`
    for line in ("40", "= 40"):
        assert check_step("what is 6 + 2 * 5", ["6 + 2 = 8", "8 * 5 = 40"], line).verdict is R
    assert check_step("what is 6 + 2 * 5", [], "(6 + 2) * 5 = 40").verdict is R


def test_the_right_order_and_parts_of_the_sum_are_never_refuted() -> None:
    problem = "what is 6 + 2 * 5"
    assert check_step(problem, [], "2 * 5 = 10").verdict is V
    assert check_step(problem, ["2 * 5 = 10"], "6 + 10 = 16").verdict is V
    assert check_step(problem, ["2 * 5 = 10", "6 + 10 = 16"], "16").verdict is not R
    assert check_step(problem, [], "6 + 2 = 8").verdict is V  # a part, not the whole
    powers = "evaluate 5 + 3 * 2^3"
    assert [check_step(powers, prev, s).verdict for prev, s in (
        ([], "2^3 = 8"), (["2^3 = 8"], "3 * 8 = 24"),
        (["2^3 = 8", "3 * 8 = 24"], "5 + 24 = 29"))] == [V, V, V]
    # brackets in the problem are kept
    assert check_step("what is (6 + 2) * 5", ["6 + 2 = 8"], "8 * 5 = 40").verdict is V
    # a number both worked out and in the problem: either reading is right
    assert check_step("what is 4 + 2 * 2", ["2 * 2 = 4"], "4 + 4 = 8").verdict is V
    assert check_step("what is 2 + 2 * 2", ["2 + 2 = 4"], "4 * 2 = 8").verdict is R
    # a problem with a letter, a unary minus or juxtaposition is not read
    assert check_step("what is -2^2 + 1", ["2^2 = 4"], "4 + 1 = 5").verdict is not R
    assert check_step("what is 6/2(1 + 2)", ["2 * 3 = 6"], "6 / 6 = 1").verdict is not R
