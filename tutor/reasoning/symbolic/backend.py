"""`SymbolicBackend`: the built-in solver behind the same event stream as model backends."""

from __future__ import annotations

import time
from collections.abc import Iterator

from tutor.reasoning.events import (
    CancelToken,
    Done,
    Error,
    Event,
    Request,
    StepBoundary,
    TextDelta,
    Usage,
)
from tutor.reasoning.symbolic.runner import solve_problem


class SymbolicBackend:
    """Solves with SymPy; each step is one StepBoundary with rule, hint, LaTeX and plot."""

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
        if sol.answer is None:
            yield Error(sol.declined or "no answer", kind=sol.kind if sol.kind != "solved"
                        else "unsupported")
            return
        first: float | None = None
        for i, s in enumerate(sol.steps):
            if cancel.cancelled:
                yield Done(usage=Usage(seconds=time.perf_counter() - start), cancelled=True,
                           model=self.name)
                return
            first = first if first is not None else time.perf_counter() - start
            yield TextDelta(f"{s.text}\n\n")
            yield StepBoundary(index=i, text=s.text, hint=s.hint, rule=s.rule,
                               latex=s.latex or None, plot=s.plot)
        yield TextDelta(f"**Answer:** ${sol.answer}$\n")
        yield Done(usage=Usage(completion_tokens=len(sol.steps),
                               seconds=time.perf_counter() - start, first_token_seconds=first),
                   answer=sol.answer, model=self.name)
