"""How the main window, the problem-set controller and the export talk: signals only.

The set controller and the export hold no widget; this wiring connects their signals
to the window's panes, and shows a set problem as the student left it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.verify.verdict import StepVerdict, Verdict

if TYPE_CHECKING:
    from tutor.problems.model import Problem, ProblemSet
    from tutor.problems.session import SolveSession
    from tutor.storage.progress import ProblemProgress
    from tutor.ui.main_window import MainWindow


def connect_sets(window: MainWindow) -> None:
    """Connect the set controller and the export to the window's panes."""
    sets, turn = window.sets, window.solution.your_turn
    turn.step_submitted.connect(lambda text: check_student_step(window, text))
    turn.answer_submitted.connect(
        lambda text: sets.check_answer(text, window.editor.text(), window.solution.session))
    window.problems.problem_chosen.connect(sets.choose_problem)
    sets.set_opened.connect(lambda problem_set, progress, remembered_as: show_opened_set(
        window, problem_set, progress, remembered_as))
    sets.progress_changed.connect(window.problems.update_progress)
    sets.problem_opened.connect(lambda problem, session, progress: show_as_left(
        window, problem, session, progress))
    sets.session_started.connect(window.solution.set_session)
    sets.student_verdict.connect(turn.set_step_verdict)
    sets.answer_checked.connect(turn.show_answer_result)
    for source in (sets, window.exports):
        source.message.connect(window.statusBar().showMessage)
        source.failed.connect(window.warn)
    window.exports.exported.connect(
        lambda path, _pages: setattr(window, "last_export", path))



def check_student_step(window: MainWindow, text: str) -> None:
    """The student's own step: checked in the session on screen (or a new one)."""
    # First the controller: it may start a new session, which clears the panel.
    window.sets.check_student_step(text, window.editor.text(), window.solution.session)
    window.solution.your_turn.add_pending_step(text)


def show_opened_set(window: MainWindow, problem_set: ProblemSet, progress: dict,
                    remembered_as: str) -> None:
    """A set was opened: list its problems, remember it, show the workspace."""
    window.problems.show_set(problem_set, progress)
    window.settings.last_set = remembered_as
    window.show_workspace()

def show_as_left(window: MainWindow, problem: Problem, session: SolveSession | None,
                 progress: ProblemProgress) -> None:
    """A set problem as it was left: its last solve, the student's steps, the answer."""
    window.editor.set_text(problem.text, problem.title)
    window.solution.set_session(session)
    turn = window.solution.your_turn
    for step in session.student_steps if session else ():
        # a step whose check never finished (the app closed) is shown as unchecked
        turn.set_step_verdict(turn.add_pending_step(step.text),
                              step.verdict or StepVerdict(Verdict.UNCHECKED))
    turn.answer_edit.setText(progress.answer)
    if progress.status in ("solved", "verified"):
        turn.show_answer_result(True, "Correct: this is your answer from last time.")
    if session is not None:
        window.solution.status.setText("Your last work on this problem, as you left it.")
