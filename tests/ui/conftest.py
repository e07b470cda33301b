"""UI fixtures: a throwaway profile (PROOF_TUTOR_HOME), the real main window, screenshots."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tutor.storage.settings import load_settings, save_settings
from tutor.ui.application import create_window
from tutor.ui.main_window import MainWindow

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def make_window(home: Path, qtbot) -> Iterator[Callable[..., MainWindow]]:  # noqa: ANN001
    """Build a window on the test profile; `welcomed=True` skips the first-run view."""
    windows: list[MainWindow] = []

    def make(*, welcomed: bool = True, **overrides: object) -> MainWindow:
        settings = replace(load_settings(), welcomed=welcomed, **overrides)  # keeps last run's
        save_settings(settings)
        window = create_window(QApplication.instance())  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # window shortcuts need it
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.runner.cancel_all()
        window.runner.wait(10000)
        window.solver.checks.wait(10)
        window.sets.progress.close()


def screenshot(widget: QWidget, name: str) -> Path:
    """Save what the widget shows into tests/artifacts/ (gitignored) for a human to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for _ in range(5):  # layout requests are posted events: let them all run
        QApplication.processEvents()
    path = ARTIFACTS / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path


def wait_solved(qtbot, window: MainWindow, timeout_ms: int = 60000) -> None:  # noqa: ANN001
    """Until the stream has ended and every step has its verdict."""
    qtbot.waitUntil(
        lambda: not window.solver.running
        and window.solver.session is not None
        and window.solver.session.finished
        and not window.solver.session.checking,
        timeout=timeout_ms,
    )
    for _ in range(5):  # let queued layout requests settle before screenshots
        QApplication.processEvents()
        time.sleep(0.01)


def solved_in_window(qtbot, window: MainWindow, problem: str) -> str | None:  # noqa: ANN001
    """Type the problem into the editor, press Solve and wait for the session's answer."""
    window.editor.set_text(problem)
    window.solve()
    qtbot.waitUntil(lambda: window.solver.session.answer is not None, timeout=60000)
    return window.solver.session.answer


def check_own_steps(qtbot, window: MainWindow, steps: tuple[str, ...]) -> list:  # noqa: ANN001
    """Type each step into "Your turn" with Return, as a student does, and wait until every
    card has its verdict and its maths drawn; the cards, in order. A step with a sign
    outside Latin-1 ("∛") is pasted, as a student enters a sign the keyboard lacks: QTest
    types Latin-1 only (anything else aborts its key mapping)."""
    turn = window.solution.your_turn
    for typed in steps:
        if all(ord(c) < 256 for c in typed):
            qtbot.keyClicks(turn.step_edit, typed)
        else:
            turn.step_edit.insert(typed)
        qtbot.keyClick(turn.step_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(turn.cards) == len(steps) and all(
        c.verdict is not None for c in turn.cards), timeout=30000)
    qtbot.waitUntil(lambda: not any(c.body.drawing for c in turn.cards), timeout=10000)
    return list(turn.cards)


@pytest.fixture
def warm_solver() -> None:
    """The solver warm before Solve, as the app warms it at launch: a cold worker under load
    spends seconds starting (tests of typed problems use it; run alone, first in their
    process)."""
    from tutor.reasoning.symbolic import runner

    runner.warm_up()


@pytest.fixture(autouse=True)
def light_palette_after_each_test(qapp) -> Iterator[None]:  # noqa: ANN001
    """A test that switches to dark must not change the next test's screenshots."""
    yield
    from tutor.ui.theme import make_palette

    qapp.setPalette(make_palette(dark=False))


def start_first_download(qtbot):  # noqa: ANN001, ANN201
    """The real Settings dialog on its Models page, the first catalogue model's download
    started; returns (dialog, runner, page) (HF_ENDPOINT says where the download goes)."""
    from tutor.storage.settings import Settings
    from tutor.ui.jobs import JobRunner
    from tutor.ui.settings_dialog import SettingsDialog

    runner = JobRunner()
    dialog = SettingsDialog(Settings(), runner, page="models")
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.models
    page.list.setCurrentRow(0)
    assert page.download_button.isEnabled()
    page.download_button.click()
    return dialog, runner, page
