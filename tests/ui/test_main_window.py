"""The main window with the real symbolic engine and the real checker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import screenshot, wait_solved
from tutor.storage.settings import load_settings
from tutor.ui.solution_pane import CARDS_PER_TICK
from tutor.verify.verdict import Verdict

PROBLEM = "Solve $2x + 3 = 11$ for $x$."


def test_first_run_shows_welcome_and_solves_the_sample(make_window, qtbot) -> None:
    window = make_window(welcomed=False)
    assert window.stack.currentWidget() is window.welcome
    # matplotlib loads in a worker; the sample shows as source text until then
    qtbot.waitUntil(lambda: window.welcome.sample.image_count == 2, timeout=30000)  # 2 formulas
    screenshot(window, "01_welcome")
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == 1
    wait_solved(qtbot, window)
    session = window.solver.session
    assert session is not None and session.answer == "4" and not session.error
    assert load_settings().welcomed is True


def test_solve_and_step_through_the_reveal(make_window, qtbot) -> None:
    window = make_window()
    pane = window.solution
    window.editor.set_text(PROBLEM)
    qtbot.keyClick(window.editor.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.solver.running or window.solver.session is not None
    wait_solved(qtbot, window)
    session = window.solver.session
    assert len(session.steps) >= 2
    assert all(s.verdict.verdict is not Verdict.REFUTED for s in session.steps)
    assert any(s.verdict.verdict is Verdict.VERIFIED for s in session.steps)
    assert pane.cards == {} and pane.hint_button.isEnabled()

    qtbot.mouseClick(pane.hint_button, Qt.MouseButton.LeftButton)
    assert pane.hint_label.isVisible()
    assert session.steps[0].hint in pane.hint_label.source_text()
    screenshot(window, "02_hint")

    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    assert list(pane.cards) == [0] and not pane.hint_label.isVisible()
    assert pane.cards[0].badge.text() == "✓ verified"
    assert not pane.answer_view.isVisible() or "Reveal every step" in (
        pane.answer_view.source_text()
    )
    qtbot.mouseClick(pane.back_button, Qt.MouseButton.LeftButton)
    assert pane.cards == {}
    qtbot.mouseClick(pane.all_button, Qt.MouseButton.LeftButton)
    assert 0 < len(pane.cards) <= CARDS_PER_TICK  # the rest after the first paint
    qtbot.waitUntil(lambda: len(pane.cards) == len(session.steps), timeout=2000)
    assert pane.answer_view.source_text() == "Answer: $4$"
    assert pane.progress_label.text() == f"{len(session.steps)} / {len(session.steps)} steps shown"
    screenshot(window, "03_all_steps")


def test_your_turn_step_is_checked(make_window, qtbot) -> None:
    window = make_window()
    window.editor.set_text(PROBLEM)
    turn = window.solution.your_turn
    qtbot.keyClicks(turn.step_edit, "2x = 8")
    qtbot.mouseClick(turn.check_step_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(turn.step_edit, "x = 5")
    qtbot.keyClick(turn.step_edit, Qt.Key.Key_Return)
    assert len(turn.cards) == 2 and turn.step_edit.text() == ""
    qtbot.waitUntil(lambda: all(c.badge.verdict is not None for c in turn.cards), timeout=30000)
    assert turn.cards[0].badge.verdict.verdict is Verdict.VERIFIED
    assert turn.cards[1].badge.verdict.verdict is Verdict.REFUTED
    assert turn.cards[1].reason.isVisible() or not turn.isVisible()
    assert turn.cards[1].badge.text() == "✗ refuted"
    screenshot(window, "04_your_turn")


def test_geometry_and_last_problem_are_remembered(make_window, qtbot) -> None:
    window = make_window()
    window.setGeometry(QRect(40, 50, 700, 520))  # fits the 800x600 offscreen screen
    window.editor.set_text("Find $\\gcd(12, 18)$.")
    window.close()
    saved = load_settings()
    assert saved.last_problem == "Find $\\gcd(12, 18)$." and saved.window_geometry
    again = make_window(welcomed=True, last_problem=saved.last_problem,
                        window_geometry=saved.window_geometry)
    assert again.editor.text() == saved.last_problem
    restored = QByteArray.fromBase64(saved.window_geometry.encode())
    assert restored.size() > 0 and (again.width(), again.height()) == (700, 520)


def test_bad_problem_file_gives_a_message(make_window, qtbot, tmp_path: Path,
                                          monkeypatch) -> None:
    window = make_window()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: shown.append(text))
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"problem": "fine"}\n{"problem": \n', encoding="utf-8")
    assert window.sets.open_path(bad) is False
    assert shown and "broken.jsonl: line 2: invalid JSON" in shown[0]
    assert "broken.jsonl" in window.statusBar().currentMessage()
    assert window.problems.problem_set is None  # nothing half-loaded


def test_shortcuts_are_bound(make_window) -> None:
    window = make_window()
    keys = {a.text(): [s.toString() for s in a.shortcuts()] for a in window.actions()}
    assert keys["&Solve"][0] == "Ctrl+Return"
    assert keys["S&top"] == ["Esc"]
    assert keys["&Open problem set…"] == ["Ctrl+O"]
    assert keys["&Export PDF…"] == ["Ctrl+E"]
    assert keys["Se&ttings…"] == ["F1", "Ctrl+,"]
    QApplication.processEvents()



def test_export_writes_a_pdf(make_window, qtbot, tmp_path: Path) -> None:
    from tutor.ui.export_action import export_session

    window = make_window()
    assert export_session(window, None, window.runner, str(tmp_path / "none.pdf")) is False
    window.editor.set_text(PROBLEM, "Linear equation")
    window.solve()
    wait_solved(qtbot, window)
    out = tmp_path / "solution.pdf"
    assert export_session(window, window.solver.session, window.runner, str(out))
    qtbot.waitUntil(lambda: window.last_export == str(out), timeout=60000)
    assert out.read_bytes().startswith(b"%PDF")
    assert "Exported 1 page(s)" in window.statusBar().currentMessage()


def test_dark_palette_recolours_maths(make_window, qtbot) -> None:
    window = make_window(theme="dark")
    assert window.theme is not None and window.theme.dark
    window.editor.set_text(PROBLEM)
    window.solve()
    wait_solved(qtbot, window)
    window.solution.all_button.click()
    qtbot.waitUntil(lambda: len(window.solution.cards) == len(window.solver.session.steps),
                    timeout=2000)
    plots = [c.plot_view for c in window.solution.cards.values() if c.plot_view]
    qtbot.waitUntil(lambda: all(p.ready or p.error for p in plots), timeout=30000)
    text_colour = window.palette().color(window.palette().ColorRole.Window).lightness()
    assert text_colour < 80  # a dark window
    assert plots and all(p.ready for p in plots)
    for p in plots:  # the image itself is dark: its corner pixel is the background
        corner = p.image.pixmap().toImage().pixelColor(2, 2)
        assert corner.lightness() < 80, corner.name()
    screenshot(window, "10_dark")
    window.theme.apply("light")  # palette changes reach widgets as posted events
    qtbot.waitUntil(
        lambda: window.palette().color(window.palette().ColorRole.Window).lightness() > 200,
        timeout=2000,
    )
    qtbot.waitUntil(lambda: all(p.image.pixmap().toImage().pixelColor(2, 2).lightness() > 200
                                for p in plots), timeout=10000)


_RUN_AND_CLOSE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from tutor.ui.application import run
from tutor.ui.main_window import MainWindow

def close_all():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    for w in windows:
        print("WINDOW", w.isVisible(), w.stack.currentWidget() is w.welcome, w.startup_seconds)
        w.close()

QTimer.singleShot(300, close_all)
sys.exit(run(sys.argv))
"""


def test_run_opens_the_window_and_quits_cleanly(home: Path) -> None:
    """The real entry point, in its own process: shows the window, exits 0 on close."""
    env = {**os.environ, "PROOF_TUTOR_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _RUN_AND_CLOSE], capture_output=True,
                          text=True, timeout=120, env=env, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line.split() for line in done.stdout.splitlines() if line.startswith("WINDOW")]
    assert len(lines) == 1
    _, visible, welcome, seconds = lines[0]
    assert (visible, welcome) == ("True", "True")  # a clean profile opens on the welcome
    assert float(seconds) < 10
    assert (home / "config" / "settings.json").exists()  # saved on close
