"""The local backend on the real SmolLM2-135M GGUF through llama-cpp-python."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
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
    first = local_backend.load()
    again = LocalBackend(smollm2, n_threads=THREADS, n_ctx=2048)
    start = time.perf_counter()
    second = again.load()
    assert second is first and time.perf_counter() - start < 0.5
    assert first.pid is not None and first.pid != os.getpid()  # llama.cpp runs in a child


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


def test_template_that_opens_think_is_detected(smollm2: Path) -> None:
    from tutor.reasoning.gguf import read_header
    from tutor.reasoning.local import opens_think, render_template

    msgs = [{"role": "user", "content": "1+1?"}]
    r1 = render_template(R1_TEMPLATE, msgs, bos="<s>")
    assert r1.startswith("<s><｜User｜>1+1?") and opens_think(r1)
    template = read_header(smollm2).chat_template
    assert template is not None
    chatml = render_template(template, msgs)
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


# -- a model file that makes llama.cpp abort cannot end the app (issue 15, item 1) ------
sys.path.append(str(Path(__file__).resolve().parents[2] / "bench"))

from gguf_edits import U32, edit_gguf  # noqa: E402


@pytest.fixture(scope="module")
def thousand_layers(smollm2: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SmolLM2 with llama.block_count = 1000: llama.cpp asserts n_layer <= 512 (SIGABRT)."""
    return edit_gguf(smollm2, tmp_path_factory.mktemp("bad") / "layers1000.gguf",
                     {"llama.block_count": U32(1000)})


def test_a_native_abort_in_llama_cpp_is_an_error_and_the_app_lives_on(
    thousand_layers: Path, local_backend: LocalBackend,
) -> None:
    from tutor.reasoning.llama_process import LlamaProcess, ModelCrashed

    # The child loads whatever it is given (the header check is the backend's): it aborts.
    proc = LlamaProcess(thousand_layers, n_ctx=512, n_threads=THREADS, n_gpu_layers=0)
    with pytest.raises(ModelCrashed, match=r"SIGABRT \(GGML_ASSERT\(.*LLAMA_MAX_LAYERS\)"):
        proc.start()
    proc.remove_log()
    # This process (the app) is still here, and a good model still answers.
    events = collect(local_backend, Request("What is 1 + 1?", sampling=SHORT))
    assert isinstance(events[-1], Done)


def test_thousand_layers_end_to_end(thousand_layers: Path, home: Path) -> None:
    err = _bad(thousand_layers)
    assert err.kind == "bad_model" and "llama.block_count is 1000" in err.message
    env = {**os.environ, "PROOF_TUTOR_HOME": str(home)}
    added = subprocess.run([sys.executable, "-m", "tutor", "models", "add",
                            str(thousand_layers)], capture_output=True, text=True, env=env,
                           timeout=120)
    assert added.returncode == 2 and "block_count is 1000" in added.stderr
    solved = subprocess.run([sys.executable, "-m", "tutor", "solve", "What is 1 + 1?",
                             "--backend", "local", "--model", str(thousand_layers)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert solved.returncode == 2 and "block_count is 1000" in solved.stderr  # bad input
    assert "Traceback" not in solved.stderr + added.stderr


def test_a_crash_while_writing_is_an_error_and_the_next_request_starts_afresh(
    smollm2: Path,
) -> None:
    backend = LocalBackend(smollm2, n_threads=THREADS, n_ctx=1024)  # a process of its own
    request = Request("Write a long story about numbers.",
                      sampling=SamplingOptions(max_tokens=400, seed=1, temperature=0.8))
    events = []
    for event in backend.execute(request, CancelToken()):
        events.append(event)
        if len(events) == 3:
            crashed = backend.load().pid
            assert crashed is not None
            os.kill(crashed, signal.SIGABRT)  # what a GGML_ASSERT does mid-generation
    assert isinstance(events[-1], Error) and "SIGABRT" in events[-1].message
    again = collect(backend, Request("What is 2 + 2?", sampling=SHORT))
    assert isinstance(again[-1], Done) and backend.load().pid not in (None, crashed)


def test_a_consumer_that_stops_early_leaves_nothing_behind(local_backend: LocalBackend) -> None:
    long = Request("Write a long story about numbers.",
                   sampling=SamplingOptions(max_tokens=400, seed=1, temperature=0.8))
    stream = local_backend.execute(long, CancelToken())
    for event in stream:
        if isinstance(event, TextDelta):
            break
    stream.close()  # no cancel, no Done: the next request must not see this one's tokens
    events = collect(local_backend, Request("Say OK.", sampling=SHORT))
    done = events[-1]
    assert isinstance(done, Done) and done.usage.completion_tokens <= SHORT.max_tokens


def test_cancel_while_the_model_loads_stops_its_process(smollm2: Path, tmp_path: Path) -> None:
    # A copy: its own cache entry, so the model really has to load (about 1-2 s here).
    copy = tmp_path / "copy.gguf"
    shutil.copyfile(smollm2, copy)
    backend = LocalBackend(copy, n_threads=THREADS, n_ctx=512)
    cancel = CancelToken()
    timer = threading.Timer(0.3, cancel.cancel)
    started = time.perf_counter()
    timer.start()
    events = collect(backend, Request("1+1?", sampling=SHORT), cancel)
    ended = time.perf_counter()
    timer.join()
    assert len(events) == 1 and isinstance(events[0], Done) and events[0].cancelled
    assert ended - started < 0.3 + 0.5
    again = collect(backend, Request("What is 1 + 1?", sampling=SHORT))  # loads afresh
    assert isinstance(again[-1], Done) and not again[-1].cancelled
