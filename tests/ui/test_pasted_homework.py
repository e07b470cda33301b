"""A problem pasted from a worksheet, label and all, in the real window with the real engine
and checker: the label is no part of the problem, and the student's own steps are checked."""

from __future__ import annotations

from tests.ui.conftest import check_own_steps, screenshot, solved_in_window
from tutor.verify.verdict import Verdict


def test_a_worksheet_label_pasted_with_the_problem(make_window, qtbot) -> None:
    window = make_window(backend="symbolic")
    assert solved_in_window(qtbot, window, "Question 3: Solve for x. 4x - 7 = 13") == "5"
    right, wrong = check_own_steps(qtbot, window, ("4x = 20", "x = 6"))
    assert right.verdict.verdict is Verdict.VERIFIED, right.verdict
    assert wrong.verdict.verdict is Verdict.REFUTED, wrong.verdict
    screenshot(window, "46_worksheet_label")
