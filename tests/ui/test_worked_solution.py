"""Checking a pasted worked solution in the window, and a chain that stops in its thinking:
the real MainWindow offscreen, the real splitter and checker."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.fake_model import FakeModel
from tests.ui.conftest import screenshot, wait_solved
from tutor.ui.settings_dialog import SettingsDialog
from tutor.ui.worked_dialog import WorkedSolutionDialog
from tutor.verify.verdict import Verdict

PASTED = (
    "<think>\nA rectangle 7 by 9: area 7 * 9 = 63.\n\nPerimeter 2 * (7 + 9) = 32.\n</think>\n\n"
    "The area is $7 \\times 9 = 63$.\n\n"
    "The perimeter is $2(7 + 9) = 34$.\n\n"
    "So the perimeter is $\\boxed{34}$."
)


def test_check_a_pasted_solution(make_window, qtbot) -> None:
    window = make_window(backend="symbolic")
    window.editor.set_text("A rectangle is 7 cm by 9 cm. Find its area and perimeter.")
    dialog = window.open_check_solution()
    dialog.edit.setPlainText(PASTED)
    dialog.check_button.click()
    wait_solved(qtbot, window)
    session, pane = window.solver.session, window.solution
    assert [s.status for s in session.steps][:2] == [Verdict.VERIFIED, Verdict.REFUTED]
    assert "34" in session.steps[1].reason
    assert [s.status for s in session.thinking] == [Verdict.VERIFIED, Verdict.VERIFIED]
    assert len(pane.thinking.steps) == 2 and not pane.thinking.expanded
    assert session.answer == "34" and session.presentable_answer is None
    assert session.revealed == 0  # revealed one at a time, as for a model
    pane.all_button.click()
    QApplication.processEvents()
    assert "cannot be trusted" in pane.answer_view.source_text()
    assert not pane.regenerate_button.isVisible()  # a pasted text cannot redo a step
    screenshot(window, "23_checked_worked_solution")


def test_an_empty_paste_is_refused_with_a_message(make_window, qtbot) -> None:
    window = make_window()
    dialog = window.open_check_solution()
    dialog.check_button.click()
    assert dialog.isVisible() and "Paste a solution" in dialog.error.text()
    assert not dialog.load_file("/nonexistent/solution.txt")
    assert "could not be read" in dialog.error.text()
    dialog.reject()


def test_a_chain_that_stops_inside_its_thinking_says_so(make_window, qtbot) -> None:
    window = make_window(backend="openai", token_budget=64)
    model = FakeModel(["<think>\nFirst 12 * 4 = 48.\n\nThen 48 + 7 = 55, and then"],
                      truncated=True)
    window.solver.backend_factory = lambda _settings: model
    window.editor.set_text("What is 12 times 4, plus 7?")
    window.solve()
    wait_solved(qtbot, window)
    session, pane = window.solver.session, window.solution
    assert session.stopped_in_thinking and session.truncated and not session.steps
    assert [s.status for s in session.thinking][:2] == [Verdict.VERIFIED, Verdict.VERIFIED]
    assert "stopped inside its thinking" in pane.status.text()
    assert "wrote no solution" in pane.answer_view.source_text()
    assert pane.thinking.expanded and pane.thinking.continue_button.isVisible()
    assert "128 tokens" in pane.thinking.continue_button.text()
    qtbot.waitUntil(lambda: pane.thinking.row_count == len(session.thinking), timeout=5000)
    screenshot(window, "24_stopped_in_thinking")
    pane.thinking.continue_button.click()
    assert window.settings.token_budget == 128
    wait_solved(qtbot, window)
    assert len(model.requests) == 2 and model.requests[1].sampling.max_tokens == 128
    # a new solve starts with the panel collapsed: its state is per solve
    assert window.solver.session is not session


def test_a_kept_solve_shows_its_thinking_again(make_window, qtbot) -> None:
    from tutor.problems.session import SolveSession
    from tutor.problems.step import THINKING, Step
    from tutor.verify.verdict import StepVerdict

    window = make_window()
    kept = SolveSession("What is 3 + 4?", answer="7", finished=True)
    kept.thinking = [Step("3 + 4 = 7", part=THINKING, verdict=StepVerdict(Verdict.VERIFIED))]
    kept.steps = [Step("So $3 + 4 = 7$.", verdict=StepVerdict(Verdict.VERIFIED))]
    window.solution.set_session(kept)
    panel = window.solution.thinking
    assert [s.text for s in panel.steps] == ["3 + 4 = 7"] and not panel.expanded
    assert "1 verified" in panel.toggle.text()
    panel.set_expanded(True)
    qtbot.waitUntil(lambda: panel.row_count == 1, timeout=5000)
    row = panel._row_widgets[0]
    light = row.mark.text()
    from tutor.ui.theme import make_palette

    QApplication.instance().setPalette(make_palette(dark=True))
    QApplication.processEvents()
    assert "✓" in row.mark.text() and row.mark.text() != light  # the mark follows the theme
    screenshot(window, "25_thinking_dark")
    window.solution.set_session(None)
    assert panel.steps == [] and not panel.toggle.isVisible()


def test_a_decline_is_said_once_and_not_as_an_error(make_window, qtbot) -> None:
    window = make_window(backend="symbolic")
    window.editor.set_text("Prove that $n^5 - n$ is a multiple of 5 for every integer $n$.")
    window.solve()
    wait_solved(qtbot, window)
    session, pane = window.solver.session, window.solution
    assert session.declined and session.error is None
    assert "Error" not in pane.status.text() and "worked solution" in pane.status.text()
    assert not pane.answer_view.isVisible()
    # what the decline offers is one click away, and gone with the next problem
    assert pane.decline_actions.isVisible()
    pane.check_solution_button.click()
    dialog = window.findChild(WorkedSolutionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    pane.choose_model_button.click()
    settings = window.findChild(SettingsDialog)
    assert settings is not None and settings.tabs.currentWidget() is settings.models
    settings.reject()
    window.editor.set_text("What is $2 + 3$?")
    window.solve()
    wait_solved(qtbot, window)
    assert window.solver.session.answer == "5" and not pane.decline_actions.isVisible()


def test_a_question_of_which_reading_and_a_lettered_choice_in_the_real_window(
        make_window, qtbot) -> None:
    window = make_window(backend="symbolic")
    pane = window.solution
    # a reading to choose: the student is asked, not told to pick a model
    window.editor.set_text("what is the standard deviation of 1, 3, 5, 7?")
    window.solve()
    wait_solved(qtbot, window)
    assert window.solver.session.declined and window.solver.session.error is None
    said = pane.status.text()
    assert "reads two ways" in said and "population" in said and "Settings" not in said
    # a lettered choice: the value found and its letter
    window.editor.set_text("What is $3^4 - 1$? $\\textbf{(A)}\\ 26 \\qquad \\textbf{(B)}\\ 80 "
                           "\\qquad \\textbf{(C)}\\ 81 \\qquad \\textbf{(D)}\\ 82$")
    window.solve()
    wait_solved(qtbot, window)
    answer = window.solver.session.answer
    assert answer is not None and "B" in answer and "80" in answer
    screenshot(window, "44_lettered_choice")
