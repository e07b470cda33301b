"""Cloud reasoning backend: OpenAI's o-series, or any OpenAI-compatible server.

Without `base_url` it talks to OpenAI: o1 / o3-mini / o4-mini take
`reasoning_effort` and `max_completion_tokens` and reject temperature. With a
`base_url` (llama.cpp server, vLLM, Ollama) the ordinary chat parameters apply.

Keys: an `api_key` passed in, else (with `environment`, the openai SDK's convention
for the CLI and scripts) OPENAI_API_KEY, else the key in the OS keyring, which is sent
only to the host it was saved for (`send_stored_key` allows another); a loopback
server without a key gets a dummy one. OPENAI_BASE_URL likewise stands in for a
missing `base_url`.

Bounds enforced on our side, whatever the server does: the token budget (streamed
deltas are counted; the run ends at `max_tokens` with Done(truncated=True)) and
`timeout`, the total seconds for one request (a server that drips one byte a second
is stopped there). The HTTP exchange runs in a reader thread, so neither a silent
socket nor a slow drip can hold the caller past either bound or past a cancel.
"""

from __future__ import annotations

import ipaddress
import os
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
from tutor.reasoning.openai_stream import NotAStream, StreamReader
from tutor.reasoning.prompts import messages_for
from tutor.reasoning.thinktags import ThinkSplitter
from tutor.storage.logs import redact, register_secret

O_SERIES = ("o1", "o3", "o4")
LOCAL_DUMMY_KEY = "sk-local-no-key-needed"
DEFAULT_TIME_LIMIT = 600.0  # seconds for one request, all of it
READ_TIMEOUT = 60.0  # seconds of silence on the socket before the request fails


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


class KeyRefused(Exception):
    """No key may be sent to this server; the message says why and what to do."""


