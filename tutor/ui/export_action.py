"""Export to PDF from the app: the problem on screen, or a whole set with its solved problems.

`ExportController` gets only what it needs (the job runner, a parent widget for its
dialogs, an opener for "Open" / "Show in folder" and the question where to save, both
injectable so tests open nothing and answer without a file dialog) and reports
through signals. The PDF is drawn by tutor.export's bounded
export in a worker process; the job runner keeps the GUI thread free, a progress
dialog counts pages, and Cancel stops the export between pages (the worker is
replaced and no partial file is left). The suggested file name comes from the set
or problem title, made safe for every file system.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from tutor.problems.model import ProblemSet
from tutor.problems.session import SolveSession
from tutor.problems.step import THINKING
from tutor.reasoning.events import CancelToken
from tutor.storage.history import SolveRecord
from tutor.ui.export_dialog import ExportDone, ExportProgress
from tutor.ui.jobs import Job, JobRunner
from tutor.verify.verdict import Verdict

MAX_NAME_CHARS = 80  # of the suggested file name, before ".pdf"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*$`{}\[\]^~#%&=+;,!\']+')
# Names Windows reserves for devices, whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}

Opener = Callable[[QUrl], Any]
PathAsker = Callable[[str], "str | None"]  # suggested file name -> chosen path, None: cancel


class ExportCancelled(Exception):
    """The student pressed Cancel; no file was written."""


def safe_file_name(title: str | None, default: str = "solution") -> str:
    """A PDF file name from a title: letters, digits, spaces, '-', '_' and '.' only."""
    text = unicodedata.normalize("NFKC", title or "")
    text = re.sub(r"\$+|\\[a-zA-Z]+", " ", text)  # maths markup says nothing in a name
    text = _UNSAFE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" .-_")[:MAX_NAME_CHARS].rstrip(" .-_")
    if not text or text.lower().split(".")[0] in _RESERVED:
        text = default
    return f"{text}.pdf"


def solved_problem_from(session: SolveSession, title: str | None, backend: str) -> Any:
    from tutor.export.model import SolvedProblem

    steps = tuple(s for s in session.steps if s.part != THINKING)
    declined = None if session.presentable_answer else "No verified final answer."
    check = session.answer_check  # a refuted answer is printed, as refuted
    refuted = check is not None and check.verdict is Verdict.REFUTED
    return SolvedProblem(problem=session.problem, steps=steps,
                         answer=session.answer if refuted else session.presentable_answer,
                         title=title, backend=backend, declined=declined, answer_check=check)


def set_problems(problem_set: ProblemSet, records: dict[str, SolveRecord]) -> list[Any]:
    """The set's problems that have a kept solve with steps, in the set's order."""
    chosen = []
    for problem in problem_set.problems:
        record = records.get(problem.problem_id)
        if record is None:
            continue
        session = record.session()
        if session.steps:
            chosen.append(solved_problem_from(session, problem.title or problem.label,
                                              record.backend))
    return chosen


class ExportController(QObject):
    exported = Signal(str, int)  # path, pages
    message = Signal(str, int)  # for the status bar, and for how many ms
    failed = Signal(str, str)  # title, message

    def __init__(self, runner: JobRunner, parent_widget: QWidget,
                 opener: Opener = QDesktopServices.openUrl) -> None:
        super().__init__(parent_widget)
        self.runner = runner
        self.parent_widget = parent_widget
        self.opener = opener
        self.ask_path: PathAsker = self._ask_path_dialog
        self.folder: Path | None = None  # where the last export went: the next starts there
        self.job: Job | None = None
        self.progress: ExportProgress | None = None
        self.done: ExportDone | None = None

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def export_session(self, session: SolveSession | None, title: str | None, backend: str,
                       path: str | Path | None = None) -> bool:
        if session is None or not session.steps:
            self.message.emit("Nothing to export yet: solve a problem first.", 5000)
            return False
        problem = solved_problem_from(session, title, backend)
        return self._export([problem], title, path, pdf_title=None)

    def export_set(self, problem_set: ProblemSet | None, records: dict[str, SolveRecord],
                   path: str | Path | None = None) -> bool:
        if problem_set is None:
            self.message.emit("Open a problem set first (File ▸ Open problem set…).", 5000)
            return False
        problems = set_problems(problem_set, records)
        if not problems:
            self.message.emit(f"Nothing to export yet: no problem of {problem_set.title} "
                              "has been solved.", 5000)
            return False
        return self._export(problems, problem_set.title, path, pdf_title=problem_set.title)

    def _export(self, problems: Sequence[Any], title: str | None, path: str | Path | None,
                pdf_title: str | None) -> bool:
        """`title` names the file; `pdf_title` heads the PDF (None: the problem's own)."""
        if self.running:
            self.message.emit("An export is already running.", 5000)
            return False
        if path is None:
            path = self.ask_path(safe_file_name(title))
            if path is None:
                return False
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.folder = target.parent
        total = len(problems)

        def write(report: Callable[[Any], None], cancel: CancelToken) -> int:
            from tutor.export import export_pdf  # draws in a worker process, under limits

            def pages_done(done: int, of: int) -> None:
                if cancel.cancelled:
                    raise ExportCancelled("export cancelled; no file was written")
                report((done, of))

            return int(export_pdf(problems, target, title=pdf_title, progress=pages_done))

        self.progress = ExportProgress(self.parent_widget, target.name, total)
        self.job = self.runner.start(
            write,
            on_progress=self._show_progress,
            on_result=lambda pages: self._written(target, pages),
            on_error=self._failed,
            on_finished=self._ended,
        )
        self.progress.canceled.connect(self.cancel)
        return True

    def _ask_path_dialog(self, name: str) -> str | None:
        start = self.folder or Path.home()
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, "Export PDF",
                                              str(start / name), "PDF (*.pdf)")
        return path or None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _ended(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _show_progress(self, items: list[Any]) -> None:
        if self.progress is not None and items:
            self.progress.show_pages(*items[-1])

    def _written(self, path: Path, pages: int) -> None:
        self.message.emit(f"Exported {pages} page(s) to {path}", 8000)
        self.exported.emit(str(path), pages)
        self.done = ExportDone(self.parent_widget, path, pages, self.opener)
        self.done.open()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ExportCancelled):
            self.message.emit(str(exc).capitalize(), 5000)
            return
        self.failed.emit("Export failed", _in_words(exc))


def _in_words(exc: BaseException) -> str:
    """What went wrong, for a student: the file problem named, no error numbers."""
    if isinstance(exc, PermissionError):
        return f"The PDF could not be saved: no permission to write {exc.filename or 'there'}."
    if isinstance(exc, FileNotFoundError):
        return f"The PDF could not be saved: the folder {exc.filename or ''} does not exist."
    if isinstance(exc, OSError):
        return f"The PDF could not be saved: {exc.strerror or exc}."
    return str(exc) or type(exc).__name__
