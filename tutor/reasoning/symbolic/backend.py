"""`SymbolicBackend`: the built-in solver behind the same event stream as model backends."""

from __future__ import annotations

import time
from collections.abc import Iterator

from tutor.problems.step import Step
from tutor.reasoning.events import (
    CancelToken,
    Done,
    Event,
    Request,
    StepBoundary,
    Usage,
)
from tutor.reasoning.symbolic.runner import solve_problem


class SymbolicBackend:
    """Solves with SymPy; each step is one StepBoundary with rule, hint, LaTeX and plot.

    It writes no text of its own, so it has no thinking to show: only checked steps
    and the answer. A problem it does not take ends with `Done(declined=...)`.
    """

    name = "symbolic"

    def __init__(self, time_limit: float = 20.0) -> None:
        self.time_limit = time_limit

    def execute(self, request: Request, cancel: CancelToken) -> Iterator[Event]:
        start = time.perf_counter()
        sol = solve_problem(request.problem, self.time_limit,
                            should_stop=lambda: cancel.cancelled)
        if sol.kind == "cancelled" or cancel.cancelled:
            yield Done(usage=Usage(seconds=time.perf_counter() - start), cancelled=True,
                       model=self.name)
            return
        if sol.answer is None:  # a decline is not an error: it says what to do instead
            yield Done(usage=Usage(seconds=time.perf_counter() - start), model=self.name,
                       declined=sol.declined or "The built-in engine could not solve this.")
            return
        first: float | None = None
        for i, s in enumerate(sol.steps):
            if cancel.cancelled:
                yield Done(usage=Usage(seconds=time.perf_counter() - start), cancelled=True,
                           model=self.name)
                return
            first = first if first is not None else time.perf_counter() - start
            yield StepBoundary(Step(s.text, index=i, hint=s.hint, rule=s.rule,
                                    latex=s.latex or None, plot=s.plot))
        yield Done(usage=Usage(completion_tokens=len(sol.steps),
                               seconds=time.perf_counter() - start, first_token_seconds=first),
                   answer=sol.answer, model=self.name)
