"""Creates the QApplication and the main window: `run(argv) -> exit code`."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tutor.storage.progress import ProgressStore
from tutor.storage.settings import load_settings
from tutor.ui.main_window import MainWindow
from tutor.ui.theme import ThemeManager


def create_window(app: QApplication) -> MainWindow:
    """The window with settings, progress and theme loaded (shared by run() and tests)."""
    # Workers (SymPy, step splitting) are pure Python: a shorter GIL switch interval
    # than the default 5 ms lets the GUI thread in sooner, keeping it responsive.
    sys.setswitchinterval(0.001)
    settings = load_settings()
    theme = ThemeManager(app)
    theme.apply(settings.theme)
    progress = ProgressStore()
    if progress.problem:  # also in the status bar, with the settings' own messages
        settings.load_problems.append(progress.problem)
    window = MainWindow(settings, progress, theme)
    app.aboutToQuit.connect(window.sets.progress.close)
    if progress.problem:
        _notify(window, progress.problem)
    return window


def _notify(window: MainWindow, message: str) -> None:
    """A non-blocking warning once the window is up: the app keeps working meanwhile."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Proof Tutor: progress", message,
                      QMessageBox.StandardButton.Ok, window)
    box.setWindowModality(Qt.WindowModality.NonModal)
    QTimer.singleShot(0, box.show)


def run(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setApplicationName("Proof Tutor")
    app.setOrganizationName("proof-tutor")
    app.setApplicationDisplayName("Proof Tutor")
    window = create_window(app)
    window.show()
    window.startup_seconds = time.perf_counter() - started
    return int(app.exec())