class OpenAIBackend:
    name = "openai"

    def __init__(
        self,
        model: str = "o4-mini",
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIME_LIMIT,
        max_retries: int = 0,
        reasoning_effort: str | None = None,
        *,
        environment: bool = True,
        send_stored_key: bool = False,
    ) -> None:
        if environment:
            base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
            api_key = api_key or os.environ.get("OPENAI_API_KEY") or None
        self.model = model
        self.reasoning_effort = reasoning_effort  # default when the request sets none
        self.base_url = base_url
        self.timeout = timeout
        self.max_retries = max_retries
        self.send_stored_key = send_stored_key
        self.environment = environment
        self._api_key = api_key
        register_secret(api_key)  # an error body that echoes it is redacted everywhere

    def _key(self) -> str:
        """The key for this server; raises KeyRefused or KeyringUnavailable."""
        if self._api_key:
            return self._api_key
        from tutor.storage import secrets

        where = secrets.host_of(self.base_url)
        try:
            key = secrets.get_api_key("openai")
            allowed = secrets.key_host("openai") if key else where
        except secrets.KeyringUnavailable:
            if is_loopback(self.base_url):
                return LOCAL_DUMMY_KEY
            raise
        if key and (allowed == where or self.send_stored_key):
            return key
        if is_loopback(self.base_url):
            return LOCAL_DUMMY_KEY
        if key:
            raise KeyRefused(
                f"The stored API key was saved for {allowed}, so it is not sent to {where}. "
                "Save a key for this server in Settings, or allow the stored key for it there"
                + (" (or pass --send-stored-key, or set OPENAI_API_KEY)." if self.environment
                   else "."))
        raise KeyRefused("No OpenAI API key is stored. Add one in Settings (it is kept in "
                         "the system keyring)"
                         + (", or set OPENAI_API_KEY." if self.environment else "."))

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
        for event in self._execute(request, cancel):
            yield Error(redact(event.message), event.kind) if isinstance(event, Error) else event

    def _execute(self, request: Request, cancel: CancelToken) -> Iterator[Event]:
        import openai

        from tutor.storage.secrets import KeyringUnavailable

        start = time.monotonic()
        try:
            key = self._key()
        except (KeyringUnavailable, KeyRefused) as exc:
            yield Error(str(exc), kind="auth")
            return
        client = openai.OpenAI(api_key=key, base_url=self.base_url,
                               timeout=min(READ_TIMEOUT, self.timeout),
                               max_retries=self.max_retries)
        reader = StreamReader(client, self._params(request))
        where = self.base_url or "OpenAI"
        budget = request.sampling.max_tokens
        splitter = ThinkSplitter()
        tokens, first, usage_in, finish = 0, None, None, None
        truncated = False
        try:
            for kind, item in reader.items(start + self.timeout, cancel):
                if kind == "error":
                    yield _stream_error(item, self.base_url, tokens,
                                        started=reader.response is not None)
                    return
                if kind == "late":
                    yield Error(f"{where} took longer than the {self.timeout:g} s limit "
                                f"for one request ({tokens} tokens came).", kind="timeout")
                    return
                if kind == "end":
                    if finish is None and usage_in is None and not cancel.cancelled:
                        yield _dropped(where, tokens)
                        return
                    break
                chunk = item
                if getattr(chunk, "usage", None):
                    usage_in = chunk.usage
                if not chunk.choices:
                    continue
                delta = chunk.choices[0].delta
                reasoning = getattr(delta, "reasoning_content", None)
                pieces: list[tuple[bool, str]] = [(True, reasoning)] if reasoning else []
                if delta.content:
                    pieces += splitter.feed(delta.content)
                if pieces and tokens >= budget:  # the server ignores max_tokens
                    truncated = True
                    break
                finish = getattr(chunk.choices[0], "finish_reason", None) or finish
                if not pieces:
                    continue
                tokens += 1
                now = time.monotonic()
                first = first if first is not None else now - start
                rate = tokens / max(now - start, 1e-9)
                for i, (thinking, text) in enumerate(pieces):
                    kind_of = ThinkingDelta if thinking else TextDelta
                    yield kind_of(text, 1 if i == 0 else 0, rate)
        except (AttributeError, IndexError, KeyError, TypeError, ValueError) as exc:
            yield Error(f"{where} sent a malformed response: {exc}", kind="malformed")
            return
        finally:
            reader.stop()
        for thinking, text in splitter.finish():
            yield ThinkingDelta(text) if thinking else TextDelta(text)
        usage = Usage(
            prompt_tokens=getattr(usage_in, "prompt_tokens", 0) or 0,
            completion_tokens=getattr(usage_in, "completion_tokens", 0) or tokens,
            seconds=time.monotonic() - start, first_token_seconds=first)
        truncated = (truncated or finish == "length") and not cancel.cancelled
        yield Done(usage, cancelled=cancel.cancelled, model=self.model, truncated=truncated)


def _dropped(where: str, tokens: int) -> Error:
    return Error(f"The connection to {where} dropped before the answer was complete "
                 f"(after {tokens} tokens).", kind="connection")


def _stream_error(exc: Exception, base_url: str | None, tokens: int, *,
                  started: bool) -> Error:
    """The Error for what stopped a request; `started`: its response had begun."""
    import openai

    where = base_url or "OpenAI"
    httpx = _http_library()
    if isinstance(exc, NotAStream):
        return Error(f"{where} answered, but not with an event stream: it sent {exc}",
                     kind="malformed")
    timed_out = isinstance(exc, openai.APITimeoutError | httpx.TimeoutException)
    if started and timed_out:
        return Error(f"{where} stopped sending in the middle of the answer (after {tokens} "
                     "tokens).", kind="timeout")
    if started and isinstance(exc, openai.APIConnectionError | httpx.TransportError):
        return _dropped(where, tokens)
    if isinstance(exc, openai.OpenAIError):
        return _error(exc, base_url)
    if isinstance(exc, AttributeError | IndexError | KeyError | TypeError | ValueError):
        return Error(f"The server sent a malformed response: {exc}", kind="malformed")
    return Error(f"The connection to {where} failed: {exc}", kind="connection")


def _http_library() -> Any:
    """The HTTP client library the installed openai SDK uses (httpx2 in recent ones)."""
    try:
        import httpx2

        return httpx2
    except ImportError:
        import httpx

        return httpx


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
