"""Ctrl+E: export the current solution to PDF with tutor.export (when it is installed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from tutor.problems.session import SolveSession
from tutor.reasoning.events import CancelToken
from tutor.ui.jobs import JobRunner
from tutor.verify.verdict import Verdict

if TYPE_CHECKING:
    from tutor.ui.main_window import MainWindow


def solved_problem_from(session: SolveSession, title: str | None, backend: str) -> Any:
    from tutor.export.model import ExportStep, SolvedProblem

    steps = tuple(
        ExportStep(
            text=s.text,
            verdict=s.verdict.verdict if s.verdict else Verdict.UNCHECKED,
            reason=s.verdict.reason if s.verdict else "",
            latex=s.latex, plot=s.plot, rule=s.rule,
        )
        for s in session.steps
    )
    declined = None if session.presentable_answer else "No verified final answer."
    return SolvedProblem(problem=session.problem, steps=steps,
                         answer=session.presentable_answer, title=title, backend=backend,
                         declined=declined)


def export_session(window: MainWindow, session: SolveSession | None, runner: JobRunner,
                   path: str | None = None) -> bool:
    if session is None or not session.steps:
        window.statusBar().showMessage("Nothing to export yet: solve a problem first.", 5000)
        return False
    try:
        from tutor.export import export_pdf  # draws in a worker process, under limits
    except ImportError:
        window.statusBar().showMessage("PDF export is not available in this build.", 5000)
        return False
    if path is None:
        path, _ = QFileDialog.getSaveFileName(window, "Export PDF", "solution.pdf", "PDF (*.pdf)")
        if not path:
            return False
    problem = solved_problem_from(session, window.editor.problem_title, window.settings.backend)

    def write(_report: Any, _cancel: CancelToken) -> int:
        return int(export_pdf([problem], path))

    def written(pages: int) -> None:
        window.statusBar().showMessage(f"Exported {pages} page(s) to {path}", 8000)
        window.last_export = path

    runner.start(write, on_result=written,
                 on_error=lambda exc: window.warn("Export failed", str(exc)))
    return True
