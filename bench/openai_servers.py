"""Tiny misbehaving OpenAI-compatible servers on 127.0.0.1 (http.server in a thread).

Used by bench/reliability_models.py and by tests/reasoning/test_openai_*.py.

Each scenario is a function that writes the whole HTTP response itself, so a test can
send what a careless or hostile server would: a stream that ignores max_tokens, a
one-byte-a-second drip, a 200 that is not SSE, a stream cut midway.
"""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

Scenario = Callable[["Handler"], None]


def chunk(text: str | None = None, finish: str | None = None) -> bytes:
    """One SSE event holding a chat.completion.chunk."""
    delta = {"content": text} if text is not None else {}
    body = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return b"data: " + json.dumps(body).encode() + b"\n\n"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    scenario: Scenario
    seen: list[dict[str, Any]]  # each request's headers (lower-case names) and body
    stop: threading.Event

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.seen.append({"headers": {k.lower(): v for k, v in self.headers.items()},
                          "body": json.loads(body or b"{}")})
        try:
            type(self).scenario(self)
        except OSError:
            pass  # the client went away: expected when it stops a stream
        self.close_connection = True

    def head(self, content_type: str, status: int = 200, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length is None:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def send_chunk(self, data: bytes) -> None:
        """One piece of a chunked body."""
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def end_chunks(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serve(scenario: Scenario) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Run `scenario` for every request; yields (base URL, requests seen)."""
    stop = threading.Event()
    handler = type("H", (Handler,), {"scenario": staticmethod(scenario), "seen": [],
                                     "stop": stop})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", handler.seen
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


# -- scenarios ---------------------------------------------------------------------------
def endless(h: Handler) -> None:
    """Ignores max_tokens: streams tokens until the client hangs up (or 20,000 of them)."""
    h.head("text/event-stream")
    for i in range(20000):
        if h.stop.is_set():
            return
        h.send_chunk(chunk(f"{i} "))
    h.send_chunk(chunk(finish="stop") + b"data: [DONE]\n\n")
    h.end_chunks()


def drip(h: Handler) -> None:
    """A valid stream, one byte a second (for at most 30 s)."""
    h.head("text/event-stream")
    data = b"".join(chunk("x") for _ in range(50))
    for i in range(min(len(data), 30)):
        if h.stop.wait(1.0):
            return
        h.send_chunk(data[i : i + 1])


def canned(content_type: str, body: bytes, status: int = 200) -> Scenario:
    def scenario(h: Handler) -> None:
        h.head(content_type, status, length=len(body))
        h.wfile.write(body)
        h.wfile.flush()

    return scenario


def cut_in_chunk(h: Handler) -> None:
    """A few tokens, then the socket closes in the middle of a chunk."""
    h.head("text/event-stream")
    for word in ("Two ", "plus ", "two "):
        h.send_chunk(chunk(word))
    h.wfile.write(b"400\r\ndata: {\"choi")  # promises 1024 bytes, sends 15
    h.wfile.flush()
    h.connection.shutdown(2)


def cut_between_events(h: Handler) -> None:
    """A few tokens, then a clean end of the body: no finish_reason, no [DONE]."""
    h.head("text/event-stream")
    for word in ("Two ", "plus ", "two "):
        h.send_chunk(chunk(word))
    time.sleep(0.05)
    h.end_chunks()


def echo_key(h: Handler) -> None:
    """A 500 whose error message repeats the Authorization header it was sent."""
    sent = h.headers.get("Authorization", "")
    body = json.dumps({"error": {"message": f"internal error for {sent}"}}).encode()
    canned("application/json", body, status=500)(h)


def short_answer(h: Handler) -> None:
    h.head("text/event-stream")
    h.send_chunk(chunk("4") + chunk(finish="stop") + b"data: [DONE]\n\n")
    h.end_chunks()
