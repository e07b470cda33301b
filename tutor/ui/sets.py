"""Problem sets: open, choose a problem, check the student's work, keep progress and history.

The controller holds no widget. It gets what it needs as arguments (the problem text
and the session on screen) and says what happened through signals, which the main
window connects to its widgets. Every solve is kept in the progress database
(tutor.storage.history) as the student leaves it: when a solve ends, when the student's
step or answer is checked, when another problem is chosen, and when the app closes.
Choosing a set problem again brings its latest solve back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from tutor.problems.bundled import BUNDLED_DIR, bundled_set_paths, load_bundled_set
from tutor.problems.grading import grade_answer
from tutor.problems.loaders import ProblemSetError, load_problem_set
from tutor.problems.model import Problem, ProblemSet, problem_id_for
from tutor.problems.session import SolveSession
from tutor.reasoning.events import CancelToken
from tutor.storage.history import SolveRecord
from tutor.storage.progress import ProgressStore
from tutor.ui.jobs import JobRunner
from tutor.verify.verdict import StepVerdict, Verdict

FILE_FILTER = "Problem sets (*.json *.jsonl *.md *.markdown);;All files (*)"
TYPED = ""  # the set id under which a problem typed in (not from a set) is kept
NO_BACKEND = "none"  # a session of the student's own steps, with no solve


@dataclass
class _Kept:
    """The session being kept in the history, and where."""

    session: SolveSession
    set_id: str
    problem_id: str
    title: str | None
    backend: str
    solve_id: int | None = None


class ProblemSetController(QObject):
    set_opened = Signal(object, object, str)  # ProblemSet, {problem_id: progress}, remembered as
    progress_changed = Signal(object)  # {problem_id: ProblemProgress} of the open set
    # The chosen problem, its latest kept solve (a SolveSession) or None, its ProblemProgress.
    problem_opened = Signal(object, object, object)
    session_started = Signal(object)  # a new SolveSession for the student's own steps
    student_verdict = Signal(int, object)  # position of the student's step, StepVerdict
    answer_checked = Signal(object, str)  # True/False/None (not known), message
    message = Signal(str, int)  # for the status bar, and for how many ms
    failed = Signal(str, str)  # title, message: something the student must read

    def __init__(self, progress: ProgressStore, runner: JobRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self.runner = runner
        self.problem_set: ProblemSet | None = None
        self.problem: Problem | None = None
        # Every session this run may still change (a solve still running, a student step
        # still being checked), by id(session); `_current` is the one on screen.
        self._kept: dict[int, _Kept] = {}
        self._current: _Kept | None = None

    # --- opening ----------------------------------------------------------------------
    def bundled_entries(self) -> list[tuple[str, Path]]:
        return [(p.stem.replace("_", " ").capitalize(), p) for p in bundled_set_paths()]

    def open_dialog(self, parent: QWidget | None = None) -> None:
        path, _ = QFileDialog.getOpenFileName(
            parent, "Open a problem set", str(BUNDLED_DIR), FILE_FILTER
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        try:
            problem_set = load_problem_set(path)
        except ProblemSetError as exc:
            self.failed.emit("Cannot open problem set", str(exc))
            return False
        self._show(problem_set, str(Path(path).resolve()))
        return True

    def open_bundled(self, path: Path) -> bool:
        try:
            problem_set = load_bundled_set(path)
        except ProblemSetError as exc:
            self.failed.emit("Cannot open problem set", str(exc))
            return False
        self._show(problem_set, problem_set.set_id)
        return True

    def reopen(self, last_set: str) -> None:
        """Reopen the set of the last session; a vanished file is a status message only."""
        try:
            if last_set.startswith("bundled/"):
                self._show(load_bundled_set(BUNDLED_DIR / _find_bundled(last_set)), last_set)
            else:
                self._show(load_problem_set(last_set), last_set)
        except (ProblemSetError, FileNotFoundError) as exc:
            self.message.emit(f"Last problem set not reopened: {exc}", 10000)

    def _show(self, problem_set: ProblemSet, remembered_as: str) -> None:
        self.keep()
        self.problem_set = problem_set
        self.problem = None
        self.set_opened.emit(problem_set, self.progress.for_set(problem_set.set_id),
                             remembered_as)
        self.message.emit(f"Opened {problem_set.title}: {len(problem_set)} problems", 5000)

    def choose_problem(self, problem: Problem) -> None:
        """Show a set problem as it was left: its latest solve, the answer and its status."""
        self.keep()
        self.problem = problem
        self._current = None
        set_id = self.problem_set.set_id if self.problem_set else TYPED
        # A solve of it still running (or a step still being checked) is shown live;
        # otherwise its latest kept solve is read back.
        live = [k for k in self._kept.values() if (k.set_id, k.problem_id) == (
            set_id, problem.problem_id)]
        record = None if live else self.progress.last_solve(set_id, problem.problem_id)
        if live:
            self._current = live[-1]
        elif record is not None:
            self._current = self._kept[id(record.session())] = _Kept(
                record.session(), set_id, problem.problem_id, record.title, record.backend,
                record.solve_id)
        session = self._current.session if self._current else None
        self.problem_opened.emit(problem, session, self.progress.get(set_id, problem.problem_id))

    def solved_records(self) -> dict[str, SolveRecord]:
        """The open set's latest kept solve of each problem (for exporting the set)."""
        self.keep()
        if self.problem_set is None:
            return {}
        return self.progress.solves_for_set(self.problem_set.set_id)

    def _current_problem(self, problem_text: str) -> Problem | None:
        """The chosen set problem, unless the student has edited its text since."""
        text = problem_text.strip()
        return self.problem if self.problem and self.problem.text.strip() == text else None

    def _record(self, problem_text: str, status: str, answer: str | None = None) -> None:
        problem = self._current_problem(problem_text)
        if self.problem_set is None or problem is None:
            return
        self.progress.record(self.problem_set.set_id, problem.problem_id, status, answer)
        self.progress_changed.emit(self.progress.for_set(self.problem_set.set_id))

    # --- history --------------------------------------------------------------------------
    def solving_started(self, session: SolveSession, backend: str) -> None:
        """A new solve of the problem on screen: recorded as attempted and kept."""
        self._record(session.problem, "attempted")
        self.keep()
        self._current = self._track(session, backend)

    def _track(self, session: SolveSession, backend: str) -> _Kept:
        """The entry of `session`, made (keyed by the problem on screen) if it is new."""
        kept = self._kept.get(id(session))
        if kept is not None and kept.session is session:
            return kept
        problem = self._current_problem(session.problem)
        if problem is not None and self.problem_set is not None:
            where = (self.problem_set.set_id, problem.problem_id, problem.title)
        else:
            where = (TYPED, problem_id_for(session.problem), None)
        kept = self._kept[id(session)] = _Kept(session, *where, backend=backend)
        return kept

    def keep(self, session: SolveSession | None = None, backend: str = NO_BACKEND) -> None:
        """Save a session as it is now (cheap; one small transaction): `session`, or the
        one on screen and any solve still running. A `session` not kept yet (a worked
        solution checked, say) is kept from now on, under the problem on screen."""
        if session is not None:
            self._save(self._track(session, backend))
        else:
            for kept in list(self._kept.values()):
                if kept is self._current or _busy(kept):
                    self._save(kept)
        for key, kept in list(self._kept.items()):  # what cannot change again
            if kept is not self._current and not _busy(kept):
                del self._kept[key]

    def _save(self, kept: _Kept) -> None:
        if not kept.session.steps and not kept.session.student_steps:
            return
        try:
            kept.solve_id = self.progress.save_solve(
                kept.session, set_id=kept.set_id, problem_id=kept.problem_id,
                backend=kept.backend, title=kept.title, solve_id=kept.solve_id,
            )
        except Exception as exc:  # noqa: BLE001 - a full disk must not lose the screen
            self.message.emit(f"Your work could not be saved: {exc}", 10000)

    # --- the student's own work ---------------------------------------------------------
    def _session(self, problem_text: str, session: SolveSession | None) -> SolveSession:
        if session is None or session.problem.strip() != problem_text.strip():
            session = SolveSession(problem=problem_text)
            self.keep()
            self.session_started.emit(session)
        self._current = self._track(session, NO_BACKEND)
        return session

    def check_student_step(self, text: str, problem_text: str,
                           session: SolveSession | None) -> int:
        """Check the student's step; returns its position (its verdict comes by signal)."""
        session = self._session(problem_text, session)
        context = session.context_for_student()
        step = session.add_student_step(text)
        position = len(session.student_steps) - 1
        problem = session.problem

        def verify(_report: Any, _cancel: CancelToken) -> StepVerdict:
            from tutor.verify.api import check_step  # SymPy: imported off the GUI thread

            return check_step(problem, context, text)

        def done(verdict: StepVerdict) -> None:
            step.verdict = verdict
            self.student_verdict.emit(position, verdict)
            self.keep(session)

        self.runner.start(verify, on_result=done, lane="verify",
                          on_error=lambda exc: self.failed.emit("Check failed", str(exc)))
        return position

    def check_answer(self, text: str, problem_text: str, session: SolveSession | None) -> None:
        problem = self._current_problem(problem_text)
        gold = problem.answer if problem and problem.answer else None
        if gold is None and session is not None:
            gold = session.presentable_answer
        if gold is None:
            self.answer_checked.emit(None, "There is no known answer to check against: "
                                     "solve the problem first, or open it from a set.")
            self._record(problem_text, "attempted", text)
            return
        own_steps = list(session.student_steps) if session else []

        def grade(_report: Any, _cancel: CancelToken) -> str:
            return grade_answer(gold, text)

        def graded(grade: str) -> None:
            correct = grade == "right"
            all_verified = bool(own_steps) and all(
                s.verdict is not None and s.verdict.verdict is Verdict.VERIFIED for s in own_steps
            )
            status = ("verified" if all_verified else "solved") if correct else "attempted"
            self._record(problem_text, status, text)
            self.keep()
            if grade in _NEITHER:  # neither green nor red
                self.answer_checked.emit(None, _NEITHER[grade])
                return
            message = {
                "verified": "Correct, and every step of yours was verified.",
                "solved": "Correct!",
                "attempted": "Not quite — that answer does not match. Try again.",
            }[status]
            self.answer_checked.emit(correct, message)

        self.runner.start(grade, on_result=graded,
                          on_error=lambda exc: self.answer_checked.emit(None, str(exc)))


_NEITHER = {
    "approximate": ("Approximately right: your decimal rounds the exact answer at the places "
                    "you wrote. Can you give the exact value?"),
    "unknown": ("I can't tell whether that matches: I could not read it as a value to compare. "
                "Write just the answer, as a number, fraction (3/4) or expression (2√3)."),
}


def _busy(kept: _Kept) -> bool:
    """The session may still change: a solve still running, or a step being checked."""
    running = kept.backend != NO_BACKEND and not kept.session.finished
    return running or any(s.verdict is None for s in kept.session.student_steps)


def _find_bundled(set_id: str) -> str:
    stem = set_id.removeprefix("bundled/")
    for path in bundled_set_paths():
        if path.stem == stem:
            return path.name
    raise FileNotFoundError(f"no bundled set named {stem!r}")
