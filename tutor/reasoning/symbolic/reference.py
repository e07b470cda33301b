"""`solve_reference`: the engine's answer as a cross-check for someone else's answer.

The checker and the app compare a model's or a student's final answer with this one.
Only a "confirmed" answer (found symbolically and confirmed by an independent method,
see `confirm.py`) may be used to call another answer wrong; an "unconfirmed" one was
found but could not be checked a second way; "declined" has no answer. Runs in the
bounded solver process (`runner.solve_problem`); no UI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tutor.problems.step import Step
from tutor.reasoning.symbolic.runner import solve_problem

Confidence = Literal["confirmed", "unconfirmed", "declined"]


@dataclass(frozen=True)
class ReferenceSolution:
    """The engine's answer (LaTeX) and how far to trust it."""

    answer: str | None
    confidence: Confidence
    steps: list[Step] = field(default_factory=list)
    # why it declined, or what confirmed the answer, in words
    reason: str = ""


def solve_reference(problem: str, *, time_limit: float = 20.0) -> ReferenceSolution:
    """Solve `problem` within `time_limit` seconds; never raises."""
    sol = solve_problem(problem, time_limit)
    if sol.answer is None:
        return ReferenceSolution(None, "declined", reason=sol.detail or sol.declined or "")
    if sol.confirmed:
        return ReferenceSolution(sol.answer, "confirmed", list(sol.steps),
                                 reason="; ".join(sol.confirmed))
    return ReferenceSolution(sol.answer, "unconfirmed", list(sol.steps),
                             reason="no independent method could check this answer")


__all__ = ["Confidence", "ReferenceSolution", "solve_reference"]
