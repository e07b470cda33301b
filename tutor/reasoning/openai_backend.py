"""Cloud reasoning backend: OpenAI's o-series, or any OpenAI-compatible server.

Without `base_url` it talks to OpenAI: o1 / o3-mini / o4-mini take
`reasoning_effort` and `max_completion_tokens` and reject temperature. With a
`base_url` (llama.cpp server, vLLM, Ollama) the ordinary chat parameters apply.
The API key comes only from the OS keyring; a loopback server gets a dummy key.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

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
from tutor.reasoning.prompts import messages_for
from tutor.reasoning.thinktags import ThinkSplitter

O_SERIES = ("o1", "o3", "o4")
LOCAL_DUMMY_KEY = "sk-local-no-key-needed"


def is_loopback(base_url: str | None) -> bool:
    host = urlparse(base_url or "").hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_reasoning_model(model: str) -> bool:
    return model.split("/")[-1].lower().startswith(O_SERIES)


class OpenAIBackend:
    name = "openai"

    def __init__(
        self,
        model: str = "o4-mini",
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 0,
        reasoning_effort: str | None = None,
    ) -> None:
        self.model = model
        self.reasoning_effort = reasoning_effort  # default when the request sets none
        self.base_url = base_url
        self.timeout = timeout
        self.max_retries = max_retries
        self._api_key = api_key

    def _key(self) -> str | None:
        if self._api_key:
            return self._api_key
        from tutor.storage import secrets

        try:
            key = secrets.get_api_key("openai")
        except secrets.KeyringUnavailable:
            if is_loopback(self.base_url):
                return LOCAL_DUMMY_KEY
            raise
        if not key and is_loopback(self.base_url):
            return LOCAL_DUMMY_KEY
        return key

    def _params(self, request: Request) -> dict[str, Any]:
        s = request.sampling
        params: dict[str, Any] = {"model": self.model, "messages": messages_for(request),
                                  "stream": True}
        if self.base_url is None and is_reasoning_model(self.model):
            params["max_completion_tokens"] = s.max_tokens
            params["reasoning_effort"] = s.reasoning_effort or self.reasoning_effort or "medium"
            params["stream_options"] = {"include_usage": True}
        else:
            params.update(max_tokens=s.max_tokens, temperature=s.temperature, top_p=s.top_p)
            if s.seed is not None:
                params["seed"] = s.seed
        return params

    def execute(self, request: Request, cancel: CancelToken) -> Iterator[Event]:
        import openai

        from tutor.storage.secrets import KeyringUnavailable

        start = time.perf_counter()
        try:
            key = self._key()
        except KeyringUnavailable as exc:
            yield Error(str(exc), kind="auth")
            return
        if not key:
            yield Error("No OpenAI API key is stored. Add one in Settings (it is kept in "
                        "the system keyring).", kind="auth")
            return
        client = openai.OpenAI(api_key=key, base_url=self.base_url, timeout=self.timeout,
                               max_retries=self.max_retries)
        try:
            stream = client.chat.completions.create(**self._params(request))
        except openai.OpenAIError as exc:
            client.close()
            yield _error(exc, self.base_url)
            return
        splitter = ThinkSplitter()
        tokens, first, usage_in = 0, None, None
        finish: str | None = None
        finished = threading.Event()
        threading.Thread(target=_close_on_cancel, args=(stream, cancel, finished),
                         daemon=True).start()
        try:
            for chunk in stream:
                if cancel.cancelled:
                    break
                if getattr(chunk, "usage", None):
                    usage_in = chunk.usage
                if not chunk.choices:
                    continue
                finish = getattr(chunk.choices[0], "finish_reason", None) or finish
                delta = chunk.choices[0].delta
                reasoning = getattr(delta, "reasoning_content", None)
                pieces: list[tuple[bool, str]] = [(True, reasoning)] if reasoning else []
                if delta.content:
                    pieces += splitter.feed(delta.content)
                if not pieces:
                    continue
                tokens += 1
                now = time.perf_counter()
                first = first if first is not None else now - start
                rate = tokens / max(now - start, 1e-9)
                for i, (thinking, text) in enumerate(pieces):
                    kind = ThinkingDelta if thinking else TextDelta
                    yield kind(text, 1 if i == 0 else 0, rate)
        except Exception as exc:  # noqa: BLE001 - mapped to an Error event for the user
            if not cancel.cancelled:  # a cancel closes the stream under the reader: no error
                yield _stream_error(exc, self.base_url)
                return
        finally:
            finished.set()
            stream.close()
            client.close()
        for thinking, text in splitter.finish():
            yield ThinkingDelta(text) if thinking else TextDelta(text)
        usage = Usage(
            prompt_tokens=getattr(usage_in, "prompt_tokens", 0) or 0,
            completion_tokens=getattr(usage_in, "completion_tokens", 0) or tokens,
            seconds=time.perf_counter() - start, first_token_seconds=first)
        truncated = finish == "length" and not cancel.cancelled
        yield Done(usage, cancelled=cancel.cancelled, model=self.model, truncated=truncated)


def _close_on_cancel(stream: Any, cancel: CancelToken, finished: threading.Event) -> None:
    """Close the HTTP stream as soon as the user cancels, even mid-read."""
    while not finished.is_set():
        if cancel.wait(0.05):
            if not finished.is_set():
                stream.close()
            return


def _stream_error(exc: Exception, base_url: str | None) -> Error:
    import openai

    if isinstance(exc, openai.OpenAIError):
        return _error(exc, base_url)
    if isinstance(exc, AttributeError | IndexError | KeyError | TypeError | ValueError):
        return Error(f"The server sent a malformed response: {exc}", kind="malformed")
    return Error(f"The connection to {base_url or 'OpenAI'} failed: {exc}", kind="connection")


def _error(exc: Exception, base_url: str | None) -> Error:
    """Map an openai SDK exception to a message for the user."""
    import openai

    where = base_url or "OpenAI"
    if isinstance(exc, openai.AuthenticationError):
        return Error("The API key was rejected. Check the key in Settings.", kind="auth")
    if isinstance(exc, openai.PermissionDeniedError):
        return Error(f"Access denied by {where}: {_detail(exc)}", kind="auth")
    if isinstance(exc, openai.RateLimitError):
        return Error(f"Rate limit or quota reached at {where}; wait and try again "
                     f"({_detail(exc)}).", kind="rate_limit")
    if isinstance(exc, openai.APITimeoutError):
        return Error(f"{where} did not answer in time.", kind="timeout")
    if isinstance(exc, openai.APIConnectionError):
        return Error(f"Could not connect to {where}: {exc.__cause__ or exc}", kind="connection")
    if isinstance(exc, openai.NotFoundError):
        return Error(f"{where} does not know this model: {_detail(exc)}", kind="bad_model")
    if isinstance(exc, openai.BadRequestError):
        detail = _detail(exc)
        if "context" in detail.lower() and ("length" in detail.lower() or "window" in detail):
            return Error(f"The problem is too long for the model: {detail}",
                         kind="context_overflow")
        return Error(f"{where} rejected the request: {detail}", kind="bad_request")
    if isinstance(exc, openai.APIResponseValidationError):
        return Error(f"{where} sent a malformed response: {exc}", kind="malformed")
    if isinstance(exc, openai.APIStatusError):
        return Error(f"{where} failed (HTTP {exc.status_code}): {_detail(exc)}", kind="server")
    return Error(f"{where} failed: {exc}", kind="error")


def _detail(exc: Exception) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        msg = inner.get("message") if isinstance(inner, dict) else None
        if msg:
            return str(msg)
    return str(getattr(exc, "message", None) or exc)
