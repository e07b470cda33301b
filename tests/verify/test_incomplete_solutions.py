"""A student's step giving one root of an equation with more (check_step): partly
checked with a note, never refuted, unless it says the value is the only solution. Our
own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def test_one_root_of_two_is_incomplete_not_false() -> None:
    verdict = check_step("solve y^2 = 49", ["y^2 = 49"], "y = 7")
    assert verdict.verdict is U and verdict.partly
    assert "y = 7 is one solution" in verdict.reason and "y = -7" in verdict.reason
    first = check_step("Solve t^2 - 5t + 6 = 0", [], "t = 3")
    assert first.verdict is U and "t = 2" in first.reason
    factored = check_step("solve w^2 + w = 12", ["(w + 4)(w - 3) = 0"], "w = 3")
    assert factored.verdict is U and "w = -4" in factored.reason


def test_saying_it_is_the_only_solution_is_refuted() -> None:
    for step in ("so y = 7 is the only solution", "The only solution is y = 7.",
                 "y = 7 is the unique real solution"):
        verdict = check_step("solve y^2 = 49", ["y^2 = 49"], step)
        assert verdict.verdict is R, step
        assert "y = -7" in verdict.reason


def test_complete_or_restricted_answers_are_left_alone() -> None:
    assert check_step("solve y^2 = 49", ["y^2 = 49"], "y = 7 or y = -7").verdict is not R
    assert check_step("solve y^2 = 49", ["y^2 = 49"], "y = ±7").verdict is not R
    # a condition or a story may rule the other root out
    for problem in ("solve y^2 = 49 for positive y", "solve y^2 = 49 where y > 0",
                    "A square has area y^2 = 49. Find its side y."):
        verdict = check_step(problem, ["y^2 = 49"], "y = 7")
        assert verdict.verdict is V, problem
        assert check_step(problem, ["y^2 = 49"], "y = 7 is the only solution").verdict \
            is not R
    # the other root already worked out in an earlier step: a case analysis
    assert check_step("solve y^2 = 49", ["y^2 = 49", "y = -7"], "y = 7").verdict is V
    # one real root (x^3 = 8), a double root, a linear equation: nothing is missing
    assert check_step("solve x^3 = 8", ["x^3 = 8"], "x = 2 is the only solution").verdict is V
    assert check_step("solve x^2 - 6x + 9 = 0", ["(x - 3)^2 = 0"], "x = 3").verdict is V
    assert check_step("solve 2x + 3 = 11", ["2x = 8"], "x = 4").verdict is V
    # a wrong value is not one of the roots: this note is not the place for it
    assert "one solution" not in check_step("solve y^2 = 49", ["y^2 = 49"], "y = 8").reason
