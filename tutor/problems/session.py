"""One tutoring session on one problem: the steps, their verdicts and what is revealed.

No Qt here: the UI renders this state, the tests drive it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.problems.step import STUDENT, Step
from tutor.verify.verdict import ClaimResult, StepVerdict, Verdict


def _steps(n: int) -> str:
    return f"{n} step" if n == 1 else f"{n} steps"


@dataclass
class SolveSession:
    problem: str
    steps: list[Step] = field(default_factory=list)
    revealed: int = 0  # how many steps are shown in full
    hint_shown: bool = False  # the hint of steps[revealed] is shown
    answer: str | None = None
    finished: bool = False
    cancelled: bool = False
    error: str | None = None
    note: str | None = None  # how the answer was reached, when that is worth saying
    thinking: list[Step] = field(default_factory=list)  # a reasoning model's scratch work
    stopped_in_thinking: bool = False  # the chain ended inside its thinking: no solution
    truncated: bool = False  # the token budget ran out
    declined: str | None = None  # the backend chose not to solve it, and says why
    answer_check: ClaimResult | None = None  # the answer against an independent solution
    worked: bool = False  # a pasted or opened solution being checked, not a solve
    student_steps: list[Step] = field(default_factory=list)

    # --- filled by the backend stream -------------------------------------------------
    def add_step(self, step: Step) -> None:
        self.steps.append(step)

    def set_verdict(self, index: int, verdict: StepVerdict) -> None:
        for step in self.steps:
            if step.index == index:
                step.verdict = verdict

    def add_thinking(self, step: Step) -> None:
        self.thinking.append(step)

    def decline(self, message: str) -> None:
        self.declined = message
        self.finished = True

    def finish(self, answer: str | None, *, cancelled: bool = False) -> None:
        self.answer = answer
        self.finished = True
        self.cancelled = cancelled

    def fail(self, message: str) -> None:
        self.error = message
        self.finished = True

    # --- reveal -------------------------------------------------------------------------
    @property
    def next_step(self) -> Step | None:
        return self.steps[self.revealed] if self.revealed < len(self.steps) else None

    @property
    def can_hint(self) -> bool:
        step = self.next_step
        return step is not None and not self.hint_shown and step.hint_text is not None

    @property
    def can_next(self) -> bool:
        return self.revealed < len(self.steps)

    @property
    def can_back(self) -> bool:
        return self.revealed > 0 or self.hint_shown

    def show_hint(self) -> str | None:
        if not self.can_hint:
            return None
        self.hint_shown = True
        return self.next_step.hint_text if self.next_step else None

    def reveal_next(self) -> Step | None:
        step = self.next_step
        if step is not None:
            self.revealed += 1
            self.hint_shown = False
        return step

    def reveal_all(self) -> None:
        self.revealed = len(self.steps)
        self.hint_shown = False

    def back(self) -> None:
        if self.hint_shown:
            self.hint_shown = False
        elif self.revealed > 0:
            self.revealed -= 1

    @property
    def visible_steps(self) -> list[Step]:
        return self.steps[: self.revealed]

    @property
    def outcome(self) -> str:
        """How the solve ended, in one sentence for the status line."""
        if self.error:
            return f"Error: {self.error}"
        if self.declined:  # not an error: what the engine understood, what to do instead
            return self.declined
        if self.cancelled:
            return f"Stopped after {_steps(len(self.steps))}."
        if self.stopped_in_thinking:
            return self.note or "The model stopped inside its thinking."
        reveal = "Reveal it." if len(self.steps) == 1 else "Reveal them one at a time."
        text = f"Solved in {_steps(len(self.steps))}. {reveal}"
        if self.worked:
            text = f"Checked {_steps(len(self.steps))}. {reveal}"
        return f"{text} {self.note}" if self.note else text

    # --- refuted steps and the answer ---------------------------------------------------
    @property
    def first_refuted(self) -> Step | None:
        for step in self.steps:
            if step.verdict is not None and step.verdict.verdict is Verdict.REFUTED:
                return step
        return None

    @property
    def can_regenerate(self) -> bool:
        """A model can be asked to redo a refuted step (a pasted solution cannot)."""
        return self.finished and not self.worked and self.first_refuted is not None

    @property
    def checking(self) -> bool:
        return any(step.verdict is None for step in [*self.steps, *self.thinking])

    @property
    def presentable_answer(self) -> str | None:
        """The final answer, only from a complete chain with no refuted step."""
        if not self.finished or self.cancelled or self.error or self.first_refuted:
            return None
        if self.answer_check is not None and self.answer_check.verdict is Verdict.REFUTED:
            return None
        return self.answer

    def truncate_before(self, index: int) -> list[str]:
        """Drop the step `index` and everything after it; return the kept step texts."""
        self.steps = [s for s in self.steps if s.index < index]
        self.revealed = min(self.revealed, len(self.steps))
        self.hint_shown = False
        self.answer = None
        self.finished = False
        self.cancelled = False
        self.error = None
        self.note = None
        self.answer_check = None
        self.truncated = False
        self.stopped_in_thinking = False
        return [s.text for s in self.steps]

    # --- the student's own steps --------------------------------------------------------
    def context_for_student(self) -> list[str]:
        """What the checker sees before the student's new step: shown, unrefuted steps."""
        shown = [
            s.check_text
            for s in self.visible_steps
            if s.verdict is None or s.verdict.verdict is not Verdict.REFUTED
        ]
        return shown + [s.text for s in self.student_steps if s.verdict is not None]

    def add_student_step(self, text: str) -> Step:
        step = Step(text, index=len(self.student_steps), part=STUDENT)
        self.student_steps.append(step)
        return step
