"""The OpenAI-compatible backend against llama-cpp-python's real server on 127.0.0.1,
plus failure cases on real sockets (closed port, silent server, HTTP errors)."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator

import openai  # noqa: F401 - imported up front so that timings exclude the import
import pytest

from tests.reasoning.conftest import SERVER_KEY, collect, free_port
from tutor.reasoning.events import (
    CancelToken,
    Done,
    Error,
    Request,
    SamplingOptions,
    TextDelta,
)
from tutor.reasoning.openai_backend import OpenAIBackend, is_loopback, is_reasoning_model

SHORT = SamplingOptions(max_tokens=24, seed=3, temperature=0.0)


@pytest.mark.slow
def test_streams_from_llama_cpp_server(llama_server: str) -> None:
    backend = OpenAIBackend(model="smollm2", base_url=llama_server, api_key=SERVER_KEY)
    events = collect(backend, Request("What is 3 + 4?", sampling=SHORT))
    assert isinstance(events[-1], Done), events[-1]
    text = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert text.strip()
    assert sum(isinstance(e, TextDelta) for e in events) > 3  # streamed, not one block
    assert 0 < events[-1].usage.completion_tokens <= SHORT.max_tokens


@pytest.mark.slow
def test_cancel_closes_the_stream(llama_server: str) -> None:
    backend = OpenAIBackend(model="smollm2", base_url=llama_server, api_key=SERVER_KEY)
    cancel = CancelToken()
    request = Request("Tell a long story.", sampling=SamplingOptions(max_tokens=200, seed=1))
    start = None
    for event in backend.execute(request, cancel):
        if isinstance(event, TextDelta) and start is None:
            start = time.perf_counter()
            cancel.cancel()
        last = event
    assert start is not None
    assert isinstance(last, Done) and last.cancelled
    assert time.perf_counter() - start < 0.5


@pytest.mark.slow
def test_wrong_key_is_an_auth_error(llama_server: str) -> None:
    backend = OpenAIBackend(model="smollm2", base_url=llama_server, api_key="wrong")
    events = collect(backend, Request("1+1?", sampling=SHORT))
    assert len(events) == 1 and isinstance(events[0], Error) and events[0].kind == "auth"


def test_refused_connection_is_quick() -> None:
    port = free_port()  # nothing listens there once the probe socket is closed
    backend = OpenAIBackend(model="m", base_url=f"http://127.0.0.1:{port}/v1", api_key="k")
    start = time.perf_counter()
    events = collect(backend, Request("1+1?", sampling=SHORT))
    assert time.perf_counter() - start < 3
    assert len(events) == 1 and isinstance(events[0], Error)
    assert events[0].kind == "connection" and f"127.0.0.1:{port}" in events[0].message


def test_silent_server_times_out() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        backend = OpenAIBackend(model="m", base_url=f"http://127.0.0.1:{port}/v1",
                                api_key="k", timeout=0.5)
        start = time.perf_counter()
        events = collect(backend, Request("1+1?", sampling=SHORT))
    assert time.perf_counter() - start < 5
    assert isinstance(events[-1], Error) and events[-1].kind == "timeout"


class _Canned(http.server.BaseHTTPRequestHandler):
    """Answers every POST with the status and body in the class attributes."""

    status = 200
    body = b""
    content_type = "application/json"

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(self.status)
        self.send_header("Content-Type", self.content_type)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def canned() -> Iterator[tuple[str, type[_Canned]]]:
    handler = type("Handler", (_Canned,), {})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", handler
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("status", "kind"), [(429, "rate_limit"), (401, "auth"), (500, "server"), (404, "bad_model")]
)
def test_http_errors_map_to_kinds(canned, status: int, kind: str) -> None:  # noqa: ANN001
    url, handler = canned
    handler.status = status
    handler.body = b'{"error": {"message": "nope"}}'
    events = collect(OpenAIBackend(model="m", base_url=url, api_key="k"),
                     Request("1+1?", sampling=SHORT))
    assert len(events) == 1 and isinstance(events[0], Error) and events[0].kind == kind


def test_context_length_error(canned) -> None:  # noqa: ANN001
    url, handler = canned
    handler.status = 400
    handler.body = b'{"error": {"message": "maximum context length is 2048 tokens"}}'
    events = collect(OpenAIBackend(model="m", base_url=url, api_key="k"),
                     Request("1+1?", sampling=SHORT))
    assert isinstance(events[0], Error) and events[0].kind == "context_overflow"


def test_malformed_stream(canned) -> None:  # noqa: ANN001
    url, handler = canned
    handler.content_type = "text/event-stream"
    handler.body = b'data: {"choices": "not a list"}\n\ndata: [DONE]\n\n'
    events = collect(OpenAIBackend(model="m", base_url=url, api_key="k"),
                     Request("1+1?", sampling=SHORT))
    assert isinstance(events[-1], Error) and events[-1].kind == "malformed"


def test_o_series_parameters() -> None:
    o = OpenAIBackend(model="o4-mini")._params(Request("x", sampling=SamplingOptions(
        max_tokens=100, reasoning_effort="high")))
    assert o["max_completion_tokens"] == 100 and o["reasoning_effort"] == "high"
    assert "temperature" not in o and "max_tokens" not in o
    plain = OpenAIBackend(model="qwen", base_url="http://127.0.0.1:1/v1")._params(
        Request("x", sampling=SamplingOptions(max_tokens=50, temperature=0.3)))
    assert plain["max_tokens"] == 50 and plain["temperature"] == 0.3
    assert "reasoning_effort" not in plain
    assert "numbered steps" in plain["messages"][0]["content"]
    low = OpenAIBackend(model="o3-mini", reasoning_effort="low")._params(Request("x"))
    assert low["reasoning_effort"] == "low"


def test_helpers() -> None:
    assert is_loopback("http://127.0.0.1:8080/v1") and is_loopback("http://localhost/v1")
    assert is_loopback("http://[::1]:80/v1") and not is_loopback("https://api.openai.com/v1")
    assert not is_loopback(None)
    assert is_reasoning_model("o3-mini") and not is_reasoning_model("gpt-4o")


def test_no_keyring_and_remote_url_is_auth_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        events = collect(OpenAIBackend(model="o4-mini"), Request("1+1?"))
        local = OpenAIBackend(model="m", base_url="http://127.0.0.1:9/v1")._key()
    finally:
        keyring.set_keyring(before)
    assert isinstance(events[0], Error) and events[0].kind == "auth"
    assert "keyring" in events[0].message
    assert local  # loopback servers get a dummy key
