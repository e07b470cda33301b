"""The export model: what a PDF shows for one problem, independent of any backend.

`SolvedProblem` is plain data. `from_solution` converts the symbolic engine's
`Solution` (or anything shaped like it: `answer`, `steps` with `text`, `latex`,
`plot`, and `declined`) plus the checker's verdicts into it, so the PDF code
never depends on a backend's own types.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tutor.problems.step import Step
from tutor.verify.verdict import ClaimResult, StepVerdict

PAPER_SIZES: dict[str, tuple[float, float]] = {  # width, height in points
    "a4": (595.28, 841.89),
    "letter": (612.0, 792.0),
}


@dataclass(frozen=True)
class SolvedProblem:
    """A problem with its checked chain of steps, ready to print."""

    problem: str
    steps: tuple[Step, ...] = ()
    answer: str | None = None  # LaTeX (without $) or plain text
    title: str | None = None
    backend: str = "symbolic"
    model: str | None = None
    declined: str | None = None  # why no solution was produced, shown instead of an answer
    plots: tuple[dict[str, Any], ...] = field(default=())  # problem-level plot specs
    answer_check: ClaimResult | None = None  # the answer against an independent solution

    @property
    def solved(self) -> bool:
        return self.declined is None and self.answer is not None


def step_check_text(text: str, latex: str | None) -> str:
    """The text the checker sees for a step: its prose plus its display maths."""
    if latex and latex.strip() and latex.strip() not in text:
        return f"{text} ${latex.strip()}$".strip()
    return text


def from_solution(
    problem: str,
    solution: Any,
    verdicts: Sequence[StepVerdict] | None = None,
    *,
    title: str | None = None,
    backend: str = "symbolic",
    model: str | None = None,
) -> SolvedProblem:
    """Adapt a symbolic-engine `Solution` (duck-typed) and its step verdicts."""
    raw_steps = list(getattr(solution, "steps", None) or [])
    verdicts = list(verdicts or [])
    steps: list[Step] = []
    for i, raw in enumerate(raw_steps):
        text = raw if isinstance(raw, str) else str(getattr(raw, "text", "") or "")
        steps.append(Step(
            text, index=i, verdict=verdicts[i] if i < len(verdicts) else None,
            latex=getattr(raw, "latex", None) or None, plot=getattr(raw, "plot", None),
            rule=getattr(raw, "rule", None),
        ))
    declined = getattr(solution, "declined", None)
    plots = tuple(p for p in (getattr(solution, "plots", None) or ()) if isinstance(p, dict))
    return SolvedProblem(
        problem=problem,
        steps=tuple(steps),
        answer=None if declined else getattr(solution, "answer", None),
        title=title,
        backend=backend,
        model=model,
        declined=str(declined) if declined else None,
        plots=plots,
    )
