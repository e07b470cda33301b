"""The main window with the real symbolic engine and the real checker."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import check_own_steps, screenshot, wait_solved
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
    assert keys["&Hint"] == ["Ctrl+H"]
    assert keys["&Next step"][0] == "Alt+Right"
    assert keys["Show &all steps"][0] == "Alt+End"
    assert keys["&Back"][0] == "Alt+Left"
    QApplication.processEvents()


def test_keyboard_drives_the_reveal_and_help_lists_every_shortcut(make_window, qtbot) -> None:
    window = make_window()
    pane = window.solution
    window.editor.set_text(PROBLEM)
    window.editor.edit.setFocus()  # the keys work while the cursor is in a text field
    qtbot.keyClick(window.editor.edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    wait_solved(qtbot, window)
    session = window.solver.session
    assert len(session.steps) >= 2 and window.editor.text() == PROBLEM  # no newline typed

    qtbot.keyClick(window.editor.edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert pane.hint_label.isVisible()
    qtbot.keyClick(window.editor.edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert list(pane.cards) == [0] and session.revealed == 1
    qtbot.keyClick(window.editor.edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert session.revealed == 0
    turn_edit = pane.your_turn.step_edit
    turn_edit.setFocus()
    qtbot.keyClick(turn_edit, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    assert session.revealed == len(session.steps)
    qtbot.waitUntil(lambda: len(pane.cards) == len(session.steps), timeout=2000)

    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    rows = dict(dialog.rows)
    for what, key in (("Solve", "Ctrl+Return"), ("Stop", "Esc"), ("Hint", "Ctrl+H"),
                      ("Next step", "Alt+Right"), ("Show all steps", "Alt+End"),
                      ("Back", "Alt+Left"), ("Export PDF", "Ctrl+E"),
                      ("Keyboard shortcuts", "Ctrl+/")):
        assert key in rows[what], (what, rows)
    assert dialog.table.rowCount() == len(dialog.rows) >= 10
    screenshot(dialog, "11_shortcuts")
    dialog.close()



def test_export_writes_a_pdf(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    exports = window.exports
    assert exports.export_session(None, None, "symbolic", tmp_path / "none.pdf") is False
    window.editor.set_text(PROBLEM, "Linear equation")
    window.solve()
    wait_solved(qtbot, window)
    out = tmp_path / "solution.pdf"
    assert exports.export_session(window.solver.session, "Linear equation", "symbolic", out)
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


# --- what is on screen ---------------------------------------------------------------


def _luminance(colour) -> float:  # noqa: ANN001 - a QColor
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def _contrast(a, b) -> float:  # noqa: ANN001 - WCAG contrast ratio of two QColors
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ink_contrast(image, x0: int = 0, x1: int | None = None) -> tuple[float, int]:  # noqa: ANN001
    """(best contrast of any pixel against the background, ink pixel count) in columns
    x0..x1 of `image`; the background is its most common colour."""
    from collections import Counter

    x1 = image.width() if x1 is None else x1
    pixels = [image.pixelColor(x, y) for x in range(x0, x1) for y in range(image.height())]
    background = Counter(p.rgb() for p in pixels).most_common(1)[0][0]
    bg = next(p for p in pixels if p.rgb() == background)
    ratios = [_contrast(p, bg) for p in pixels]
    return max(ratios, default=1.0), sum(1 for r in ratios if r > 1.5)


def answer_line_image(window):  # noqa: ANN001, ANN201
    """The answer line as the window paints it (its real background included)."""
    view = window.solution.answer_view
    window.solution.scroll_to(view)
    for _ in range(5):
        QApplication.processEvents()
    top_left = view.mapTo(window, view.rect().topLeft())
    return window.grab(QRect(top_left, view.size())).toImage()


def test_light_and_dark_themes_keep_the_answer_line_readable(make_window, qtbot) -> None:
    from tests.ui.conftest import ARTIFACTS
    from tutor.ui.mathview import MathView

    window = make_window(theme="light")
    window.editor.set_text(PROBLEM)
    window.solve()
    wait_solved(qtbot, window)
    window.solution.show_all()
    view = window.solution.answer_view
    qtbot.waitUntil(lambda: view.source_text() == "Answer: $4$" and view.image_count == 1,
                    timeout=10000)
    inked_width: dict[str, int] = {}
    for theme in ("light", "dark", "light"):  # switched live, no restart
        window.theme.apply(theme)
        want_dark = theme == "dark"
        qtbot.waitUntil(lambda want=want_dark: window.theme.dark == want
                        and (window.palette().color(window.palette().ColorRole.Window)
                             .lightness() < 128) == want, timeout=2000)
        views = window.findChildren(MathView)
        qtbot.waitUntil(lambda vs=views: not any(v.drawing for v in vs), timeout=30000)
        assert view.image_count == 1 and view.fallback_count == 0

        def inked() -> bool:  # repainted in the new theme (slow under load)
            line = answer_line_image(window)
            return ink_contrast(line, 0, line.width() // 8)[1] > 10

        qtbot.waitUntil(inked, timeout=10000)
        image = answer_line_image(window)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        image.save(str(ARTIFACTS / f"12_answer_line_{theme}.png"))
        screenshot(window, f"12_window_{theme}")
        text_contrast, ink = ink_contrast(image, 0, image.width() // 8)  # "Answer:" as text
        assert ink > 10 and text_contrast >= 4.5, (theme, text_contrast)
        inked = [x for x in range(image.width()) if ink_contrast(image, x, x + 1)[1]]
        inked_width[theme] = inked[-1] - inked[0]
        # the "4" is an image drawn by mathtext: it must take the new colour too
        maths_contrast, ink = ink_contrast(image, inked[-1] - 6, inked[-1] + 1)
        assert ink > 3 and maths_contrast >= 4.5, (theme, maths_contrast)
    assert abs(inked_width["dark"] - inked_width["light"]) <= 2  # the "4" is there in both


def test_a_typed_problem_resets_heading_status_steps_and_answer(make_window, qtbot) -> None:
    window = make_window()
    pane = window.solution
    window.editor.set_text(PROBLEM, "Sample problem")
    window.solve()
    wait_solved(qtbot, window)
    pane.show_all()
    qtbot.waitUntil(lambda: pane.answer_view.source_text() == "Answer: $4$", timeout=5000)
    assert "Solved in" in pane.status.text()
    assert window.editor.title.text() == "<b>Sample problem</b>"
    assert pane.thinking.stats.text() == ""  # no token figures for the built-in engine

    window.editor.edit.setFocus()
    qtbot.keyClick(window.editor.edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor.edit, " Then double it.")
    assert window.editor.title.text() == "<b>Problem</b>" and window.editor.problem_title is None
    assert pane.session is None and pane.cards == {}
    assert not pane.answer_view.isVisible() and "Solved in" not in pane.status.text()
    assert not pane.next_button.isEnabled() and pane.progress_label.text() == ""

    window.editor.set_text("Solve $3x = 12$.", "Set problem 2")  # switching: a new title
    assert window.editor.title.text() == "<b>Set problem 2</b>"


def test_correct_answer_is_scrolled_into_view(make_window, qtbot) -> None:
    window = make_window()
    window.resize(700, 520)  # a small window: the solution does not fit
    pane = window.solution
    window.editor.set_text("Solve $x^2 - 5x + 6 = 0$.")
    window.solve()
    wait_solved(qtbot, window)
    pane.show_all()
    qtbot.waitUntil(lambda: len(pane.cards) == len(window.solver.session.steps), timeout=5000)
    turn = pane.your_turn
    pane.steps_scroll.verticalScrollBar().setValue(0)
    turn.answer_edit.setText("x = 2 or x = 3")
    turn.check_answer_button.click()
    qtbot.waitUntil(lambda: "Correct" in turn.answer_result.text(), timeout=30000)

    def in_view(widget) -> bool:  # noqa: ANN001
        viewport = pane.steps_scroll.viewport()
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        return viewport.rect().contains(QRect(top_left, widget.size()))

    assert pane.steps_scroll.verticalScrollBar().maximum() > 0  # it had to scroll
    qtbot.waitUntil(lambda: in_view(turn.answer_result), timeout=2000)
    screenshot(window, "13_correct_in_view")
    pane.steps_scroll.verticalScrollBar().setValue(0)
    pane.step_back()
    pane.next_step()  # the last step again: the answer under it comes into view
    qtbot.waitUntil(lambda: in_view(pane.answer_view), timeout=2000)


def test_student_step_in_bare_latex_is_previewed_and_checked(make_window, qtbot) -> None:
    window = make_window()
    window.editor.set_text(r"Compute $7 \cdot 146$.")
    turn = window.solution.your_turn
    qtbot.keyClicks(turn.step_edit, r"7 \cdot 146 = 1022")
    qtbot.waitUntil(lambda: turn.preview.isVisible() and turn.preview.image_count == 1,
                    timeout=10000)
    assert turn.preview.source_text() == r"$7 \cdot 146 = 1022$"
    assert turn.preview.fallback_count == 0  # rendered maths, not raw text
    qtbot.keyClick(turn.step_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(turn.step_edit, r"so 1022 \div 2 = 512")
    qtbot.keyClick(turn.step_edit, Qt.Key.Key_Return)
    assert not turn.preview.isVisible()  # emptied with the field
    qtbot.waitUntil(lambda: all(c.verdict is not None for c in turn.cards), timeout=30000)
    first, second = turn.cards
    assert first.body.source_text() == r"$7 \cdot 146 = 1022$"
    assert first.verdict.verdict is Verdict.VERIFIED, first.verdict
    assert second.body.source_text() == r"so $1022 \div 2 = 512$"
    assert second.verdict.verdict is Verdict.REFUTED, second.verdict
    assert "1022" in second.checks.text()  # what was checked is said
    qtbot.waitUntil(lambda: not any(c.body.drawing for c in turn.cards), timeout=10000)
    screenshot(window, "14_bare_latex")


def test_step_card_says_what_was_checked(qtbot) -> None:
    from tutor.ui.step_card import StepCard
    from tutor.verify.verdict import ClaimResult, StepVerdict

    both = StepVerdict(Verdict.VERIFIED, (ClaimResult("2 \\cdot 4 = 8", Verdict.VERIFIED),
                                          ClaimResult("8 + 9 = 17", Verdict.VERIFIED)))
    partly = StepVerdict(Verdict.UNCHECKED, (ClaimResult("2 \\cdot 4 = 8", Verdict.VERIFIED),
                                             ClaimResult("x = \\sin(y)", Verdict.UNCHECKED)))
    card = StepCard("Step 1", "To solve this, $2 \\cdot 4 = 8$ and $8 + 9 = 17$.", both)
    qtbot.addWidget(card)
    assert card.badge.text() == "✓ verified"
    assert card.checks.isVisibleTo(card) and "2 claims checked" in card.checks.text()
    assert "8 + 9 = 17 ✓" in card.checks.text()
    card.set_verdict(partly)
    assert card.badge.text() == "◐ partly checked"
    assert "1 of 2 claims checked" in card.checks.text() and "?" in card.checks.text()
    assert not card.reason.isVisibleTo(card)
    refuted = StepVerdict(Verdict.REFUTED, (ClaimResult("8 + 9 = 18", Verdict.REFUTED,
                                                        "8 + 9 = 17, not 18"),))
    card.set_verdict(refuted)
    assert card.badge.text() == "✗ refuted" and card.reason.isVisibleTo(card)
    assert "8 + 9 = 17, not 18" in card.reason.text()
    # the right value is the whole message: a student's own step is no "part of the answer"
    assert card.reason.text().endswith("8 + 9 = 17, not 18</span>")


def test_a_refuted_final_answer_is_shown_as_refuted(qtbot) -> None:
    from tutor.problems.session import SolveSession
    from tutor.problems.step import Step
    from tutor.ui.solution_pane import SolutionPane
    from tutor.verify.verdict import ClaimResult, StepVerdict

    ok = StepVerdict(Verdict.VERIFIED, (ClaimResult("6 \\cdot 7 = 42", Verdict.VERIFIED),))
    session = SolveSession(problem="What is six times seven, plus ten?")
    session.add_step(Step(text="$6 \\cdot 7 = 42$", index=0, verdict=ok))
    session.finish("52")
    session.reveal_all()
    session.answer_check = ClaimResult(  # as the cross-check sets it
        "52", Verdict.REFUTED, "the answer 52 disagrees with an independent solution: 42")
    pane = SolutionPane()
    qtbot.addWidget(pane)
    pane.set_session(session)
    assert "Refuted by an independent solution" in pane.answer_view.extra_html
    assert "disagrees with an independent solution: 42" in pane.answer_view.toPlainText()
    assert pane.answer_view.source_text() == "Stated answer: $52$"
    from tutor.ui.export_action import solved_problem_from

    printed = solved_problem_from(session, "Sums", "local")  # the PDF says the same
    assert printed.answer == "52" and printed.answer_check is session.answer_check
    session.answer_check = ClaimResult("52", Verdict.VERIFIED)
    pane.refresh()
    assert "Confirmed by an independent solution" in pane.answer_view.toPlainText()


def test_dividing_by_a_typed_fraction_in_the_real_window(make_window, qtbot) -> None:
    # the engine and the checker read "÷ 3/8" as dividing by the fraction, as a student means
    window = make_window(backend="symbolic")
    window.editor.set_text("compute 1/2 ÷ 3/8")
    window.solve()
    qtbot.waitUntil(lambda: window.solver.session.answer is not None, timeout=30000)
    assert window.solver.session.answer == "\\frac{4}{3}"
    right, wrong = check_own_steps(
        qtbot, window, ("1/2 ÷ 3/8 = 1/2 × 8/3 = 4/3", "so 1/2 ÷ 3/8 = 3/16"))
    assert right.verdict.verdict is Verdict.VERIFIED, right.verdict
    assert wrong.verdict.verdict is Verdict.REFUTED, wrong.verdict
    assert "4/3" in wrong.verdict.reason  # the value in the school reading
    screenshot(window, "45_fraction_division")
