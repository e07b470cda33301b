"""A chain of thought, split into steps and checked as it streams: thinking and solution.

One path serves a live model in the app, a pasted or opened worked solution, and the
`check-solution` command: events (from a backend, or `replay` of finished text) go
through the step splitter, and `ChainCheck.take` checks each step as it completes.

- The solution is what the model writes after its thinking; the student reveals it
  step by step, and its final answer is its last `\\boxed{}`.
- The thinking (`<think>...</think>`, or a server's `reasoning_content`) is split and
  checked too, with its own context: it is the model's scratch work.
- When the chain stopped inside its thinking, or wrote no solution, `stopped_in_thinking`
  says so, and the thinking's steps are all there is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tutor.problems.step import SOLUTION, THINKING, Step
from tutor.reasoning.events import (
    Done,
    Error,
    Event,
    StepBoundary,
    TextDelta,
    ThinkingDelta,
)
from tutor.reasoning.thinktags import ThinkSplitter
from tutor.verify.verdict import ClaimResult

# How many characters of a worked solution are read: a long R1 chain is ~75k.
MAX_OUTPUT_CHARS = 400_000


@dataclass
class WorkedCheck:
    """A checked chain: its thinking and solution steps, and its final answer."""

    problem: str
    thinking: list[Step] = field(default_factory=list)
    solution: list[Step] = field(default_factory=list)
    answer: str | None = None  # the solution's last \boxed{} (LaTeX), if any
    answer_verdict: ClaimResult | None = None  # against an independent solution
    answer_step: int | None = None  # the solution step that states the answer
    stopped_in_thinking: bool = False  # no solution after the thinking
    truncated: bool = False  # the token budget ran out
    error: str | None = None  # the backend's own error message


class ChainCheck:
    """Checks the steps of one streamed chain as they arrive.

    `take(event)` is called for every event, in order, from one thread; it returns
    the step it just checked (verdict set), or None. `checker_factory` builds the
    step checker for a part (default: `tutor.verify.api.ChainChecker`).
    """

    def __init__(self, problem: str, *, reference_answer: str | None = None,
                 checker_factory: Callable[[str], Any] | None = None,
                 answer_claim_on_step: bool = True) -> None:
        self.result = WorkedCheck(problem)
        self.reference_answer = reference_answer
        # The step stating the final answer carries the cross-check as a claim; consensus
        # turns this off, so a repair prompt never hands the model the engine's answer.
        self.answer_claim_on_step = answer_claim_on_step
        self._factory = checker_factory or _default_checker
        self._checkers: dict[str, Any] = {}
        self._thinking_open = False
        self._solution_text: list[str] = []
        self._ahead: dict[int, Any] = {}  # verdicts of steps checked ahead (`check_ahead`)

    def checker(self, part: str) -> Any:
        if part not in self._checkers:
            self._checkers[part] = self._factory(self.result.problem)
        return self._checkers[part]

    def take(self, event: Event) -> Step | None:
        r = self.result
        if isinstance(event, ThinkingDelta):
            self._thinking_open = True
        elif isinstance(event, TextDelta):
            self._solution_text.append(event.text)
        elif isinstance(event, StepBoundary):
            return self.check_step(event.step)
        elif isinstance(event, Done):
            self._finish(event.answer, truncated=event.truncated)
        elif isinstance(event, Error):
            r.error = event.message
            self._finish(None, truncated=False)
        return None

    def check_ahead(self, steps: list[Step]) -> None:
        """Check the steps of a chain known in full before `take` meets them: each part's
        steps on every worker of its checker's pool at once (`check_in_pipeline`, the
        verdicts `check` gives one by one); `take` then only keeps them."""
        from tutor.verify.chain_pipeline import check_in_pipeline

        for part in (THINKING, SOLUTION):
            mine = [s for s in steps if s.part == part]
            checker = self.checker(part) if mine else None
            if checker is None or not hasattr(checker, "prepare"):
                continue  # a checker of another kind checks each step in `take`
            verdicts = check_in_pipeline(checker, [s.check_text for s in mine])
            self._ahead.update((id(s), v) for s, v in zip(mine, verdicts, strict=True))

    def check_step(self, step: Step) -> Step:
        """Check one step in the context of its part's earlier steps, and keep it."""
        ahead = self._ahead.pop(id(step), None)
        step.verdict = ahead if ahead is not None else \
            self.checker(step.part).check(step.check_text)
        (self.result.thinking if step.part == THINKING else self.result.solution).append(step)
        return step

    def _finish(self, own_answer: str | None, *, truncated: bool) -> None:
        from tutor.verify.answers import extract_final_answer

        r = self.result
        r.truncated = truncated
        text = "".join(self._solution_text)
        if not text.strip():
            text = "\n\n".join(s.text for s in r.solution)
        r.answer = own_answer or (extract_final_answer(text) if text.strip() else None)
        r.stopped_in_thinking = not r.solution and bool(r.thinking or self._thinking_open)
        if r.answer and self.reference_answer:
            checker = self.checker(SOLUTION)
            checker.reference_answer = self.reference_answer
            r.answer_verdict = checker.check_answer(r.answer)
        if r.answer_verdict is not None and self.answer_claim_on_step:
            self._attach_answer_claim(r)

    @staticmethod
    def _attach_answer_claim(r: WorkedCheck) -> None:
        """The step that states the final answer carries that claim too (issue 12)."""
        from tutor.verify.decide import step_verdict
        from tutor.verify.stated_answer import states_answer

        if r.answer_verdict is None:
            return
        stating = [i for i, s in enumerate(r.solution) if states_answer(s.text)]
        if stating:
            i = stating[-1]
        elif r.solution and r.answer and r.answer in r.solution[-1].text:
            i = len(r.solution) - 1
        else:
            return
        step = r.solution[i]
        claims = step.verdict.claims if step.verdict is not None else ()
        step.verdict = step_verdict((*claims, r.answer_verdict))
        r.answer_step = i


