"""The main window's menus, shortcuts and toolbar: every action the window offers.

The actions are kept on the window (`window.solve_action`, `window.stop_button`, ...)
so that the window, the shortcut list (Help > Keyboard shortcuts) and the tests use
the same objects.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QToolBar

from tutor.storage.settings import BACKENDS
from tutor.ui.backends import BACKEND_LABELS
from tutor.ui.shortcuts import window_action

if TYPE_CHECKING:
    from tutor.ui.main_window import MainWindow


def build_chrome(window: MainWindow) -> None:
    """Create the window's actions, menus and toolbar, and keep them on the window."""

    def action(text: str, shortcuts: list[str], slot: Callable[[], object]) -> QAction:
        made = window_action(window, text, shortcuts, slot)
        window.addAction(made)
        return made

    window.solve_action = action("&Solve", ["Ctrl+Return", "Ctrl+Enter"], window.solve)
    window.stop_action = action("S&top", ["Esc"], window.stop)
    window.stop_action.setEnabled(False)
    window.check_solution_action = action(
        "&Check a worked solution…", ["Ctrl+Shift+K"], window.open_check_solution)
    window.open_action = action("&Open problem set…", ["Ctrl+O"],
                                lambda: window.sets.open_dialog(window))
    window.export_action = action("&Export PDF…", ["Ctrl+E"], window.export_pdf)
    window.export_set_action = action("Export problem s&et PDF…", ["Ctrl+Shift+E"],
                                      window.export_set_pdf)
    window.settings_action = action("Se&ttings…", ["F1", "Ctrl+,"], window.open_settings)
    window.models_action = action("&Models…", [], lambda: window.open_settings("models"))
    quit_action = action("&Quit", ["Ctrl+Q"], window.close)
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction(window.open_action)
    bundled = file_menu.addMenu("Bundled problem sets")
    for title, path in window.sets.bundled_entries():
        bundled.addAction(title, partial(window.sets.open_bundled, path))
    file_menu.addActions([window.export_action, window.export_set_action])
    file_menu.addSeparator()
    file_menu.addAction(quit_action)
    solve_menu = window.menuBar().addMenu("&Solve")
    solve_menu.addActions([window.solve_action, window.check_solution_action, window.stop_action])
    tools = window.menuBar().addMenu("&Tools")
    tools.addActions([window.settings_action, window.models_action])
    solve_menu.addSeparator()
    solve_menu.addActions(window.solution.step_actions)
    window.addActions(window.solution.step_actions)
    help_menu = window.menuBar().addMenu("&Help")
    window.shortcuts_action = action("&Keyboard shortcuts", ["Ctrl+/"], window.show_shortcuts)
    help_menu.addAction(window.shortcuts_action)

    toolbar = QToolBar("Main")
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    window.addToolBar(toolbar)
    toolbar.addWidget(QLabel(" Backend: "))
    window.backend_picker = QComboBox()
    for name in BACKENDS:
        window.backend_picker.addItem(BACKEND_LABELS[name], name)
    toolbar.addWidget(window.backend_picker)
    window.solve_button = QPushButton("Solve")
    window.solve_button.setToolTip("Solve (Ctrl+Enter)")
    window.solve_button.clicked.connect(window.solve)
    window.stop_button = QPushButton("Stop")
    window.stop_button.setToolTip("Stop (Esc)")
    window.stop_button.setEnabled(False)
    window.stop_button.clicked.connect(window.stop)
    window.check_button = QPushButton("Check a solution…")
    window.check_button.setToolTip("Paste or open a worked solution to have every step "
                                   "checked (Ctrl+Shift+K)")
    window.check_button.clicked.connect(window.open_check_solution)
    toolbar.addWidget(window.solve_button)
    toolbar.addWidget(window.check_button)
    toolbar.addWidget(window.stop_button)
