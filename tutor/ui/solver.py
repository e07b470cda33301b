"""Runs a backend stream and the step checker off the GUI thread, feeding a SolveSession."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from tutor.problems.session import SessionStep, SolveSession
from tutor.reasoning.events import (
    Backend,
    CancelToken,
    Done,
    Error,
    Event,
    Request,
    SamplingOptions,
    StepBoundary,
    TextDelta,
    ThinkingDelta,
)
from tutor.storage.settings import Settings
from tutor.ui.backends import create_backend
from tutor.ui.jobs import Job, JobRunner
from tutor.verify.verdict import StepVerdict

BackendFactory = Callable[[Settings], Backend]


class SolveController(QObject):
    """Owns the running solve; every signal is emitted on the GUI thread."""

    started = Signal()
    step_added = Signal(int)  # position in session.steps
    verdict_ready = Signal(int)  # step index
    thinking = Signal(str)
    text = Signal(str)
    stats = Signal(int, float, float)  # tokens, tokens/s, elapsed seconds
    finished = Signal()  # session.finished is set; see session.error / cancelled

    def __init__(
        self, runner: JobRunner, backend_factory: BackendFactory = create_backend,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.backend_factory = backend_factory
        self.session: SolveSession | None = None
        self._job: Job | None = None
        self._tokens = 0
        self._started_at = 0.0
        self._backend_rate = 0.0
        self._first_token_at: float | None = None

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

    def _start(self, settings: Settings, prefix: str | None) -> None:
        assert self.session is not None
        session = self.session
        self._tokens = 0
        self._backend_rate = 0.0
        self._started_at = time.monotonic()
        self._first_token_at = None
        request = Request(
            problem=session.problem, prefix=prefix,
            sampling=SamplingOptions(
                max_tokens=settings.token_budget, reasoning_effort=settings.reasoning_effort
            ),
        )
        if settings.samples > 1 and settings.backend != "symbolic" and prefix is None:
            self._start_consensus(session, request, settings)
            return
        factory, prerender = self.backend_factory, self.prerender

        def stream(report: Callable[[Any], None], cancel: CancelToken) -> None:
            backend = factory(settings)
            for event in backend.execute(request, cancel):
                report(event)
                if prerender is not None and isinstance(event, StepBoundary):
                    prerender(_display_text(event))
                    if event.hint:
                        prerender(f"Hint: {event.hint}")
                elif prerender is not None and isinstance(event, Done) and event.answer:
                    prerender(f"Answer: ${event.answer}$")

        self._job = self.runner.start(
            stream,
            on_progress=lambda events: self._on_events(session, events),
            on_error=lambda exc: self._on_failure(session, exc),
            on_finished=lambda: self._on_stream_end(session),
        )
        self.started.emit()

    def _start_consensus(self, session: SolveSession, request: Request,
                         settings: Settings) -> None:
        """Sample `settings.samples` chains, check each, and keep the answer they agree on.

        Every chain's tokens stream into the Thinking panel as they come; the steps
        the student reveals are the winning chain's, already checked.
        """
        factory, samples, prerender = self.backend_factory, settings.samples, self.prerender

        def vote(report: Callable[[Any], None], cancel: CancelToken) -> Any:
            from tutor.reasoning.consensus import solve_with_consensus

            backend = factory(settings)
            proxy = _ReportingBackend(backend, report, samples)
            result = solve_with_consensus(proxy, request, samples=samples, cancel=cancel)
            if prerender is not None and result.winner is not None:
                for text in result.winner.steps:  # render the maths before it is shown
                    prerender(text)
            return result

        self._job = self.runner.start(
            vote,
            on_progress=lambda events: self._on_events(session, events),
            on_result=lambda result: self._on_consensus(session, result),
            on_error=lambda exc: self._on_failure(session, exc),
            on_finished=lambda: self._on_stream_end(session),
        )
        self.started.emit()

    def _on_consensus(self, session: SolveSession, result: Any) -> None:
        winner = result.winner
        if winner is None or result.cancelled:
            if result.cancelled:
                session.finish(None, cancelled=True)
            else:
                session.fail(f"No chain reached a final answer ({result.reason}).")
            return
        for i, (text, verdict) in enumerate(zip(winner.steps, winner.verdicts, strict=False)):
            session.add_step(SessionStep(index=i, text=text))
            session.set_verdict(i, verdict)
            if session is self.session:
                self.step_added.emit(i)
                self.verdict_ready.emit(i)
        session.note = _vote_note(result)
        session.finish(result.answer)

    def _on_events(self, session: SolveSession, events: list[Any]) -> None:
        if session is not self.session:
            return  # a stale job from an earlier solve
        thinking: list[str] = []
        for event in events:
            if isinstance(event, ThinkingDelta | TextDelta):
                self._tokens += 1  # one delta per generated token
                if self._first_token_at is None:
                    self._first_token_at = time.monotonic()
                self._backend_rate = event.tokens_per_second or self._backend_rate
                if isinstance(event, ThinkingDelta):
                    thinking.append(event.text)
                else:
                    self.text.emit(event.text)
            elif isinstance(event, StepBoundary):
                self._add_step(session, event)
            elif isinstance(event, ChainStarted):
                thinking.append(f"\n\n[chain {event.number} of {event.total}]\n")
            elif isinstance(event, Done):
                if event.usage.completion_tokens:
                    self._tokens = event.usage.completion_tokens
                if event.truncated:
                    session.fail(
                        f"The model used its whole token budget ({self._tokens} tokens) "
                        "before finishing, so this chain is incomplete. Raise the token "
                        "budget in Settings, or solve again."
                    )
                else:
                    session.finish(event.answer, cancelled=event.cancelled)
            elif isinstance(event, Error):
                session.fail(event.message)
        if thinking:
            self.thinking.emit("".join(thinking))
        now = time.monotonic()
        generating = now - self._first_token_at if self._first_token_at is not None else 0.0
        # The rate counts from the first token, so model loading does not drag it down.
        rate = self._backend_rate or (self._tokens / generating if generating > 0 else 0.0)
        self.stats.emit(self._tokens, rate, now - self._started_at)

    def _add_step(self, session: SolveSession, event: StepBoundary) -> None:
        # Numbered by position: after "Regenerate from here" the backend counts from 0.
        step = SessionStep(
            index=len(session.steps), text=event.text, hint=event.hint, rule=event.rule,
            latex=event.latex, plot=event.plot,
        )
        previous = [s.check_text for s in session.steps]
        session.add_step(step)
        self.step_added.emit(len(session.steps) - 1)
        problem, text, index = session.problem, step.check_text, step.index

        def verify(_report: Callable[[Any], None], _cancel: CancelToken) -> StepVerdict:
            from tutor.verify.api import check_step  # SymPy: imported off the GUI thread

            return check_step(problem, previous, text)

        self.runner.start(verify, on_result=lambda v: self._on_verdict(session, index, v),
                          lane="verify")

    def _on_verdict(self, session: SolveSession, index: int, verdict: StepVerdict) -> None:
        session.set_verdict(index, verdict)
        if session is self.session:
            self.verdict_ready.emit(index)

    def _on_failure(self, session: SolveSession, exc: BaseException) -> None:
        session.fail(str(exc) or type(exc).__name__)

    def _on_stream_end(self, session: SolveSession) -> None:
        if not session.finished:  # the backend ended without Done: treat as stopped
            session.finish(None, cancelled=True)
        if session is self.session:
            self.finished.emit()


@dataclass(frozen=True)
class ChainStarted:
    """Progress item of a consensus solve: chain `number` of `total` begins."""

    number: int
    total: int


class _ReportingBackend:
    """Passes a backend's events on to consensus, and its tokens to the job's report."""

    def __init__(self, backend: Backend, report: Callable[[Any], None], total: int) -> None:
        self.name = backend.name
        self._backend, self._report, self._total, self._count = backend, report, total, 0

    def execute(self, request: Request, cancel: CancelToken) -> Iterator[Event]:
        self._count += 1
        self._report(ChainStarted(self._count, self._total))
        for event in self._backend.execute(request, cancel):
            if isinstance(event, ThinkingDelta | TextDelta):
                self._report(event)
            yield event


def _vote_note(result: Any) -> str:
    """One plain sentence on how the vote went, for the status line."""
    top, total = result.votes[0], len(result.chains)
    note = f"Chosen by vote: {len(top.chains)} of {total} chains reached this answer"
    lost = sum(1 for c in result.chains if c.first_refuted is not None)
    if lost:
        note += f"; {lost} lost {'its' if lost == 1 else 'their'} vote to a refuted step"
    if top.weight == 0:
        note += "; every chain had a refuted step, so treat this answer with care"
    return note + "."


def _display_text(event: StepBoundary) -> str:
    return SessionStep(event.index, event.text, latex=event.latex).display_text
