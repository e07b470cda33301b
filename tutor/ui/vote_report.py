"""A consensus solve for the app: the vote run in a worker, what it reports while it
runs, and how its result is put in the session and told to the student.

No Qt here: the solve controller (tutor.ui.solver) runs `run_vote` in a job and
applies its result with `apply_vote` on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from tutor.problems.session import SolveSession
from tutor.problems.step import Step
from tutor.reasoning.events import (
    Backend,
    CancelToken,
    Event,
    Request,
    TextDelta,
    ThinkingDelta,
)


@dataclass(frozen=True)
class ChainStarted:
    """Progress item of a consensus solve: chain `number` of `total` begins."""

    number: int
    total: int
    repair: bool = False

    @property
    def label(self) -> str:
        if self.repair:
            return f"chain {self.number} of {self.total}, repaired from its first refuted step"
        return f"chain {self.number} of {self.total}"


class ReportingBackend:
    """Passes a backend's events on to consensus, and its tokens to the job's report."""

    def __init__(self, backend: Backend, report: Callable[[Any], None]) -> None:
        self.name = backend.name
        self._backend, self._report = backend, report

    def execute(self, request: Request, cancel: CancelToken) -> Iterator[Event]:
        for event in self._backend.execute(request, cancel):
            if isinstance(event, ThinkingDelta | TextDelta):
                self._report(event)
            yield event


def vote_note(result: Any) -> str:
    """One plain sentence on how the vote went, for the status line."""
    top, total = result.votes[0], len(result.chains)
    note = f"Chosen by vote: {len(top.chains)} of {total} chains reached this answer"
    lost = sum(1 for c in result.chains if c.first_refuted is not None)
    if lost:
        note += f"; {lost} lost {'its' if lost == 1 else 'their'} vote to a refuted step"
    contradicted = sum(1 for c in result.chains if c.contradicted and c.first_refuted is None)
    if contradicted:
        note += (f"; {contradicted} lost {'its' if contradicted == 1 else 'their'} vote to "
                 "the built-in engine's independent answer")
    if top.weight == 0:
        note += ("; every chain had a refuted step or an answer the built-in engine "
                 "contradicts, so treat this answer with care")
    return note + "."


def stepped(backend: Backend) -> Backend:
    """Every stream carries its steps, whatever the factory built (tests pass raw ones)."""
    from tutor.reasoning.registry import SteppedBackend

    return backend if isinstance(backend, SteppedBackend) else SteppedBackend(backend)


def run_vote(backend: Backend, request: Request, samples: int,
             report: Callable[[Any], None], cancel: CancelToken,
             prerender: Callable[[str], None] | None) -> Any:
    """Sample, check and vote (in a worker); every chain's text goes to `report`."""
    from tutor.reasoning.consensus import solve_with_consensus
    from tutor.reasoning.worked import reference_for

    reference = reference_for(request.problem)  # the engine's confirmed answer votes too
    result = solve_with_consensus(
        ReportingBackend(backend, report), request, samples=samples, cancel=cancel,
        reference_answer=reference,
        on_chain=lambda n, total, repair: report(ChainStarted(n, total, repair)))
    if prerender is not None and result.winner is not None:
        for text in result.winner.steps:  # render the maths before it is shown
            prerender(text)
    return result


def apply_vote(session: SolveSession, result: Any) -> list[int]:
    """Put the winning chain's checked steps in the session; their positions."""
    if result.cancelled:
        session.finish(None, cancelled=True)
        return []
    winner = result.winner
    if winner is None:
        errors = [c.error for c in result.chains if c.error]
        if errors and len(errors) == len(result.chains):
            session.fail(errors[0])  # the real error: key, connection, model file
        else:
            session.fail(f"No chain reached a final answer ({result.reason}).")
        return []
    for i, (text, verdict) in enumerate(zip(winner.steps, winner.verdicts, strict=False)):
        session.add_step(Step(text, index=i, verdict=verdict))
    session.answer_check = winner.answer_check
    session.note = vote_note(result)
    session.finish(result.answer)
    return list(range(len(session.steps)))
