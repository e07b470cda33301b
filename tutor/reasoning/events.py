"""The one streaming interface every reasoning backend speaks.

A backend is an object with `execute(request, cancel) -> Iterator[Event]`: a
generator that yields events as the chain of thought is written and checks the
cancel token between tokens. It never raises for expected failures (bad model
file, refused connection, bad key): it yields an `Error` event and returns.
The last event is always `Done` or `Error`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from tutor.problems.step import Step


class CancelToken:
    """Thread-safe flag a consumer sets to stop generation between tokens."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        """Sleep up to `timeout` seconds; True as soon as cancelled."""
        return self._event.wait(timeout)


@dataclass(frozen=True)
class SamplingOptions:
    temperature: float = 0.6
    top_p: float = 0.95
    seed: int | None = None
    max_tokens: int = 4096  # the token budget for thinking plus answer
    reasoning_effort: str | None = None  # o-series: "low" | "medium" | "high"


@dataclass(frozen=True)
class Request:
    problem: str
    system_prompt: str | None = None
    sampling: SamplingOptions = field(default_factory=SamplingOptions)
    # Extra messages after the problem, e.g. a partial solution to continue from.
    prefix: str | None = None


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    first_token_seconds: float | None = None

    @property
    def tokens_per_second(self) -> float:
        return self.completion_tokens / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class ThinkingDelta:
    """Text inside the model's hidden reasoning (`<think>...</think>`)."""

    text: str
    tokens: int = 0
    tokens_per_second: float = 0.0


@dataclass(frozen=True)
class TextDelta:
    """Visible answer text."""

    text: str
    tokens: int = 0
    tokens_per_second: float = 0.0


@dataclass(frozen=True)
class StepBoundary:
    """A complete step, ready to check and show: of the solution or of the thinking.

    The symbolic engine fills `hint`, `rule`, `latex` and `plot`; a model's steps come
    from the step splitter (`tutor.reasoning.steps`) and have only text.
    """

    step: Step


@dataclass(frozen=True)
class Done:
    usage: Usage = field(default_factory=Usage)
    answer: str | None = None  # final answer (LaTeX) when the backend knows it
    cancelled: bool = False
    model: str | None = None
    # The token budget ran out before the model finished (endless thinking, say):
    # whatever came is incomplete.
    truncated: bool = False
    # The backend read the problem and chose not to solve it (the built-in engine):
    # a message for the student saying what it understood and what to do instead.
    declined: str | None = None


@dataclass(frozen=True)
class Error:
    """Expected failure, with a message meant for the user."""

    message: str
    kind: str = "error"  # e.g. "bad_model", "connection", "auth", "context_overflow", "timeout"


Event = ThinkingDelta | TextDelta | StepBoundary | Done | Error


@runtime_checkable
class Backend(Protocol):
    name: str

    def execute(self, request: Request, cancel: CancelToken) -> Iterator[Event]: ...
