"""Runs a backend stream and the step checker off the GUI thread, feeding a SolveSession.

Every backend streams its steps (tutor.reasoning.registry wraps it in the step
splitter): the thinking's steps and the solution's, each checked as it completes, in
order, on one worker thread (tutor.ui.check_queue) by the same `ChainCheck` that
`check-solution` uses. When the stream ends, one more job there finds the final answer
(its last `\\boxed{}`) and cross-checks it against the built-in engine's independent
solution.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from tutor.problems.session import SolveSession
from tutor.problems.step import SOLUTION, THINKING, Step
from tutor.reasoning.events import (
    Backend,
    CancelToken,
    Done,
    Error,
    Request,
    SamplingOptions,
    StepBoundary,
    TextDelta,
    ThinkingDelta,
)
from tutor.storage.settings import Settings
from tutor.ui.backends import create_backend
from tutor.ui.check_queue import CheckQueue
from tutor.ui.jobs import Job, JobRunner
from tutor.ui.vote_report import ChainStarted, apply_vote, run_vote, stepped

BackendFactory = Callable[[Settings], Backend]


class SolveController(QObject):
    """Owns the running solve; every signal is emitted on the GUI thread."""

    started = Signal()
    step_added = Signal(int)  # position in session.steps
    verdict_ready = Signal(int)  # position in session.steps
    thinking_step = Signal(int)  # position in session.thinking: added, or its verdict came
    thinking = Signal(str)  # the thinking's text as it streams
    text = Signal(str)  # the solution's text as it streams
    stats = Signal(int, float, float)  # tokens, tokens/s, elapsed seconds (models only)
    finished = Signal()  # session.finished is set; see session.error / cancelled / declined

    def __init__(
        self, runner: JobRunner, backend_factory: BackendFactory = create_backend,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.checks = CheckQueue(self)  # the steps' checks, in order, then the final answer
        self.backend_factory = backend_factory
        self.session: SolveSession | None = None
        self._job: Job | None = None
        self._tokens = 0
        self._started_at = 0.0
        self._backend_rate = 0.0
        self._first_token_at: float | None = None
        self._model_backend = True
        self._show_stats = True
        self._chain: Any = None  # the ChainCheck of the running single solve
        self._finalising = False
        self.last_budget = 0  # the token budget of the last solve

    @property
    def running(self) -> bool:
        return self._job is not None and not self._job.done

    # Called in the worker for each step's text, so its maths is rendered (cached) before
    # the GUI thread shows it; set by the window with the solution view's render params.
    prerender: Callable[[str], None] | None = None

    def solve(self, problem: str, settings: Settings) -> SolveSession:
        self.stop()
        self.session = SolveSession(problem=problem)
        self._start(settings, prefix=None)
        return self.session

    def check_worked(self, problem: str, output: str, settings: Settings) -> SolveSession:
        """Check a worked solution through the same splitting and checking as a model."""
        from tutor.reasoning.worked import ReplayBackend

        self.stop()
        self.session = SolveSession(problem=problem, worked=True)
        self._start(replace(settings, samples=1), prefix=None,
                    factory=lambda _settings: ReplayBackend(output), model_backend=True)
        self._show_stats = False  # a pasted text has no tokens per second
        return self.session

    def regenerate_from(self, index: int, settings: Settings) -> None:
        """Keep the steps before `index` and ask the backend to continue after them."""
        if self.session is None:
            return
        self.stop()
        kept = self.session.truncate_before(index)
        self._start(settings, prefix="\n\n".join(kept) if kept else None)

    def stop(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _start(self, settings: Settings, prefix: str | None,
               factory: BackendFactory | None = None, model_backend: bool | None = None,
               ) -> None:
        from tutor.reasoning.worked import ChainCheck

        assert self.session is not None
        session = self.session
        self._tokens = 0
        self._backend_rate = 0.0
        self._started_at = time.monotonic()
        self._first_token_at = None
        self._finalising = False
        self._model_backend = (settings.backend != "symbolic" if model_backend is None
                               else model_backend)
        self._show_stats = self._model_backend
        self.last_budget = settings.token_budget
        request = Request(
            problem=session.problem, prefix=prefix,
            sampling=SamplingOptions(
                max_tokens=settings.token_budget, reasoning_effort=settings.reasoning_effort
            ),
        )
        if settings.samples > 1 and self._model_backend and prefix is None:
            self._start_consensus(session, request, settings)
            return
        self._chain = ChainCheck(session.problem)  # checks this solve's steps, in order
        for step in session.steps:  # kept by "Regenerate from here": context, not re-checked
            self._chain.checker(SOLUTION).add_context(step.check_text)
        factory, prerender = factory or self.backend_factory, self.prerender

        def stream(report: Callable[[Any], None], cancel: CancelToken) -> None:
            backend = stepped(factory(settings))
            for event in backend.execute(request, cancel):
                report(event)
                if (prerender is not None and isinstance(event, StepBoundary)
                        and event.step.part == SOLUTION):
                    prerender(event.step.display_text)
                    if event.step.hint:
                        prerender(f"Hint: {event.step.hint}")
                elif prerender is not None and isinstance(event, Done) and event.answer:
                    prerender(f"Answer: ${event.answer}$")

        self._job = self.runner.start(
            stream,
            on_progress=lambda events: self._on_events(session, events),
            on_error=lambda exc: self._on_failure(session, exc),
            on_finished=lambda: self._on_stream_end(session),
        )
        self.started.emit()

    # --- one chain ------------------------------------------------------------------
    def _on_events(self, session: SolveSession, events: list[Any]) -> None:
        if session is not self.session:
            return  # a stale job from an earlier solve
        thinking: list[str] = []
        for event in events:
            if isinstance(event, ThinkingDelta | TextDelta):
                if self._chain is not None:
                    self._chain.take(event)  # its text, for the final answer
                self._tokens += 1  # one delta per generated token
                if self._first_token_at is None:
                    self._first_token_at = time.monotonic()
                self._backend_rate = event.tokens_per_second or self._backend_rate
                if isinstance(event, ThinkingDelta):
                    thinking.append(event.text)
                else:
                    self.text.emit(event.text)
            elif isinstance(event, StepBoundary):
                if thinking:  # the text first: the panel shows under its steps what is new
                    self.thinking.emit("".join(thinking))
                    thinking.clear()
                self._add_step(session, event.step)
            elif isinstance(event, ChainStarted):
                thinking.append(f"\n\n[{event.label}]\n")
            elif isinstance(event, Done):
                self._on_done(session, event)
            elif isinstance(event, Error):
                session.fail(event.message)
        if thinking:
            self.thinking.emit("".join(thinking))
        if self._show_stats:
            now = time.monotonic()
            generating = now - self._first_token_at if self._first_token_at is not None else 0.0
            # The rate counts from the first token, so model loading does not drag it down.
            rate = self._backend_rate or (self._tokens / generating if generating > 0 else 0.0)
            self.stats.emit(self._tokens, rate, now - self._started_at)

    def _add_step(self, session: SolveSession, step: Step) -> None:
        if step.part == THINKING:
            session.add_thinking(step)
            position = len(session.thinking) - 1
            self.thinking_step.emit(position)
        else:
            step.index = len(session.steps)  # after "Regenerate from here" a backend counts from 0
            session.add_step(step)
            position = len(session.steps) - 1
            self.step_added.emit(position)
        chain, part = self._chain, step.part

        def verify() -> Any:
            return chain.check_step(step).verdict

        def checked(verdict: Any) -> None:
            step.verdict = verdict
            if session is self.session:
                (self.thinking_step if part == THINKING else self.verdict_ready).emit(position)

        self.checks.submit(verify, on_result=checked)

    def _on_done(self, session: SolveSession, done: Done) -> None:
        session.truncated = done.truncated
        if done.cancelled:
            session.finish(None, cancelled=True)
            return
        if done.declined:
            session.decline(done.declined)
            return
        # After every step's check (same lane, in order): the final answer and its cross-check.
        chain, model_backend = self._chain, self._model_backend
        self._finalising = True

        def finalise() -> Any:
            from tutor.reasoning.worked import reference_for

            if model_backend and chain.reference_answer is None:
                chain.reference_answer = reference_for(session.problem)
            chain.take(done)
            return chain.result

        self.checks.submit(finalise, on_result=lambda r: self._on_final(session, r),
                           on_error=lambda exc: self._on_failure(session, exc))

    def _on_final(self, session: SolveSession, result: Any) -> None:
        self._finalising = False
        session.answer_check = result.answer_verdict
        session.stopped_in_thinking = result.stopped_in_thinking
        step = result.answer_step
        if step is not None and session is self.session:  # its verdict now has the answer
            position = next((i for i, s in enumerate(session.steps)
                             if s is result.solution[step]), None)
            if position is not None:
                self.verdict_ready.emit(position)
        if result.stopped_in_thinking:
            session.note = _stopped_note(session)
        elif result.truncated:
            session.note = ("The model used its whole token budget before finishing, so its "
                            "solution is incomplete. Continue with a larger budget.")
        session.finish(result.answer)
        if session is self.session:
            self.finished.emit()

    def _on_failure(self, session: SolveSession, exc: BaseException) -> None:
        self._finalising = False
        session.fail(str(exc) or type(exc).__name__)

    def _on_stream_end(self, session: SolveSession) -> None:
        if self._finalising and session is self.session:
            return  # the final job finishes the session
        if not session.finished:  # the backend ended without Done: treat as stopped
            session.finish(None, cancelled=True)
        if session is self.session:
            self.finished.emit()

    # --- several chains and a vote ------------------------------------------------------
    def _start_consensus(self, session: SolveSession, request: Request,
                         settings: Settings) -> None:
        """Sample `settings.samples` chains, check each, and keep the answer they agree on.

        Every chain's tokens stream into the Thinking panel, each under its own label;
        the steps the student reveals are the winning chain's, already checked. The
        built-in engine's confirmed answer, when it has one, votes as a cross-check.
        """
        self._chain = None
        factory, samples, prerender = self.backend_factory, settings.samples, self.prerender

        def vote(report: Callable[[Any], None], cancel: CancelToken) -> Any:
            backend = stepped(factory(settings))
            return run_vote(backend, request, samples, report, cancel, prerender)

        self._job = self.runner.start(
            vote,
            on_progress=lambda events: self._on_events(session, events),
            on_result=lambda result: self._on_consensus(session, result),
            on_error=lambda exc: self._on_failure(session, exc),
            on_finished=lambda: self._on_stream_end(session),
        )
        self.started.emit()

    def _on_consensus(self, session: SolveSession, result: Any) -> None:
        for position in apply_vote(session, result):
            if session is self.session:
                self.step_added.emit(position)
                self.verdict_ready.emit(position)


def _stopped_note(session: SolveSession) -> str:
    n = len(session.thinking)
    why = ("it used its whole token budget" if session.truncated
           else "it wrote no solution after it")
    return (f"The model stopped inside its thinking ({why}): there is no checked solution. "
            f"Its {n} thinking step{'s' if n != 1 else ''} are in the Thinking panel, "
            "marked as scratch work. Continue with a larger budget to get a solution.")