def _default_checker(problem: str) -> Any:
    from tutor.verify.api import ChainChecker  # SymPy's pool: imported where it is used

    return ChainChecker(problem)


def replay(output: str, chunk: int = 64) -> Iterator[Event]:
    """A finished model output as the stream of events the model would have sent.

    `<think>...</think>` becomes ThinkingDelta, the rest TextDelta. Text that opens
    with `</think>` but no `<think>` (a template that opened it) starts in thinking.
    """
    output = output[:MAX_OUTPUT_CHARS]
    close = output.find("</think>")
    starts_inside = close >= 0 and "<think>" not in output[:close]
    splitter = ThinkSplitter(thinking=starts_inside)
    for i in range(0, len(output), chunk):
        for thinking, text in splitter.feed(output[i:i + chunk]):
            yield ThinkingDelta(text) if thinking else TextDelta(text)
    for thinking, text in splitter.finish():
        yield ThinkingDelta(text) if thinking else TextDelta(text)
    yield Done()


def check_events(problem: str, events: Iterable[Event], *,
                 reference_answer: str | None = None,
                 checker_factory: Callable[[str], Any] | None = None) -> WorkedCheck:
    """Split (when the stream has no steps of its own) and check a whole, finished
    stream (its steps checked ahead, see `ChainCheck.check_ahead`)."""
    from tutor.reasoning.steps import with_steps

    chain = ChainCheck(problem, reference_answer=reference_answer,
                       checker_factory=checker_factory)
    finished = list(with_steps(events))
    chain.check_ahead([e.step for e in finished if isinstance(e, StepBoundary)])
    for event in finished:
        chain.take(event)
    return chain.result


def check_worked_solution(problem: str, output: str, *,
                          reference_answer: str | None = None,
                          checker_factory: Callable[[str], Any] | None = None) -> WorkedCheck:
    """Check a worked solution from anywhere (a student's, a textbook's, a model's).

    `reference_answer` is an independently confirmed answer to cross-check the final
    answer against (the built-in engine's; see `reference_for`).
    """
    return check_events(problem, replay(output), reference_answer=reference_answer,
                        checker_factory=checker_factory)


def reference_for(problem: str, time_limit: float = 20.0) -> str | None:
    """The built-in engine's independently confirmed answer, or None."""
    try:
        from tutor.reasoning.symbolic import solve_reference  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        ref = solve_reference(problem, time_limit=time_limit)
    except Exception:  # noqa: BLE001 - no cross-check is better than a failed check
        return None
    if getattr(ref, "confidence", None) != "confirmed":
        return None
    answer = getattr(ref, "answer", None)
    return answer if isinstance(answer, str) and answer.strip() else None


class ReplayBackend:
    """A finished text (pasted, opened, or a recorded transcript) as a model backend.

    Streams `replay(output)` in chunks of about one token (4 characters), at
    `tokens_per_second` when given (a recorded chain at a realistic speed), else at
    once; honours the cancel token between chunks.
    """

    name = "worked solution"

    def __init__(self, output: str, tokens_per_second: float | None = None) -> None:
        self.output = output
        self.tokens_per_second = tokens_per_second

    def execute(self, request: Any, cancel: Any) -> Iterator[Event]:
        import time

        delay = 1.0 / self.tokens_per_second if self.tokens_per_second else 0.0
        start = time.perf_counter()
        count = 0
        for event in replay(self.output, chunk=4):
            if isinstance(event, Done):
                yield Done(model=self.name, cancelled=cancel.cancelled)
                return
            if cancel.cancelled:
                yield Done(model=self.name, cancelled=True)
                return
            count += 1
            if delay:
                ahead = start + count * delay - time.perf_counter()
                if ahead > 0 and cancel.wait(ahead):
                    yield Done(model=self.name, cancelled=True)
                    return
            yield event
