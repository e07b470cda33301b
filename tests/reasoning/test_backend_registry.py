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
