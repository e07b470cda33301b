"""A whole chain of steps checked on every worker of the pool at once.

`ChainChecker.check` reads a step (in this process), then waits while one worker checks
its claims. A step's context is built from the claims written before it, never from
their verdicts, so a chain known in full (a pasted transcript, an export) need not wait:
each step is read in order and its claims go to the next free worker while later steps
are read and checked beside it. Each step is still checked on one worker within its own
time budget, from the moment a worker takes it, as `check` does; only the waiting goes.
On a pool of one worker the steps run one after another, as `check` runs them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from tutor.verify.chain_gaps import Opening
from tutor.verify.context import Context
from tutor.verify.extract.claim import RawClaim
from tutor.verify.verdict import ClaimResult, StepVerdict

__all__ = ["PreparedStep", "check_in_pipeline"]


@dataclass(frozen=True)
class PreparedStep:
    """A step's text, its claims, and the context each claim is checked against; after the
    step's own claims (`own` of them) come the links rebuilt for its unread openings
    (`chain_gaps.unread_openings`), checked with them."""

    text: str
    claims: list[RawClaim]
    contexts: list[Context]
    openings: list[Opening] = field(default_factory=list)
    own: int | None = None


class _Pool(Protocol):
    size: int

    def check_claims(self, claims: Sequence[RawClaim], ctx: Context, time_limit: float,
                     contexts: Sequence[Context] | None) -> list[ClaimResult]: ...


class _Checker(Protocol):
    time_limit: float

    @property
    def pool(self) -> _Pool: ...

    def prepare(self, text: str) -> PreparedStep: ...

    def finish(self, step: PreparedStep, results: Sequence[ClaimResult]) -> StepVerdict: ...


def check_in_pipeline(checker: _Checker, steps: Iterable[str]) -> Iterator[StepVerdict]:
    """Each step's verdict, in order, as `checker.check` gives it; the claims of up to
    two steps a worker wait or run in the pool while the verdicts before them are
    yielded (so a consumer still gets the first verdicts early)."""
    pool = checker.pool
    if pool.size <= 1:
        for text in steps:
            step = checker.prepare(text)
            results = pool.check_claims(step.claims, step.contexts[0], checker.time_limit,
                                        step.contexts) if step.claims else []
            yield checker.finish(step, results)
        return
    window = 2 * pool.size
    pending: deque[tuple[PreparedStep, Future[list[ClaimResult]] | None]] = deque()
    with ThreadPoolExecutor(max_workers=pool.size, thread_name_prefix="chain") as executor:
        try:
            for text in steps:
                step = checker.prepare(text)
                future = executor.submit(pool.check_claims, step.claims, step.contexts[0],
                                         checker.time_limit, step.contexts) \
                    if step.claims else None
                pending.append((step, future))
                while pending and (len(pending) > window or _done(pending[0][1])):
                    yield _finished(checker, *pending.popleft())
            while pending:
                yield _finished(checker, *pending.popleft())
        finally:
            for _, future in pending:  # the consumer stopped early: drop what has not run
                if future is not None:
                    future.cancel()


def _done(future: Future[list[ClaimResult]] | None) -> bool:
    return future is None or future.done()


def _finished(checker: _Checker, step: PreparedStep,
              future: Future[list[ClaimResult]] | None) -> StepVerdict:
    return checker.finish(step, future.result() if future is not None else [])
