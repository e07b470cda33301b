"""The one fake model for unit tests: it streams scripted text as a real model backend does.

Raw output (with `<think>...</think>` if wanted) goes through the same ThinkSplitter as
the local backend, in chunks of a few characters, as ThinkingDelta and TextDelta; it
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
    TextDelta,
    ThinkingDelta,
    Usage,
)
from tutor.reasoning.thinktags import ThinkSplitter

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
        text = self.text_for(request)
        splitter = ThinkSplitter()
        tokens = 0
        for i in range(0, len(text), self.chunk):
            if cancel.cancelled or (self.delay and cancel.wait(self.delay)):
                yield Done(Usage(completion_tokens=tokens), cancelled=True)
                return
            for thinking, piece in splitter.feed(text[i:i + self.chunk]):
                tokens += 1
                yield ThinkingDelta(piece, 1) if thinking else TextDelta(piece, 1)
        for thinking, piece in splitter.finish():
            yield ThinkingDelta(piece, 1) if thinking else TextDelta(piece, 1)
        yield Done(Usage(completion_tokens=tokens), model=self.name, truncated=self.truncated)
