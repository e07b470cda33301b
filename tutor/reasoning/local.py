"""Local reasoning backend: a GGUF model run by llama-cpp-python on this machine.

The model loads on the first request and stays loaded (cached by path and load
parameters) so later requests start at once. Generation uses the model's own chat
template through `create_chat_completion(stream=True)`; the cancel token is checked
after every token, and closing llama.cpp's generator stops it at once.
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
from tutor.reasoning.prompts import messages_for
from tutor.reasoning.thinktags import OPEN, ThinkSplitter

_CACHE_SIZE = 2
_cache: OrderedDict[tuple[Any, ...], tuple[Any, threading.Lock, GGUFInfo]] = OrderedDict()
_cache_lock = threading.Lock()


def unload_all() -> None:
    """Free every cached model (also at exit, before llama.cpp's bindings are torn down)."""
    with _cache_lock:
        while _cache:
            _, (llm, _lock, _info) = _cache.popitem()
            close = getattr(llm, "close", None)
            if close is not None:
                close()


atexit.register(unload_all)


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
    def load(self) -> tuple[Any, threading.Lock]:
        """Load (or fetch from the cache) the llama.cpp model; raises GGUFError."""
        try:
            stat = self.model_path.stat()
        except OSError as exc:
            read_header(self.model_path)  # raises the precise reason (missing, not a file)
            raise GGUFError(f"cannot read {self.model_path}: {exc}") from exc
        key = (str(self.model_path.resolve()), stat.st_size, stat.st_mtime_ns,
               self.n_threads, self.n_ctx, self.n_gpu_layers)
        with _cache_lock:
            if key in _cache:
                _cache.move_to_end(key)
                llm, lock, self._info = _cache[key]
                return llm, lock
            self._info = read_header(self.model_path)
            try:
                from llama_cpp import Llama

                llm = Llama(
                    model_path=str(self.model_path),
                    n_ctx=self.n_ctx,
                    n_threads=self.n_threads,
                    n_gpu_layers=self.n_gpu_layers,
                    verbose=False,
                )
            except (ValueError, RuntimeError, OSError) as exc:
                raise GGUFError(f"llama.cpp could not load {self.model_path.name}: {exc}") from exc
            _cache[key] = (llm, threading.Lock(), self._info)
            while len(_cache) > _CACHE_SIZE:
                # Not closed here: a generation in another thread may still hold it;
                # it is freed when the last reference goes.
                _cache.popitem(last=False)
            return llm, _cache[key][1]

    # -- generation --------------------------------------------------------------
    def execute(self, request: Request, cancel: CancelToken) -> Iterator[Event]:
        start = time.perf_counter()
        try:
            llm, lock = self.load()
        except GGUFError as exc:
            yield Error(str(exc), kind="bad_model")
            return
        if cancel.cancelled:
            yield Done(Usage(seconds=time.perf_counter() - start), cancelled=True)
            return
        with lock:
            yield from self._generate(llm, request, cancel, start)

    def _generate(
        self, llm: Any, request: Request, cancel: CancelToken, start: float
    ) -> Iterator[Event]:
        messages = messages_for(request)
        prompt = _render_prompt(llm, messages)
        prompt_tokens = _count(llm, prompt)
        splitter = ThinkSplitter(thinking=opens_think(prompt))
        s = request.sampling
        stream = llm.create_chat_completion(
            messages=messages, stream=True, max_tokens=s.max_tokens,
            temperature=s.temperature, top_p=s.top_p, seed=s.seed,
        )
        parts: list[str] = []
        tokens = 0
        first: float | None = None
        finish: str | None = None
        gen_start = time.perf_counter()
        try:
            for chunk in stream:
                choice = chunk["choices"][0]
                finish = choice.get("finish_reason") or finish
                text = choice.get("delta", {}).get("content")
                if text:
                    tokens += 1
                    now = time.perf_counter()
                    if first is None:
                        first = now - start
                    parts.append(text)
                    rate = tokens / max(now - gen_start, 1e-9)
                    yield from _deltas(splitter.feed(text), rate)
                if cancel.cancelled:
                    break
        except ValueError as exc:
            if "context window" in str(exc):
                yield Error(
                    f"The problem is too long for this model's context of {self.n_ctx} "
                    f"tokens ({exc}).", kind="context_overflow")
            else:
                yield Error(f"The model failed: {exc}", kind="backend")
            return
        except RuntimeError as exc:
            yield Error(f"The model failed: {exc}", kind="backend")
            return
        finally:
            stream.close()
        yield from _deltas(splitter.finish(), 0.0)
        elapsed = time.perf_counter() - gen_start
        text = "".join(parts)
        completion = _count(llm, text)
        usage = Usage(prompt_tokens, completion, elapsed, first)
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


def _count(llm: Any, text: str) -> int:
    return len(llm.tokenize(text.encode(), add_bos=False, special=True)) if text else 0


def _deltas(pieces: list[tuple[bool, str]], rate: float) -> Iterator[Event]:
    for i, (thinking, text) in enumerate(pieces):
        n = 1 if i == 0 and rate else 0
        yield ThinkingDelta(text, n, rate) if thinking else TextDelta(text, n, rate)


def _render_prompt(llm: Any, messages: list[dict[str, str]]) -> str:
    """The prompt the model's chat template builds, or "" when it cannot be rendered.

    Used to count prompt tokens and to see whether the template itself opens a
    `<think>` block (DeepSeek-R1 distills do), so output starts inside thinking.
    """
    template = llm.metadata.get("tokenizer.chat_template")
    if not template:
        return ""

    def token(tid: int) -> str:
        return llm.detokenize([tid]).decode(errors="ignore") if tid >= 0 else ""

    return render_template(template, messages, bos=token(llm.token_bos()),
                           eos=token(llm.token_eos()))


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
