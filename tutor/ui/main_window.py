"""The main window: problem editor, backend picker, Solve/Stop, solution, problem sets."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from tutor.storage.progress import ProgressStore
from tutor.storage.settings import BACKENDS, Settings, save_settings
from tutor.ui.editor import ProblemEditor
from tutor.ui.export_action import ExportController
from tutor.ui.jobs import JobRunner
from tutor.ui.problem_list import ProblemListPanel
from tutor.ui.set_wiring import connect_sets
from tutor.ui.sets import ProblemSetController
from tutor.ui.solution_pane import SolutionPane
from tutor.ui.solve_wiring import connect_solver, larger_budget
from tutor.ui.solver import SolveController
from tutor.ui.theme import ThemeManager
from tutor.ui.warm_up import warm_up_backend, warm_up_maths
from tutor.ui.welcome import SAMPLE_PROBLEM, WelcomeView
from tutor.ui.window_chrome import build_chrome

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QComboBox, QPushButton

    from tutor.ui.settings_dialog import SettingsDialog


class MainWindow(QMainWindow):
    export_requested = Signal()
    # made by tutor.ui.window_chrome.build_chrome
    solve_action: QAction
    stop_action: QAction
    check_solution_action: QAction
    open_action: QAction
    export_action: QAction
    export_set_action: QAction
    settings_action: QAction
    models_action: QAction
    shortcuts_action: QAction
    backend_picker: QComboBox
    solve_button: QPushButton
    stop_button: QPushButton
    check_button: QPushButton

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
        self.sets = ProblemSetController(progress, self.runner, parent=self)
        self.exports = ExportController(self.runner, self)
        self.backend_ready = False  # the backend's modules are imported (see warm_up)
        self.last_export: str | None = None
        self.startup_seconds = 0.0  # set by application.run once the window is shown
        self.welcome = WelcomeView()
        self._build_layout()
        build_chrome(self)
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

    def _connect(self) -> None:
        self.backend_picker.currentIndexChanged.connect(self._backend_changed)
        connect_solver(self)
        self.solution.choose_model_requested.connect(lambda: self.open_settings("models"))
        self.solution.check_solution_requested.connect(self.open_check_solution)
        self.solution.regenerate_requested.connect(
            lambda index: self.solver.regenerate_from(index, self.settings)
        )
        connect_sets(self)
        self.welcome.try_sample.connect(self._try_sample)
        self.welcome.open_models.connect(lambda: self.open_settings("models"))
        self.welcome.start_empty.connect(self.show_workspace)
        self.editor.text_changed.connect(self._problem_edited)

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
        warm_up_maths(self.runner, on_loaded=lambda: setattr(self, "warmed_up", True))

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
        """A new problem text (typed or set): the last one's steps, status and answer go."""
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
        self.backend_ready = False
        warm_up_backend(self.runner, self.settings.backend,
                        on_ready=lambda: setattr(self, "backend_ready", True))

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
        self.sets.solving_started(session, self.settings.backend)

    def open_check_solution(self) -> QDialog:
        """Window-modal, without a nested event loop: checking starts when it is accepted."""
        from tutor.ui.worked_dialog import WorkedSolutionDialog

        dialog = WorkedSolutionDialog(self.editor.text().strip(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.check_worked(dialog.solution_text()))
        dialog.open()
        return dialog

    def check_worked(self, output: str) -> None:
        """Split a worked solution into steps and check each, as for a live model."""
        if self.solver.running or not output.strip():
            return
        self.show_workspace()
        from tutor.ui.mathview import prerender

        params = self.solution.hint_label.render_params()
        self.solver.prerender = lambda text: prerender(text, params)
        session = self.solver.check_worked(self.editor.text().strip(), output, self.settings)
        self.solution.set_session(session)

    def stop(self) -> None:
        if self.solver.running:
            self.solver.stop()
            self.statusBar().showMessage("Stopping…", 3000)

    def continue_with_larger_budget(self) -> None:
        """The model stopped inside its thinking: solve again with twice the budget."""
        self.settings = replace(self.settings, token_budget=larger_budget(self))
        self.save_settings()
        self.solve()

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
        self.exports.export_session(self.solution.session, self.editor.problem_title,
                                    self.settings.backend)

    def export_set_pdf(self) -> None:
        self.exports.export_set(self.sets.problem_set, self.sets.solved_records())

    def warn(self, title: str, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        QMessageBox.warning(self, title, message)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.sets.keep()
        self.runner.cancel_all()
        self.solver.checks.close()
        self.settings = replace(
            self.settings,
            window_geometry=bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
            last_problem=self.editor.text(),
        )
        self.save_settings()
        self.runner.wait(5000)
        super().closeEvent(event)
