"""Open a set, answer, reopen the app and find the progress (all offline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import screenshot
from tutor.problems.bundled import BUNDLED_DIR


def answer(qtbot, window, text: str) -> str:  # noqa: ANN001
    turn = window.solution.your_turn
    turn.answer_edit.clear()
    qtbot.keyClicks(turn.answer_edit, text)
    qtbot.mouseClick(turn.check_answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Checking" not in turn.answer_result.text(), timeout=30000)
    return turn.answer_result.text()


def test_open_answer_reopen(make_window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"title": "Mine", "problems": [
        {"problem": "Solve $3x = 12$.", "answer": "4"},
        {"problem": "Compute $2 + 2$.", "answer": "4"},
        {"problem": "Solve $x - 1 = 0$.", "answer": "1"},
    ]}), encoding="utf-8")
    window = make_window()
    assert window.sets.open_path(path)
    panel = window.problems
    assert panel.list.count() == 3 and panel.title.text() == "<b>Mine</b>"
    assert [panel.status_of(i) for i in range(3)] == ["new", "new", "new"]

    panel.list.setCurrentRow(0)
    assert window.editor.text() == "Solve $3x = 12$."
    assert "Not quite" in answer(qtbot, window, "5")
    assert panel.status_of(0) == "attempted"
    assert "Correct" in answer(qtbot, window, "x = 4")
    assert panel.status_of(0) == "solved"

    panel.list.setCurrentRow(2)
    turn = window.solution.your_turn
    qtbot.keyClicks(turn.step_edit, "x = 1")
    qtbot.keyClick(turn.step_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: turn.cards[0].badge.verdict is not None, timeout=30000)
    assert "every step of yours was verified" in answer(qtbot, window, "1")
    assert panel.status_of(2) == "verified"
    assert panel.summary.text() == "2 of 3 solved (1 verified)"
    screenshot(window, "05_problem_set")
    window.close()

    again = make_window()  # a new window on the same profile: the set reopens by itself
    assert again.problems.problem_set is not None
    assert [again.problems.status_of(i) for i in range(3)] == ["solved", "new", "verified"]
    again.problems.list.setCurrentRow(0)
    assert again.solution.your_turn.answer_edit.text() == "x = 4"  # the stored answer


def test_bundled_set_from_the_menu(make_window, qtbot) -> None:
    window = make_window()
    entries = dict(window.sets.bundled_entries())
    assert "Calculus warm up" in entries
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert menu_titles[:3] == ["&File", "&Solve", "&Tools"]
    assert window.sets.open_bundled(BUNDLED_DIR / "calculus_warm_up.md")
    window.problems.list.setCurrentRow(2)
    assert window.editor.text() == "Find the integral of $$3x^2.$$"
    qtbot.waitUntil(lambda: window.editor.preview.image_count == 1, timeout=30000)
    assert window.editor.preview.fallback_count == 0
    assert "Correct" in answer(qtbot, window, "x^3 + C")
    assert window.problems.status_of(2) == "solved"


def test_vanished_last_set_and_damaged_settings_do_not_stop_the_app(home: Path, make_window,
                                                                    tmp_path: Path) -> None:
    window = make_window(last_set=str(tmp_path / "gone.jsonl"))
    assert window.problems.problem_set is None
    assert "gone.jsonl" in window.statusBar().currentMessage()
    window.close()
    (home / "config" / "settings.json").write_text("{ not json", encoding="utf-8")
    from tutor.storage.settings import load_settings

    assert load_settings().load_problems  # the damage is reported...
    from PySide6.QtWidgets import QApplication

    from tutor.ui.application import create_window

    again = create_window(QApplication.instance())  # ...and the window still opens
    try:
        assert "invalid JSON" in again.statusBar().currentMessage()
        assert again.stack.currentWidget() is again.welcome  # defaults: first run
    finally:
        again.runner.wait(10000)
        again.sets.progress.close()
        again.deleteLater()


def test_leaving_during_a_solve_keeps_both(make_window, qtbot, tmp_path: Path) -> None:
    """The student picks another problem while the engine is still solving: the other
    problem's screen stays as it is, and the solve is kept for when they come back."""
    path = tmp_path / "two.json"
    path.write_text(json.dumps({"title": "Two", "problems": [
        {"problem": "Count the positive divisors of $432$.", "answer": "20"},
        {"problem": "What is 9 choose 3?", "answer": "84"},
    ]}), encoding="utf-8")
    window = make_window(backend="symbolic")
    assert window.sets.open_path(path)
    panel = window.problems
    panel.list.setCurrentRow(0)
    window.solve()
    panel.list.setCurrentRow(1)  # at once, while the first solve runs
    status = window.solution.status.text()
    solve = window.solver.session
    qtbot.waitUntil(lambda: solve.finished and not solve.checking, timeout=60000)
    qtbot.waitUntil(lambda: not window.solver.running, timeout=10000)
    assert window.solution.session is None and window.solution.status.text() == status
    assert window.editor.text() == "What is 9 choose 3?"
    panel.list.setCurrentRow(0)
    back = window.solution.session
    assert back is not None and back.problem.startswith("Count the positive divisors")
    assert back.steps and back.presentable_answer == "20"
    window.close()  # and in the history, as it ended
    again = make_window()
    again.problems.list.setCurrentRow(0)
    kept = again.solution.session
    assert kept is not None and kept is not back and kept.presentable_answer == "20"


