"""The one step type: what the engine or a model wrote, what the student sees, what the PDF prints.

A backend streams `StepBoundary(step)` events; the session, the app, the CLI and the
PDF export all hold the same `Step`. The checker's verdict is attached when known.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from typing import Any

from tutor.verify.verdict import StepVerdict, Verdict

SOLUTION = "solution"  # the worked solution the student reveals step by step
THINKING = "thinking"  # a reasoning model's scratch work before its solution
STUDENT = "student"  # a step the student typed


@dataclass
class Step:
    """One step of a chain.

    `text` is the step as written (prose with `$...$` maths). The symbolic engine also
    gives a `rule` (the named transformation), a one-line `hint` shown before the step,
    the claim alone as `latex`, and an optional `plot` spec. `part` says whether the step
    belongs to a model's thinking or to the solution.
    """

    text: str
    _: KW_ONLY
    index: int = 0
    hint: str | None = None
    rule: str | None = None
    latex: str | None = None
    plot: dict[str, Any] | None = None
    part: str = SOLUTION
    verdict: StepVerdict | None = None  # None while the checker runs

    @property
    def check_text(self) -> str:
        """What the checker sees: the prose plus its display maths when not already in it."""
        latex = (self.latex or "").strip()
        if latex and latex not in self.text:
            return f"{self.text} ${latex}$".strip()
        return self.text

    @property
    def display_text(self) -> str:
        latex = (self.latex or "").strip()
        if latex and latex not in self.text:
            return f"{self.text}\n$${latex}$$"
        return self.text

    @property
    def hint_text(self) -> str | None:
        if self.hint:
            return self.hint
        return f"Use: {self.rule}" if self.rule else None

    @property
    def status(self) -> Verdict:
        """The step's verdict, unchecked while none is known."""
        return self.verdict.verdict if self.verdict is not None else Verdict.UNCHECKED

    @property
    def reason(self) -> str:
        """Why it is refuted, else what was checked ("2 claims checked: 2·4 = 8 ✓, ...")."""
        if self.verdict is None:
            return ""
        if self.verdict.verdict is Verdict.REFUTED:
            return self.verdict.reason
        return self.verdict.summary
