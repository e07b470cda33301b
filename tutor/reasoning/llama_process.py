"""llama.cpp in a child process, so that a native abort in it cannot end the app.

llama.cpp stops the whole process (GGML_ASSERT: SIGABRT) on some model files that
pass every check we can make from the header, and a crash in the app's own process
would lose the student's unsaved work. A `LlamaProcess` is one spawned child that
loads the model once and keeps it loaded across requests. It streams each chunk of
`create_chat_completion(stream=True)` back over a pipe and stops at the next token
when the parent asks. A child that dies is reported as an error (`ModelCrashed`, with
llama.cpp's last message) and the next request starts a fresh one.

The child's stderr goes to a temporary file, read back only to explain a crash.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from tutor.workers import start_without_main

LOAD_LIMIT = 300.0  # seconds for the child to start and load a model (a 30 GB file on a HDD)
CANCEL_GRACE = 0.3  # seconds the child has to stop after a cancel before it is killed
LOG_LIMIT = 1 << 20  # bytes of the child's stderr kept between requests


class ModelLoadError(Exception):
    """llama.cpp refused or could not load the file; the message says why."""


class LoadCancelled(Exception):
    """The request was cancelled while the model loaded; the child was stopped."""


class ModelCrashed(Exception):
    """The child process died (a native abort in llama.cpp); the message says how."""


class LlamaProcess:
    """One child holding one loaded model; `generate` streams one request at a time."""

    def __init__(self, model_path: Path, *, n_ctx: int, n_threads: int,
                 n_gpu_layers: int) -> None:
        self.model_path = model_path
        self.options = {"n_ctx": n_ctx, "n_threads": n_threads, "n_gpu_layers": n_gpu_layers}
        self.lock = threading.Lock()  # held by the request being generated
        self.retired = False  # evicted from the cache: closed when its request ends
        self._proc: Any = None
        self._conn: Connection | None = None
        fd, name = tempfile.mkstemp(prefix="proof-tutor-llama-", suffix=".log")
        os.close(fd)
        self._log = Path(name)

    @property
    def pid(self) -> int | None:
        proc = self._proc
        return int(proc.pid) if proc is not None and proc.is_alive() else None

    def alive(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    def start(self, cancelled: Callable[[], bool] = lambda: False) -> None:
        """Spawn the child and wait until the model is loaded; `cancelled()` is polled.

        Raises ModelLoadError when llama.cpp refuses the file, ModelCrashed when the
        child dies while loading it, LoadCancelled (the child stopped) on a cancel.
        """
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=serve, name="llama-model", daemon=True,
                           args=(child, str(self.model_path), self.options, str(self._log)))
        start_without_main(proc)
        child.close()
        self._proc, self._conn = proc, parent
        deadline = time.monotonic() + LOAD_LIMIT
        try:
            while not parent.poll(0.05):
                if cancelled():
                    self.close()
                    raise LoadCancelled()
                if time.monotonic() > deadline:
                    self.close()
                    raise ModelLoadError(f"llama.cpp did not load it within {LOAD_LIMIT:g} s")
            message = parent.recv()
        except (EOFError, OSError):
            raise ModelCrashed(self._death()) from None
        if message[0] != "ready":
            self.close()
            raise ModelLoadError(str(message[1]))

    def generate(self, messages: list[dict[str, str]], params: dict[str, Any],
                 cancelled: Any) -> Iterator[tuple[Any, ...]]:
        """Messages from the child for one request; `cancelled()` is polled every 50 ms.

        Yields ("start", prompt_tokens, opens_think), ("text", text, finish_reason)...,
        then ("end", completion_tokens, finish_reason) or ("error", kind, message).
        Raises ModelCrashed when the child dies. Hold `lock` while iterating.
        """
        conn = self._conn
        assert conn is not None
        self._trim_log()
        stop_by: float | None = None
        finished = False
        try:
            conn.send(("generate", messages, params))
            while True:
                if stop_by is None and cancelled():
                    conn.send(("cancel",))
                    stop_by = time.monotonic() + CANCEL_GRACE
                wait = 0.05 if stop_by is None else max(0.0, stop_by - time.monotonic())
                if conn.poll(wait):
                    message = conn.recv()
                    finished = message[0] in ("end", "error")
                    yield message
                    if finished:
                        return
                elif stop_by is not None:  # deaf to the cancel (a long prompt): killed
                    self.close()
                    finished = True
                    yield ("end", 0, None)
                    return
        except (EOFError, OSError):
            finished = True
            raise ModelCrashed(self._death()) from None
        finally:
            if not finished:  # the consumer stopped early: stop the child, or replace it
                self._abandon(conn)

    def _abandon(self, conn: Connection) -> None:
        try:
            conn.send(("cancel",))
            deadline = time.monotonic() + CANCEL_GRACE
            while conn.poll(max(0.0, deadline - time.monotonic())):
                if conn.recv()[0] in ("end", "error"):
                    return
        except (EOFError, OSError):
            pass
        self.close()

    def _trim_log(self) -> None:
        """Keep the child's stderr file small in a long session (it appends: safe to cut)."""
        try:
            if self._log.stat().st_size > LOG_LIMIT:
                os.truncate(self._log, 0)
        except OSError:
            pass

    def _death(self) -> str:
        """How the child ended, with llama.cpp's last words from its stderr."""
        proc = self._proc
        if proc is not None:
            proc.join(5)
        code = proc.exitcode if proc is not None else None
        self.close()
        if code is not None and code < 0:
            try:
                how = f"it stopped with {signal.Signals(-code).name}"
            except ValueError:
                how = f"it stopped with signal {-code}"
        else:
            how = f"it exited with code {code}"
        said = last_error(self._log)
        return f"{how} ({said})" if said else how

    def close(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            conn.close()
        if proc is not None:
            if proc.is_alive():
                proc.kill()
            proc.join(5)

    def remove_log(self) -> None:
        self._log.unlink(missing_ok=True)


def last_error(log: Path, limit: int = 8192) -> str:
    """The most telling line at the end of the child's stderr: an assertion, or the last."""
    try:
        with log.open("rb") as fh:
            fh.seek(max(0, fh.seek(0, os.SEEK_END) - limit))
            lines = [ln.strip() for ln in fh.read().decode(errors="replace").splitlines()]
    except OSError:
        return ""
    lines = [ln for ln in lines if ln]
    for line in reversed(lines):
        if "GGML_ASSERT" in line:  # "/long/path/llama-model.cpp:1328: GGML_ASSERT(...) failed"
            return line[line.index("GGML_ASSERT"):][:300]
    for line in reversed(lines):
        if ("error" in line.lower() or "abort" in line.lower()) and " - kv " not in line:
            return line[:300]
    return ""  # llama.cpp's ordinary log would only confuse


# -- the child ------------------------------------------------------------------------
def serve(conn: Connection, model_path: str, options: dict[str, Any], log: str) -> None:
    """The child's loop: load the model, then answer requests until the pipe closes."""
    fd = os.open(log, os.O_WRONLY | os.O_APPEND)
    os.dup2(fd, 2)  # llama.cpp writes to fd 2; kept for the parent to explain a crash
    os.close(fd)
    os.environ["GGML_NO_BACKTRACE"] = "1"  # an abort need not call a debugger first
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    try:
        from llama_cpp import Llama

        llm = Llama(model_path=model_path, verbose=True, **options)  # its log: our file
    except (ValueError, RuntimeError, OSError, ImportError) as exc:
        conn.send(("failed", f"llama.cpp could not load {Path(model_path).name}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request[0] == "generate":  # a "cancel" that came after its request ended: ignored
            _generate(conn, llm, request[1], request[2], options["n_ctx"])


def _generate(conn: Connection, llm: Any, messages: list[dict[str, str]],
              params: dict[str, Any], n_ctx: int) -> None:
    from tutor.reasoning.local import opens_think, render_template

    prompt = _render_prompt(llm, messages, render_template)
    conn.send(("start", _count(llm, prompt), opens_think(prompt)))
    parts: list[str] = []
    finish: str | None = None
    stream = llm.create_chat_completion(messages=messages, stream=True, **params)
    try:
        for chunk in stream:
            choice = chunk["choices"][0]
            finish = choice.get("finish_reason") or finish
            text = choice.get("delta", {}).get("content")
            if text:
                parts.append(text)
                conn.send(("text", text, finish))
            if conn.poll() and conn.recv()[0] == "cancel":
                break
    except ValueError as exc:
        kind = "context_overflow" if "context window" in str(exc) else "backend"
        if kind == "context_overflow":
            message = f"The problem is too long for this model's context of {n_ctx} tokens ({exc})."
        else:
            message = f"The model failed: {exc}"
        conn.send(("error", kind, message))
        return
    except RuntimeError as exc:
        conn.send(("error", "backend", f"The model failed: {exc}"))
        return
    finally:
        stream.close()
    conn.send(("end", _count(llm, "".join(parts)), finish))


def _count(llm: Any, text: str) -> int:
    return len(llm.tokenize(text.encode(), add_bos=False, special=True)) if text else 0


def _render_prompt(llm: Any, messages: list[dict[str, str]], render: Any) -> str:
    """The prompt the model's chat template builds, or "" when it cannot be rendered."""
    template = llm.metadata.get("tokenizer.chat_template")
    if not template:
        return ""

    def token(tid: int) -> str:
        return llm.detokenize([tid]).decode(errors="ignore") if tid >= 0 else ""

    return str(render(template, messages, bos=token(llm.token_bos()), eos=token(llm.token_eos())))
