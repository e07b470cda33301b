"""Problem sets in the window: open, choose a problem, check answers, store progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from tutor.problems.bundled import BUNDLED_DIR, bundled_set_paths, load_bundled_set
from tutor.problems.grading import answers_match
from tutor.problems.loaders import ProblemSetError, load_problem_set
from tutor.problems.model import Problem, ProblemSet
from tutor.problems.session import SolveSession
from tutor.reasoning.events import CancelToken
from tutor.storage.progress import ProgressStore
from tutor.verify.verdict import StepVerdict, Verdict

if TYPE_CHECKING:
    from tutor.ui.main_window import MainWindow

FILE_FILTER = "Problem sets (*.json *.jsonl *.md *.markdown);;All files (*)"


class ProblemSetController(QObject):
    def __init__(self, window: MainWindow, progress: ProgressStore) -> None:
        super().__init__(window)
        self.window = window
        self.progress = progress
        self.problem_set: ProblemSet | None = None
        self.problem: Problem | None = None

    # --- opening ----------------------------------------------------------------------
    def bundled_entries(self) -> list[tuple[str, Path]]:
        return [(p.stem.replace("_", " ").capitalize(), p) for p in bundled_set_paths()]

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Open a problem set", str(BUNDLED_DIR), FILE_FILTER
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        try:
            problem_set = load_problem_set(path)
        except ProblemSetError as exc:
            self.window.warn("Cannot open problem set", str(exc))
            return False
        self._show(problem_set, str(Path(path).resolve()))
        return True

    def open_bundled(self, path: Path) -> bool:
        try:
            problem_set = load_bundled_set(path)
        except ProblemSetError as exc:
            self.window.warn("Cannot open problem set", str(exc))
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
            self.window.statusBar().showMessage(f"Last problem set not reopened: {exc}", 10000)

    def _show(self, problem_set: ProblemSet, remembered_as: str) -> None:
        self.problem_set = problem_set
        self.window.problems.show_set(problem_set, self.progress.for_set(problem_set.set_id))
        self.window.settings.last_set = remembered_as
        self.window.show_workspace()
        self.window.statusBar().showMessage(
            f"Opened {problem_set.title}: {len(problem_set)} problems", 5000
        )

    def choose_problem(self, problem: Problem) -> None:
        self.problem = problem
        self.window.editor.set_text(problem.text, problem.title)
        self.window.solution.set_session(None)
        if self.problem_set:
            stored = self.progress.get(self.problem_set.set_id, problem.problem_id)
            self.window.solution.your_turn.answer_edit.setText(stored.answer)

    def _current_problem(self) -> Problem | None:
        """The chosen set problem, unless the student has edited its text since."""
        text = self.window.editor.text().strip()
        return self.problem if self.problem and self.problem.text.strip() == text else None

    def _record(self, status: str, answer: str | None = None) -> None:
        problem = self._current_problem()
        if self.problem_set is None or problem is None:
            return
        self.progress.record(self.problem_set.set_id, problem.problem_id, status, answer)
        self.window.problems.update_progress(self.progress.for_set(self.problem_set.set_id))

    def solving_started(self) -> None:
        self._record("attempted")

    # --- the student's own work ---------------------------------------------------------
    def _session(self) -> SolveSession:
        solution = self.window.solution
        if solution.session is None or solution.session.problem != self.window.editor.text():
            self.window.solution.set_session(SolveSession(problem=self.window.editor.text()))
        assert solution.session is not None
        return solution.session

    def check_student_step(self, text: str) -> None:
        session = self._session()
        context = session.context_for_student()
        step = session.add_student_step(text)
        position = self.window.solution.your_turn.add_pending_step(text)
        problem = session.problem

        def verify(_report: Any, _cancel: CancelToken) -> StepVerdict:
            from tutor.verify.api import check_step  # SymPy: imported off the GUI thread

            return check_step(problem, context, text)

        def done(verdict: StepVerdict) -> None:
            step.verdict = verdict
            self.window.solution.your_turn.set_step_verdict(position, verdict)

        self.window.runner.start(verify, on_result=done, lane="verify",
                                 on_error=lambda exc: self.window.warn("Check failed", str(exc)))

    def check_answer(self, text: str) -> None:
        panel = self.window.solution.your_turn
        problem = self._current_problem()
        session = self.window.solution.session
        gold = problem.answer if problem and problem.answer else None
        if gold is None and session is not None:
            gold = session.presentable_answer
        if gold is None:
            panel.show_answer_result(None, "There is no known answer to check against: "
                                     "solve the problem first, or open it from a set.")
            self._record("attempted", text)
            return
        own_steps = session.student_steps if session else []

        def grade(_report: Any, _cancel: CancelToken) -> bool:
            return answers_match(gold, text)

        def graded(correct: bool) -> None:
            all_verified = bool(own_steps) and all(
                s.verdict is not None and s.verdict.verdict is Verdict.VERIFIED for s in own_steps
            )
            status = ("verified" if all_verified else "solved") if correct else "attempted"
            self._record(status, text)
            message = {
                "verified": "Correct, and every step of yours was verified.",
                "solved": "Correct!",
                "attempted": "Not quite — that answer does not match. Try again.",
            }[status]
            panel.show_answer_result(correct, message)

        self.window.runner.start(grade, on_result=graded,
                                 on_error=lambda exc: panel.show_answer_result(None, str(exc)))


def _find_bundled(set_id: str) -> str:
    stem = set_id.removeprefix("bundled/")
    for path in bundled_set_paths():
        if path.stem == stem:
            return path.name
    raise FileNotFoundError(f"no bundled set named {stem!r}")
