"""The one fake model for unit tests: it streams scripted text as a real model backend does.

Raw output (with `<think>...</think>` if wanted) goes through `tutor.reasoning.worked.replay`
(the ThinkSplitter the local backend uses), in chunks of a few characters, as
ThinkingDelta and TextDelta; it
never emits steps itself (the registry's step splitter does that, as for a real model).
For whole-app paths, use the real backends: see tests/ui/test_real_model_e2e.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from tutor.reasoning.events import (
    CancelToken,
    Done,
    Error,
    Event,
    Request,
    ThinkingDelta,
    Usage,
)
from tutor.reasoning.worked import replay

Script = Sequence[str] | Callable[[Request, int], str]


class FakeModel:
    """Replays `outputs` in turn (or `outputs(request, n)` for the n-th request, from 1).

    `endless`: thinks "thought N " until cancelled. `error`: (message, kind) ends every
    request with that Error. `truncated`: Done says the token budget ran out.
    """

    name = "fake"

    def __init__(self, outputs: Script = (), *, chunk: int = 4, delay: float = 0.0,
                 endless: bool = False, error: tuple[str, str] | None = None,
                 truncated: bool = False) -> None:
        self.outputs = outputs
        self.chunk, self.delay = chunk, delay
        self.endless, self.error, self.truncated = endless, error, truncated
        self.requests: list[Request] = []

    def text_for(self, request: Request) -> str:
        n = len(self.requests)
        if callable(self.outputs):
            return self.outputs(request, n)
        return self.outputs[(n - 1) % len(self.outputs)]

    def execute(self, request: Request, cancel: CancelToken) -> Iterator[Event]:
        self.requests.append(request)
        if self.error is not None:
            yield Error(*self.error)
            return
        if self.endless:
            count = 0
            while not cancel.wait(self.delay or 0.005):
                count += 1
                yield ThinkingDelta(f"thought {count} ", 1)
            yield Done(cancelled=True)
            return
        tokens = 0
        # The text as a model streams it: the same <think> splitting as a pasted solution.
        for event in replay(self.text_for(request), chunk=self.chunk):
            if isinstance(event, Done):
                break
            if cancel.cancelled or (self.delay and cancel.wait(self.delay)):
                yield Done(Usage(completion_tokens=tokens), cancelled=True)
                return
            tokens += 1
            yield event
        yield Done(Usage(completion_tokens=tokens), model=self.name, truncated=self.truncated)
