"""A student works an olympiad-style set end to end in the real window, offscreen:
open the set, take the hints, solve with the built-in engine, reveal, check an own step,
answer, leave and come back (the work is restored), export the set, read the PDF back.
Screenshots in both themes go to tests/artifacts/ for a person to look at."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.ui.conftest import screenshot, wait_solved
from tutor.ui.export_action import safe_file_name
from tutor.ui.mathview import MathView
from tutor.verify.verdict import Verdict

# Our own problems, in the bundled sets' Markdown format (never benchmark items).
SET_TEXT = """# Olympiad warm-up: number theory & counting

Short competition-style problems for the flow test.

Licence: MIT (the Proof Tutor licence)
Source: written for Proof Tutor's tests

## Divisors of 336
How many positive whole numbers divide $336$ exactly?
Topic: number theory
Answer: 20
Hint 1: Write $336$ as a product of powers of primes.
Hint 2: $336 = 2^4 \\cdot 3 \\cdot 7$; a divisor chooses each exponent on its own.
Solution:
The prime factorisation is $336 = 2^4 \\cdot 3 \\cdot 7$.

A divisor is $2^a 3^b 7^c$ with $0 \\le a \\le 4$, $0 \\le b \\le 1$, $0 \\le c \\le 1$.

So there are $5 \\cdot 2 \\cdot 2 = 20$.

## Handshakes
Each of $12$ people shakes hands with every other person once. How many handshakes are there?
Topic: counting
Answer: 66
Hint 1: Each handshake is a pair of people.
Hint 2: Count the pairs: $\\binom{12}{2}$.
Solution:
A handshake is a choice of $2$ people from $12$, so there are $\\binom{12}{2} = 66$.
"""


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF back")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, timeout=60, check=True)
    return out.stdout


def wait_drawn(qtbot, window: QWidget) -> None:  # noqa: ANN001
    """Until every visible formula is drawn in the current theme's colours."""
    def drawn() -> bool:
        QApplication.processEvents()
        views = [v for v in window.findChildren(MathView) if v.isVisible()]
        return not any(getattr(v, "drawing", False) for v in views)

    qtbot.waitUntil(drawn, timeout=30000)


