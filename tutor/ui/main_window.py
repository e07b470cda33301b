"""The main window: problem editor, backend picker, Solve/Stop, solution, problem sets."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from tutor.storage.progress import ProgressStore
from tutor.storage.settings import BACKENDS, Settings, save_settings
from tutor.ui.backends import BACKEND_LABELS
from tutor.ui.editor import ProblemEditor
from tutor.ui.jobs import JobRunner
from tutor.ui.problem_list import ProblemListPanel
from tutor.ui.sets import ProblemSetController
from tutor.ui.shortcuts import window_action
from tutor.ui.solution_pane import SolutionPane
from tutor.ui.solver import SolveController
from tutor.ui.theme import ThemeManager
from tutor.ui.welcome import SAMPLE_PROBLEM, WelcomeView

if TYPE_CHECKING:
    from tutor.ui.settings_dialog import SettingsDialog


class MainWindow(QMainWindow):
    export_requested = Signal()

    def __init__(self, settings: Settings, progress: ProgressStore,
                 theme: ThemeManager | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Proof Tutor")
        self.settings = settings
        self.theme = theme
        self.runner = JobRunner(self)
        self.warmed_up = False  # matplotlib and the checker are loaded (see _warm_up_maths)
        self._warm_up_maths()  # before any MathView exists: none may import matplotlib here
        self.solver = SolveController(self.runner, parent=self)
        self.editor = ProblemEditor()
        self.solution = SolutionPane(self.runner)
        self.problems = ProblemListPanel()
        self.sets = ProblemSetController(self, progress)
        self.backend_ready = False  # the backend's modules are imported (see warm_up)
        self.last_export: str | None = None
        self.startup_seconds = 0.0  # set by application.run once the window is shown
        self.welcome = WelcomeView()
        self._build_layout()
        self._build_actions()
        self._connect()
        self.statusBar().showMessage("Ready")
        self._restore()

    # --- construction ---------------------------------------------------------------
    def _build_layout(self) -> None:
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.editor)
        right.addWidget(self.solution)
        right.setSizes([150, 600])
        workspace = QSplitter()
        workspace.addWidget(self.problems)
        workspace.addWidget(right)
        workspace.setSizes([260, 740])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(workspace)
        self.workspace = workspace
        self.setCentralWidget(self.stack)
        self.resize(1100, 780)

    def _action(self, text: str, shortcuts: list[str], slot: Callable[[], object]) -> QAction:
        action = window_action(self, text, shortcuts, slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.solve_action = self._action("&Solve", ["Ctrl+Return", "Ctrl+Enter"], self.solve)
        self.stop_action = self._action("S&top", ["Esc"], self.stop)
        self.stop_action.setEnabled(False)
        self.open_action = self._action("&Open problem set…", ["Ctrl+O"], self.sets.open_dialog)
        self.export_action = self._action("&Export PDF…", ["Ctrl+E"], self.export_pdf)
        self.settings_action = self._action("Se&ttings…", ["F1", "Ctrl+,"], self.open_settings)
        self.models_action = self._action("&Models…", [], lambda: self.open_settings("models"))
        quit_action = self._action("&Quit", ["Ctrl+Q"], self.close)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.open_action)
        bundled = file_menu.addMenu("Bundled problem sets")
        for title, path in self.sets.bundled_entries():
            bundled.addAction(title, partial(self.sets.open_bundled, path))
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        solve_menu = self.menuBar().addMenu("&Solve")
        solve_menu.addActions([self.solve_action, self.stop_action])
        tools = self.menuBar().addMenu("&Tools")
        tools.addActions([self.settings_action, self.models_action])
        solve_menu.addSeparator()
        solve_menu.addActions(self.solution.step_actions)
        self.addActions(self.solution.step_actions)
        help_menu = self.menuBar().addMenu("&Help")
        self.shortcuts_action = self._action("&Keyboard shortcuts", ["Ctrl+/"],
                                             self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        toolbar.addWidget(QLabel(" Backend: "))
        self.backend_picker = QComboBox()
        for name in BACKENDS:
            self.backend_picker.addItem(BACKEND_LABELS[name], name)
        toolbar.addWidget(self.backend_picker)
        self.solve_button = QPushButton("Solve")
        self.solve_button.setToolTip("Solve (Ctrl+Enter)")
        self.solve_button.clicked.connect(self.solve)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setToolTip("Stop (Esc)")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        toolbar.addWidget(self.solve_button)
        toolbar.addWidget(self.stop_button)

    def _connect(self) -> None:
        self.backend_picker.currentIndexChanged.connect(self._backend_changed)
        self.solver.started.connect(lambda: self._set_running(True))
        self.solver.finished.connect(self._solve_finished)
        self.solver.step_added.connect(lambda _i: self.solution.refresh())
        self.solver.verdict_ready.connect(lambda _i: self.solution.refresh())
        self.solver.thinking.connect(self.solution.thinking.append)
        # The raw visible text streams into the same panel: models without <think> tags
        # would otherwise show nothing until their first complete step.
        self.solver.text.connect(self.solution.thinking.append)
        self.solver.stats.connect(self.solution.thinking.set_stats)
        self.solution.thinking.stop_requested.connect(self.stop)
        self.solution.regenerate_requested.connect(
            lambda index: self.solver.regenerate_from(index, self.settings)
        )
        self.solution.your_turn.step_submitted.connect(self.sets.check_student_step)
        self.solution.your_turn.answer_submitted.connect(self.sets.check_answer)
        self.problems.problem_chosen.connect(self.sets.choose_problem)
        self.welcome.try_sample.connect(self._try_sample)
        self.welcome.open_models.connect(lambda: self.open_settings("models"))
        self.welcome.start_empty.connect(self.show_workspace)
        self.editor.edited.connect(self._problem_edited)

    # --- state ----------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.settings
        self.backend_picker.setCurrentIndex(BACKENDS.index(s.backend))
        self.warm_up_backend()
        if s.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.window_geometry.encode("ascii")))
        if s.last_set:
            self.sets.reopen(s.last_set)
        if s.last_problem:
            self.editor.set_text(s.last_problem)
        self.stack.setCurrentIndex(1 if s.welcomed else 0)
        for problem in s.load_problems:
            self.statusBar().showMessage(problem, 10000)

    def _warm_up_maths(self) -> None:
        """Start the maths render process in a worker; views show source text until then."""
        from tutor.ui import mathview
        from tutor.ui.mathrender import load_renderer

        def load(report: Callable[[object], None], _cancel: object) -> None:
            load_renderer()  # a worker process that draws formulas (it loads matplotlib)
            report("maths")  # views render now; no need to wait for the checker
            # Then what this process needs later: matplotlib and numpy for plots
            # (tutor.ui.plot_view draws here) and the checker (SymPy). Native extensions
            # hold the GIL while they load, which would stall the GUI during a first solve.
            importlib.import_module("matplotlib.figure")
            importlib.import_module("tutor.verify.api")

        def loaded() -> None:
            mathview.renderer_ready()  # also when the progress report was not delivered
            self.warmed_up = True

        mathview.begin_warm_up()
        self.runner.start(load, on_progress=lambda _items: mathview.renderer_ready(),
                          on_finished=loaded)

    def show_workspace(self) -> None:
        self.stack.setCurrentIndex(1)
        if not self.settings.welcomed:
            self.settings.welcomed = True
            self.save_settings()

    def show_shortcuts(self) -> QDialog:
        from tutor.ui.help_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _problem_edited(self) -> None:
        """A typed problem is a new problem: the last one's steps, status and answer go."""
        shown = self.solution.session
        if (shown is not None and not self.solver.running
                and shown.problem.strip() != self.editor.text().strip()):
            self.solution.set_session(None)

    def _try_sample(self) -> None:
        self.show_workspace()
        self.backend_picker.setCurrentIndex(BACKENDS.index("symbolic"))
        self.editor.set_text(SAMPLE_PROBLEM, "Sample problem")
        self.solve()

    def save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.statusBar().showMessage(f"Settings could not be saved: {exc}", 10000)

    def _backend_changed(self) -> None:
        self.settings.backend = self.backend_picker.currentData()
        self.warm_up_backend()

    def warm_up_backend(self) -> None:
        """Load the backend's heavy modules off the GUI thread while the user types."""
        from tutor.ui.backends import warm_up

        name = self.settings.backend
        self.backend_ready = False
        self.runner.start(lambda _report, _cancel: warm_up(name),
                          on_finished=lambda: setattr(self, "backend_ready", True))

    def _set_running(self, running: bool) -> None:
        self.solve_button.setEnabled(not running)
        self.solve_action.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.stop_action.setEnabled(running)
        self.solution.thinking.set_running(running)
        if running:
            self.solution.status.setText("Solving…")

    # --- solving --------------------------------------------------------------------
    def solve(self) -> None:
        from tutor.ui.mathview import prerender

        params = self.solution.hint_label.render_params()  # read on the GUI thread
        self.solver.prerender = lambda text: prerender(text, params)
        problem = self.editor.text().strip()
        if not problem:
            self.statusBar().showMessage("Type a problem first.", 5000)
            return
        if self.solver.running:
            return
        self.show_workspace()
        session = self.solver.solve(problem, self.settings)
        self.solution.set_session(session)
        self.sets.solving_started()

    def stop(self) -> None:
        if self.solver.running:
            self.solver.stop()
            self.statusBar().showMessage("Stopping…", 3000)

    def _solve_finished(self) -> None:
        self._set_running(False)
        session = self.solver.session
        if session is None:
            return
        if session.error:
            text = f"Error: {session.error}"
        elif session.cancelled:
            text = f"Stopped after {len(session.steps)} step(s)."
        else:
            text = f"Solved in {len(session.steps)} step(s). Reveal them one at a time."
            if session.note:
                text += f" {session.note}"
        self.solution.status.setText(text)
        self.solution.refresh()

    # --- dialogs --------------------------------------------------------------------
    def open_settings(self, page: str = "settings") -> SettingsDialog:
        """Window-modal, without a nested event loop: the result arrives via `accepted`."""
        from tutor.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.runner, self, page=page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.backend_picker.setCurrentIndex(BACKENDS.index(settings.backend))
        if self.theme:
            self.theme.apply(settings.theme)
        self.save_settings()

    def export_pdf(self) -> None:
        self.export_requested.emit()
        from tutor.ui.export_action import export_session

        export_session(self, self.solver.session, self.runner)

    def warn(self, title: str, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        QMessageBox.warning(self, title, message)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.runner.cancel_all()
        self.settings = replace(
            self.settings,
            window_geometry=bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            last_problem=self.editor.text(),
        )
        self.save_settings()
        self.runner.wait(5000)
        super().closeEvent(event)
