"""Local reasoning backend: a GGUF model run by llama-cpp-python on this machine.

llama.cpp runs in a child process (`tutor.reasoning.llama_process`): a model file
that makes it abort ends that child, never the app, and becomes an Error("this model
file could not be loaded: ..."); the next request starts a fresh child. The child
loads the model on the first request and keeps it loaded (cached by path and load
parameters), so later requests start at once. Generation uses the model's own chat
template through `create_chat_completion(stream=True)`; a cancel stops the child at
its next token.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
from tutor.reasoning.gguf import GGUFError, GGUFInfo, read_header
from tutor.reasoning.llama_process import (
    LlamaProcess,
    LoadCancelled,
    ModelCrashed,
    ModelLoadError,
)
from tutor.reasoning.prompts import messages_for
from tutor.reasoning.thinktags import OPEN, ThinkSplitter

_CACHE_SIZE = 2
_cache: OrderedDict[tuple[Any, ...], tuple[LlamaProcess, GGUFInfo]] = OrderedDict()
_cache_lock = threading.Lock()
BAD_MODEL = "this model file could not be loaded: "


def unload_all() -> None:
    """Stop every model process (also at exit)."""
    with _cache_lock:
        while _cache:
            _, (proc, _info) = _cache.popitem()
            _retire(proc)


atexit.register(unload_all)


def _retire(proc: LlamaProcess) -> None:
    """Stop a process now, or when the request it is generating ends."""
    proc.retired = True
    if proc.lock.acquire(blocking=False):
        try:
            proc.close()
            proc.remove_log()
        finally:
            proc.lock.release()


def default_threads() -> int:
    return max(1, min(8, (os.cpu_count() or 2)))


class LocalBackend:
    name = "local"

    def __init__(
        self,
        model_path: str | os.PathLike[str],
        n_threads: int | None = None,
        n_ctx: int = 4096,
        n_gpu_layers: int = 0,
    ) -> None:
        self.model_path = Path(model_path).expanduser()
        self.n_threads = n_threads or default_threads()
        self.n_ctx = n_ctx
        self.n_gpu_layers = n_gpu_layers
        self._info: GGUFInfo | None = None

    # -- loading -----------------------------------------------------------------
    def load(self, cancel: CancelToken | None = None) -> LlamaProcess:
        """The model's child process, started and loaded if needed; raises GGUFError, or
        LoadCancelled when `cancel` is set while the model loads."""
        try:
            stat = self.model_path.stat()
        except OSError as exc:
            read_header(self.model_path)  # raises the precise reason (missing, not a file)
            raise GGUFError(f"cannot read {self.model_path}: {exc}") from exc
        key = (str(self.model_path.resolve()), stat.st_size, stat.st_mtime_ns,
               self.n_threads, self.n_ctx, self.n_gpu_layers)
        with _cache_lock:
            if key in _cache:
                proc, self._info = _cache[key]
                if proc.alive():
                    _cache.move_to_end(key)
                    return proc
                del _cache[key]  # it died (or was killed on a slow cancel): a fresh one
                _retire(proc)
            self._info = read_header(self.model_path)
            proc = LlamaProcess(self.model_path, n_ctx=self.n_ctx, n_threads=self.n_threads,
                                n_gpu_layers=self.n_gpu_layers)
            try:
                proc.start(lambda: cancel is not None and cancel.cancelled)
            except LoadCancelled:
                proc.remove_log()
                raise
            except ModelLoadError as exc:
                proc.remove_log()
                raise GGUFError(str(exc)) from exc
            except ModelCrashed as exc:
                proc.remove_log()
                raise GGUFError(f"{BAD_MODEL}llama.cpp stopped while loading "
                                f"{self.model_path.name}: {exc}") from exc
            _cache[key] = (proc, self._info)
            while len(_cache) > _CACHE_SIZE:
                _retire(_cache.popitem(last=False)[1][0])
            return proc

    # -- generation --------------------------------------------------------------
    def execute(self, request: Request, cancel: CancelToken) -> Iterator[Event]:
        start = time.perf_counter()
        try:
            proc = self.load(cancel)
        except GGUFError as exc:
            yield Error(str(exc), kind="bad_model")
            return
        except LoadCancelled:  # the child was stopped while loading: the next request reloads
            yield Done(Usage(seconds=time.perf_counter() - start), cancelled=True)
            return
        if cancel.cancelled:
            yield Done(Usage(seconds=time.perf_counter() - start), cancelled=True)
            return
        with proc.lock:
            try:
                yield from self._generate(proc, request, cancel, start)
            except ModelCrashed as exc:
                yield Error(f"llama.cpp crashed while writing: {exc}. The next request "
                            "starts it again.", kind="backend")
            finally:
                if proc.retired:
                    proc.close()
                    proc.remove_log()

    def _generate(
        self, proc: LlamaProcess, request: Request, cancel: CancelToken, start: float
    ) -> Iterator[Event]:
        s = request.sampling
        params = {"max_tokens": s.max_tokens, "temperature": s.temperature, "top_p": s.top_p,
                  "seed": s.seed}
        splitter = ThinkSplitter()
        prompt_tokens = tokens = completion = 0
        first: float | None = None
        finish: str | None = None
        gen_start = time.perf_counter()
        for message in proc.generate(messages_for(request), params, lambda: cancel.cancelled):
            kind = message[0]
            if kind == "text":
                tokens += 1
                now = time.perf_counter()
                if first is None:
                    first = now - start
                finish = message[2] or finish
                yield from _deltas(splitter.feed(message[1]), tokens / max(now - gen_start,
                                                                            1e-9))
            elif kind == "start":
                prompt_tokens = message[1]
                splitter = ThinkSplitter(thinking=message[2])
            elif kind == "end":
                completion, finish = message[1] or tokens, message[2] or finish
            elif kind == "error":
                yield Error(message[2], kind=message[1])
                return
        yield from _deltas(splitter.finish(), 0.0)
        usage = Usage(prompt_tokens, completion, time.perf_counter() - gen_start, first)
        if (not cancel.cancelled and finish == "length"
                and prompt_tokens + completion >= self.n_ctx - 1):
            yield Error(
                f"The model ran out of context ({self.n_ctx} tokens) before finishing; "
                "the answer is incomplete.", kind="context_overflow")
            return
        truncated = finish == "length" and not cancel.cancelled
        yield Done(usage, cancelled=cancel.cancelled, model=self.model_name, truncated=truncated)

    @property
    def model_name(self) -> str:
        return self._info.name if self._info else self.model_path.stem


def _deltas(pieces: list[tuple[bool, str]], rate: float) -> Iterator[Event]:
    for i, (thinking, text) in enumerate(pieces):
        n = 1 if i == 0 and rate else 0
        yield ThinkingDelta(text, n, rate) if thinking else TextDelta(text, n, rate)


def render_template(template: str, messages: list[dict[str, str]], bos: str = "",
                    eos: str = "") -> str:
    """Render a GGUF chat template (sandboxed Jinja, as llama-cpp-python does); "" on failure."""
    try:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        formatter = Jinja2ChatFormatter(template=template, eos_token=eos, bos_token=bos)
        return str(formatter(messages=messages).prompt)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a template we cannot render only costs the token count
        return ""


def opens_think(prompt: str) -> bool:
    """True when the rendered prompt leaves a `<think>` block open for the model."""
    return prompt.rstrip().endswith(OPEN)