def test_a_set_worked_end_to_end(make_window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001, PLR0915
    set_file = tmp_path / "warm_up.md"
    set_file.write_text(SET_TEXT, encoding="utf-8")
    window = make_window()
    opened: list[QUrl] = []
    window.exports.opener = opened.append  # never open a real viewer from a test
    assert window.sets.open_path(set_file)
    panel, pane = window.problems, window.solution
    assert panel.list.count() == 2

    # Hints before solving: graded, the second only after the first.
    panel.list.setCurrentRow(0)
    assert window.editor.text() == "How many positive whole numbers divide $336$ exactly?"
    hint1, hint2 = panel.hint_buttons
    assert hint1.isVisible() and hint1.isEnabled() and not hint2.isEnabled()
    qtbot.mouseClick(hint1, Qt.MouseButton.LeftButton)
    assert "Hint 1:" in panel.hints_view.source_text()
    assert "Hint 2:" not in panel.hints_view.source_text() and hint2.isEnabled()
    qtbot.mouseClick(hint2, Qt.MouseButton.LeftButton)
    assert "2^4" in panel.hints_view.source_text()

    # Solve with the built-in engine, reveal one step, then the rest.
    window.backend_picker.setCurrentIndex(window.backend_picker.findData("symbolic"))
    window.solve()
    wait_solved(qtbot, window)
    session = window.solver.session
    assert session is not None and session.presentable_answer is not None
    assert len(session.steps) >= 2
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    assert session.revealed == 1
    qtbot.mouseClick(pane.all_button, Qt.MouseButton.LeftButton)
    assert session.revealed == len(session.steps)

    # The student's own step, checked; then the answer.
    turn = pane.your_turn
    qtbot.keyClicks(turn.step_edit, "336 = 2^4 \\cdot 3 \\cdot 7")
    qtbot.keyClick(turn.step_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(turn.cards) and turn.cards[0].badge.verdict is not None,
                    timeout=30000)
    assert turn.cards[0].badge.verdict.verdict is Verdict.VERIFIED
    qtbot.keyClicks(turn.answer_edit, "20")
    qtbot.mouseClick(turn.check_answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Correct" in turn.answer_result.text(), timeout=30000)
    assert panel.status_of(0) == "verified"
    wait_drawn(qtbot, window)
    screenshot(window, "olympiad_flow_light")

    # Leave for the other problem: a clean slate. Come back: the work as it was left.
    steps_before = [s.text for s in session.steps]
    panel.list.setCurrentRow(1)
    assert pane.session is None and not turn.cards and window.editor.text().startswith("Each")
    panel.list.setCurrentRow(0)
    restored = pane.session
    assert restored is not None and restored is not session
    assert [s.text for s in restored.steps] == steps_before
    assert restored.revealed == len(steps_before) and len(pane.cards) >= 1
    assert restored.presentable_answer == session.presentable_answer
    assert [c.badge.verdict.verdict for c in turn.cards] == [Verdict.VERIFIED]
    assert turn.answer_edit.text() == "20" and "Correct" in turn.answer_result.text()

    # Export the problem as it was left, then the whole set, from the File menu: the
    # file names come from the titles.
    asked: list[str] = []
    window.exports.ask_path = lambda name: asked.append(name) or str(tmp_path / name)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: not window.exports.running, timeout=90000)
    assert asked == ["Divisors of 336.pdf"] and "Divisors of 336" in pdf_text(tmp_path / asked[0])
    window.exports.done.close()
    window.exports.done = None
    window.export_set_action.trigger()
    assert asked[1] == "Olympiad warm-up number theory counting.pdf"
    out = tmp_path / asked[1]
    qtbot.waitUntil(lambda: not window.exports.running, timeout=90000)
    done = window.exports.done
    qtbot.waitUntil(done.isVisible, timeout=5000)
    assert "Exported" in done.text() and out.name in done.text()
    qtbot.mouseClick(done.folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(done.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path)), QUrl.fromLocalFile(str(out))]
    text = pdf_text(out)
    assert "Olympiad warm-up" in text and "Divisors of 336" in text
    assert "positive whole numbers" in text and "20" in text
    assert "Handshakes" not in text  # only solved problems are exported

    # The same screen in the dark theme.
    assert window.theme is not None
    window.theme.apply("dark")
    wait_drawn(qtbot, window)
    screenshot(window, "olympiad_flow_dark")
    window.theme.apply("light")


def test_export_can_be_cancelled_and_names_are_safe(make_window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    assert safe_file_name('Set 1: <a/b> "c"?') == "Set 1 a b c.pdf"
    assert safe_file_name("$x^2 + \\frac{1}{2}$") == "x 2 1 2.pdf"
    assert safe_file_name("") == "solution.pdf" and safe_file_name("CON") == "solution.pdf"
    assert safe_file_name("a" * 300) == "a" * 80 + ".pdf"

    window = make_window()
    window.editor.set_text("Solve $3x - 4 = 11$.", "Linear")
    window.solve()
    wait_solved(qtbot, window)
    out = tmp_path / "cancelled.pdf"
    exports = window.exports
    assert exports.export_session(window.solution.session, "Linear", "symbolic", out)
    assert exports.running and exports.progress is not None  # with a Cancel button
    cancel = exports.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()  # before the first page is done
    qtbot.waitUntil(lambda: not exports.running, timeout=90000)
    assert exports.progress is None
    assert not out.exists() and not list(tmp_path.glob(".tutor-export-*"))
    assert "cancelled" in window.statusBar().currentMessage()
    assert exports.done is None
