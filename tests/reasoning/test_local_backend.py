"""The local backend on the real SmolLM2-135M GGUF through llama-cpp-python."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from tests.reasoning.conftest import THREADS, collect, make_gguf
from tutor.reasoning.events import (
    CancelToken,
    Done,
    Error,
    Request,
    SamplingOptions,
    TextDelta,
    ThinkingDelta,
)
from tutor.reasoning.local import LocalBackend

pytestmark = pytest.mark.slow
SHORT = SamplingOptions(max_tokens=24, seed=7, temperature=0.0)


def test_streams_text_with_token_counts(local_backend: LocalBackend) -> None:
    events = collect(local_backend, Request("What is 2 + 3?", sampling=SHORT))
    deltas = [e for e in events if isinstance(e, TextDelta | ThinkingDelta)]
    done = events[-1]
    assert isinstance(done, Done) and not done.cancelled
    assert len(deltas) > 3 and "".join(d.text for d in deltas).strip()
    assert sum(d.tokens for d in deltas) >= 0.8 * done.usage.completion_tokens
    assert all(d.tokens_per_second > 0 for d in deltas if d.tokens)
    assert 0 < done.usage.completion_tokens <= SHORT.max_tokens
    assert done.usage.prompt_tokens > 10 and done.usage.tokens_per_second > 0
    assert done.usage.first_token_seconds is not None


def test_model_stays_loaded_between_requests(local_backend: LocalBackend, smollm2: Path) -> None:
    first, _ = local_backend.load()
    again = LocalBackend(smollm2, n_threads=THREADS, n_ctx=2048)
    start = time.perf_counter()
    second, _ = again.load()
    assert second is first and time.perf_counter() - start < 0.5


def test_cancel_stops_within_half_a_second(local_backend: LocalBackend) -> None:
    cancel = CancelToken()
    request = Request("Write a long story about numbers.",
                      sampling=SamplingOptions(max_tokens=1500, seed=1, temperature=0.8))
    seen_delta = threading.Event()
    result: dict[str, object] = {}

    def consume() -> None:
        for event in local_backend.execute(request, cancel):
            if isinstance(event, TextDelta | ThinkingDelta):
                seen_delta.set()
            if isinstance(event, Done | Error):
                result["end"] = time.perf_counter()
                result["event"] = event

    worker = threading.Thread(target=consume)
    worker.start()
    assert seen_delta.wait(30), "no token within 30 s"
    cancelled_at = time.perf_counter()
    cancel.cancel()
    worker.join(5)
    assert not worker.is_alive()
    event = result["event"]
    assert isinstance(event, Done) and event.cancelled
    assert event.usage.completion_tokens < 1500
    assert float(result["end"]) - cancelled_at < 0.5  # type: ignore[arg-type]


def _bad(path: Path) -> Error:
    events = collect(LocalBackend(path, n_threads=THREADS), Request("1+1?", sampling=SHORT))
    assert len(events) == 1 and isinstance(events[0], Error)
    return events[0]


def test_missing_model_file(tmp_path: Path) -> None:
    err = _bad(tmp_path / "absent.gguf")
    assert err.kind == "bad_model" and "not found" in err.message


def test_non_gguf_file(tmp_path: Path) -> None:
    p = tmp_path / "notes.gguf"
    p.write_text("this is not a model\n" * 20)
    err = _bad(p)
    assert err.kind == "bad_model" and "not a GGUF" in err.message


def test_truncated_model_file(tmp_path: Path, smollm2: Path) -> None:
    p = tmp_path / "half.gguf"
    shutil.copyfile(smollm2, p)
    os.truncate(p, smollm2.stat().st_size // 2)
    err = _bad(p)
    assert err.kind == "bad_model" and "truncated" in err.message


def test_gguf_that_llama_cpp_rejects(tmp_path: Path) -> None:
    # A well-formed GGUF header with no architecture: our check passes, llama.cpp refuses.
    err = _bad(make_gguf(tmp_path / "tiny.gguf", data_bytes=32))
    assert err.kind == "bad_model" and "llama.cpp could not load" in err.message


def test_context_overflow(smollm2: Path) -> None:
    backend = LocalBackend(smollm2, n_threads=THREADS, n_ctx=128)
    events = collect(backend, Request("Add these numbers: " + " + ".join(["17"] * 200),
                                      sampling=SHORT))
    assert isinstance(events[-1], Error) and events[-1].kind == "context_overflow"
    assert "context" in events[-1].message


# The generation-prompt part of DeepSeek-R1-Distill's chat template (it opens <think>).
R1_TEMPLATE = (
    "{{ bos_token }}{% for m in messages %}{% if m['role'] == 'user' %}"
    "{{ '<｜User｜>' + m['content'] }}{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<｜Assistant｜><think>\\n' }}{% endif %}"
)


def test_template_that_opens_think_is_detected(local_backend: LocalBackend) -> None:
    from tutor.reasoning.local import _render_prompt, opens_think, render_template

    msgs = [{"role": "user", "content": "1+1?"}]
    r1 = render_template(R1_TEMPLATE, msgs, bos="<s>")
    assert r1.startswith("<s><｜User｜>1+1?") and opens_think(r1)
    llm, _ = local_backend.load()
    chatml = _render_prompt(llm, msgs)
    assert "<|im_start|>user\n1+1?" in chatml and not opens_think(chatml)
    assert render_template("{% if %}", msgs) == ""  # broken template: no crash


def test_a_model_that_never_stops_thinking_ends_at_the_token_budget(
    local_backend: LocalBackend,
) -> None:
    # A model that would think for ever is stopped by the budget, and says so.
    budget = SamplingOptions(max_tokens=8, seed=3, temperature=0.0)
    start = time.monotonic()
    events = collect(local_backend, Request("Count from 1 to 500, one number a line.",
                                            sampling=budget))
    done = events[-1]
    assert isinstance(done, Done)
    assert done.truncated and not done.cancelled
    assert done.usage.completion_tokens <= 8 + 1
    assert time.monotonic() - start < 60


def test_a_short_answer_is_not_truncated(local_backend: LocalBackend) -> None:
    events = collect(local_backend, Request("Say OK.", sampling=SamplingOptions(
        max_tokens=256, seed=1, temperature=0.0)))
    done = events[-1]
    assert isinstance(done, Done) and not done.truncated
