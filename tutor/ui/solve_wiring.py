"""How the main window and the solve controller talk: the controller's signals update
the buttons, the step cards and the Thinking panel; a finished solve is kept in the set's
history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.ui.main_window import MainWindow


def connect_solver(window: MainWindow) -> None:
    """Connect the solve controller's signals to the window's panes and buttons."""
    solver, thinking = window.solver, window.solution.thinking
    solver.started.connect(lambda: set_running(window, True))
    solver.finished.connect(lambda: solve_finished(window))
    solver.step_added.connect(lambda _i: window.solution.refresh())
    solver.verdict_ready.connect(lambda _i: window.solution.refresh())
    # The Thinking panel holds only a model's thinking, as checked steps; the
    # solution's steps go to the step cards (the built-in engine has no thinking).
    solver.thinking.connect(thinking.append)
    solver.thinking_step.connect(lambda position: show_thinking_step(window, position))
    thinking.continue_requested.connect(window.continue_with_larger_budget)
    solver.stats.connect(thinking.set_stats)
    thinking.stop_requested.connect(window.stop)


def set_running(window: MainWindow, running: bool) -> None:
    """Solve and Stop enabled as a solve starts or ends."""
    window.solve_button.setEnabled(not running)
    window.solve_action.setEnabled(not running)
    window.stop_button.setEnabled(running)
    window.stop_action.setEnabled(running)
    window.solution.thinking.set_running(running)
    if running:
        window.solution.status.setText("Solving…")


def show_thinking_step(window: MainWindow, position: int) -> None:
    """A thinking step arrived or was checked: add or update its card."""
    session, panel = window.solver.session, window.solution.thinking
    if session is None or position >= len(session.thinking):
        return
    if position >= len(panel.steps):
        panel.add_step(session.thinking[position])
    else:
        panel.update_step(position)


def larger_budget(window: MainWindow) -> int:
    """Twice the last token budget, at most 131072 (offered when a model ran out)."""
    return min(2 * (window.solver.last_budget or window.settings.token_budget), 131072)


def solve_finished(window: MainWindow) -> None:
    """Show how the solve ended (offering a larger budget when it ran out) and keep it."""
    set_running(window, False)
    session = window.solver.session
    if session is None:
        return
    if session is not window.solution.session:  # the student went to another problem
        window.sets.keep(session, window.settings.backend)
        return
    text = session.outcome
    if session.truncated or session.stopped_in_thinking:
        window.solution.thinking.offer_continue(larger_budget(window))
    if session.stopped_in_thinking and session.thinking:
        window.solution.thinking.set_expanded(True)  # its steps are all there is
    window.solution.status.setText(text)
    window.solution.refresh()
    window.sets.keep(session, window.settings.backend)  # in the history as it ended
