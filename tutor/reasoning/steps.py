"""Turn streamed text into solution steps as it arrives.

A step ends at a blank line, before a numbered step ("1." / "Step 2:"), and before
an R1-style "Wait," that reconsiders what came before. Display equations
(`$$...$$`, `\\[...\\]`) are never cut, even across blank lines. Only complete lines
are judged, so a step is released as soon as the line after it shows it is over:
the first step can be checked while the model is still writing the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from tutor.problems.step import SOLUTION, THINKING, Step
from tutor.reasoning.events import Done, Error, Event, StepBoundary, TextDelta, ThinkingDelta

_NUMBERED = re.compile(r"^\s*(?:[*#]+\s*)?(?:step\s+\d+\s*[:.)]|\d+[.)]\s)", re.IGNORECASE)
_WAIT_LINE = re.compile(r"^\s*(?:[*_]+)?wait\s*,", re.IGNORECASE)
_WAIT_INLINE = re.compile(r"(?<=[.!?])\s+(?=Wait\s*,)")


class StepSplitter:
    def __init__(self) -> None:
        self._pending = ""  # the incomplete last line
        self._lines: list[str] = []  # lines of the step being built
        self._closer: str | None = None  # "$$" or "\\]" while inside display maths

    def feed(self, text: str) -> list[str]:
        """Add streamed text; return the steps it completed (often none)."""
        self._pending += text
        *complete, self._pending = self._pending.split("\n")
        out: list[str] = []
        for line in complete:
            self._line(line, out)
        if self._closer is None and _starts_step(self._pending):
            self._flush(out)  # "2. ..." has begun: step 1 is over before the line ends
        return out

    def finish(self) -> list[str]:
        """End of stream: return the remaining step(s)."""
        out: list[str] = []
        if self._pending:
            self._line(self._pending, out)
            self._pending = ""
        self._closer = None
        self._flush(out)
        return out

    def _line(self, line: str, out: list[str]) -> None:
        if self._closer is not None:
            self._lines.append(line)
            if self._closer in line:
                self._closer = None
            return
        if not line.strip():
            self._flush(out)
            return
        if _starts_step(line):
            self._flush(out)
        pieces = _WAIT_INLINE.split(line) if "$" not in line else [line]
        for i, piece in enumerate(pieces):
            if i:
                self._flush(out)
            self._lines.append(piece)
        self._closer = _opens_display(line)

    def _flush(self, out: list[str]) -> None:
        step = "\n".join(self._lines).strip()
        self._lines = []
        if step:
            out.append(step)


def _starts_step(line: str) -> bool:
    return bool(_NUMBERED.match(line) or _WAIT_LINE.match(line))


def _opens_display(line: str) -> str | None:
    """The closing delimiter if `line` leaves a display equation open."""
    if line.count("$$") % 2 == 1:
        return "$$"
    start = line.rfind("\\[")
    if start >= 0 and "\\]" not in line[start:]:
        return "\\]"
    return None


def split_steps(text: str) -> list[str]:
    """All steps of a finished text."""
    splitter = StepSplitter()
    return splitter.feed(text) + splitter.finish()


def with_steps(events: Iterable[Event]) -> Iterator[Event]:
    """Pass events through, adding a StepBoundary as each step completes.

    The thinking (ThinkingDelta) and the solution (TextDelta) are split separately:
    their steps carry `part` "thinking" and "solution" and are numbered apart. The
    thinking's last step is released as soon as the solution begins.

    A stream that carries its own StepBoundary events (the symbolic engine, or a stream
    already split by this function) is passed through untouched: steps split here are
    held back one event, and dropped when the source's own boundary follows.
    """
    splitters = {THINKING: StepSplitter(), SOLUTION: StepSplitter()}
    counts = {THINKING: 0, SOLUTION: 0}
    own_steps = False
    pending: list[StepBoundary] = []

    def split(part: str, texts: list[str]) -> None:
        for text in texts:
            pending.append(StepBoundary(Step(text, index=counts[part], part=part)))
            counts[part] += 1

    for event in events:
        if isinstance(event, StepBoundary):
            own_steps = True
            pending.clear()
            yield event
            continue
        yield from pending
        pending.clear()
        if own_steps:
            yield event
            continue
        if isinstance(event, Done | Error):
            split(THINKING, splitters[THINKING].finish())
            split(SOLUTION, splitters[SOLUTION].finish())
            yield from pending
            pending.clear()
            yield event
            continue
        yield event
        if isinstance(event, ThinkingDelta):
            split(THINKING, splitters[THINKING].feed(event.text))
        elif isinstance(event, TextDelta):
            if event.text.strip():  # the thinking is over once the solution has begun
                split(THINKING, splitters[THINKING].finish())
            split(SOLUTION, splitters[SOLUTION].feed(event.text))
    yield from pending