def test_the_set_controller_needs_no_window(home: Path, qtbot, tmp_path: Path) -> None:
    """Its collaborators are the progress store and the job runner; all it says goes
    out through signals (no widget, no window)."""
    from tutor.problems.session import SolveSession
    from tutor.problems.step import Step
    from tutor.storage.progress import ProgressStore
    from tutor.ui.jobs import JobRunner
    from tutor.ui.sets import ProblemSetController

    path = tmp_path / "one.json"
    path.write_text(json.dumps({"title": "One", "problems": [
        {"problem": "Solve $2x = 10$.", "answer": "5", "hints": ["Halve.", "x = 10/2"]},
    ]}), encoding="utf-8")
    store, runner = ProgressStore(), JobRunner()
    sets = ProblemSetController(store, runner)
    opened, chosen, checked, verdicts = [], [], [], []
    sets.set_opened.connect(lambda *args: opened.append(args))
    sets.problem_opened.connect(lambda *args: chosen.append(args))
    sets.answer_checked.connect(lambda *args: checked.append(args))
    sets.student_verdict.connect(lambda *args: verdicts.append(args))
    try:
        assert sets.open_path(path) and opened[0][0].title == "One"
        problem = opened[0][0].problems[0]
        sets.choose_problem(problem)
        assert chosen[-1][0] is problem and chosen[-1][1] is None  # nothing kept yet
        session = SolveSession(problem=problem.text)
        sets.solving_started(session, "symbolic")
        session.add_step(Step("Divide by 2: $x = 5$.", index=0))
        session.finish("5")
        session.reveal_next()
        assert sets.check_student_step("$2x = 10$", problem.text, session) == 0
        qtbot.waitUntil(lambda: bool(verdicts), timeout=30000)
        sets.check_answer("x = 5", problem.text, session)
        qtbot.waitUntil(lambda: bool(checked), timeout=30000)
        assert checked[0][0] is True
        sets.choose_problem(problem)  # again: the solve as it was left, from the store
        back = chosen[-1][1]
        assert back is session  # still this run's session, not a stale copy
        assert store.get(opened[0][0].set_id, problem.problem_id).status == "verified"
        assert store.last_solve(opened[0][0].set_id, problem.problem_id).session().revealed == 1
    finally:
        runner.wait(10000)
        store.close()


@pytest.mark.parametrize(("problem", "gold", "neither", "said", "wrong"), [
    # 2.236 for √5: right to the places written, and the exact value is asked for
    ("What positive number squares to 5?", "\\sqrt{5}", "2.236", "Approximately right", "2.3"),
    # 'about seventeen-ish' cannot be compared with 17: the student is asked for the value
    ("How many primes are less than 60?", "17", "about seventeen-ish", "I can't tell", "16"),
])
def test_an_answer_neither_right_nor_wrong_is_said_so(
        home: Path, qtbot, tmp_path: Path, problem: str, gold: str, neither: str, said: str,
        wrong: str) -> None:
    """A typed answer that is neither 'Correct!' nor 'Not quite' is shown in neither colour
    with what it is; a clear wrong value (2.3 does not round √5 = 2.2360...) still is
    'Not quite', and the problem stays attempted."""
    from tutor.storage.progress import ProgressStore
    from tutor.ui.jobs import JobRunner
    from tutor.ui.sets import ProblemSetController

    path = tmp_path / "one.json"
    path.write_text(json.dumps({"title": "One", "problems": [
        {"problem": problem, "answer": gold},
    ]}), encoding="utf-8")
    store, runner = ProgressStore(), JobRunner()
    sets = ProblemSetController(store, runner)
    opened, checked = [], []
    sets.set_opened.connect(lambda *args: opened.append(args))
    sets.answer_checked.connect(lambda *args: checked.append(args))
    try:
        assert sets.open_path(path)
        chosen = opened[0][0].problems[0]
        sets.choose_problem(chosen)
        sets.check_answer(neither, chosen.text, None)
        qtbot.waitUntil(lambda: bool(checked), timeout=30000)
        assert checked[0][0] is None and checked[0][1].startswith(said)
        sets.check_answer(wrong, chosen.text, None)
        qtbot.waitUntil(lambda: len(checked) == 2, timeout=30000)
        assert checked[1][0] is False and "Not quite" in checked[1][1]
        assert store.get(opened[0][0].set_id, chosen.problem_id).status == "attempted"
    finally:
        runner.wait(10000)
        store.close()
