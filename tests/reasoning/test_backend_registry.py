from __future__ import annotations

from pathlib import Path

import pytest

from tutor.reasoning.events import Backend
from tutor.reasoning.registry import BackendUnavailable, make_backend


def test_builds_each_backend(smollm2: Path) -> None:
    local = make_backend("local", model=str(smollm2), n_threads=1, n_ctx=512, base_url=None)
    remote = make_backend("openai", model="o3-mini", base_url="http://127.0.0.1:1/v1",
                          reasoning_effort="high")
    assert remote.reasoning_effort == "high"  # type: ignore[attr-defined]
    from_settings = make_backend("local", model_path=str(smollm2), n_ctx=1024)
    assert from_settings.model_path == smollm2 and from_settings.n_ctx == 1024  # type: ignore[attr-defined]
    symbolic = make_backend("symbolic")
    for backend, name in ((local, "local"), (remote, "openai"), (symbolic, "symbolic")):
        assert isinstance(backend, Backend) and backend.name == name


def test_clear_errors() -> None:
    with pytest.raises(BackendUnavailable, match="needs a model"):
        make_backend("local")
    with pytest.raises(BackendUnavailable, match="unknown backend 'gpt'"):
        make_backend("gpt")


def test_every_backend_it_builds_streams_its_steps(smollm2: Path) -> None:
    """The step contract: no caller has to remember to split a model's text into steps."""
    from tutor.problems.step import SOLUTION
    from tutor.reasoning.events import (
        CancelToken,
        Done,
        Request,
        SamplingOptions,
        StepBoundary,
        TextDelta,
    )

    local = make_backend("local", model=str(smollm2), n_threads=1, n_ctx=512)
    request = Request("Count from one to five, one number per line.",
                      sampling=SamplingOptions(max_tokens=40, seed=3, temperature=0.0))
    events = list(local.execute(request, CancelToken()))
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    steps = [e.step for e in events if isinstance(e, StepBoundary)]
    assert text.strip() and steps, "a model's text came without steps"
    assert all(s.part == SOLUTION for s in steps)
    assert all(line.strip() in text for s in steps for line in s.text.splitlines())
    assert isinstance(events[-1], Done)
    symbolic = list(make_backend("symbolic").execute(Request("Solve 3x - 1 = 8"), CancelToken()))
    assert [e.step.index for e in symbolic if isinstance(e, StepBoundary)][:2] == [0, 1]
