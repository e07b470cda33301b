"""The HTTP side of the OpenAI-compatible backend: one request read on its own thread.

The openai SDK blocks in socket reads whose timeout restarts with every byte, so a
server that drips a byte a second, or goes silent, would hold the caller for as long
as it likes. `StreamReader` runs the request and reads its stream on a daemon thread
and hands chunks over a queue; the caller waits on the queue with its own deadline and
cancel token, and `stop` shuts the socket down under the reader (which then ends).
"""

from __future__ import annotations

import queue
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

from tutor.reasoning.events import CancelToken

QUEUE_SIZE = 256  # chunks read ahead of the consumer


class StreamReader:
    """Runs the request and reads its stream on a daemon thread, handing chunks over a
    queue; `stop` closes the connection under it (the thread ends on its own)."""

    def __init__(self, client: Any, params: dict[str, Any]) -> None:
        self.client = client
        self.params = params
        # Bounded: a server faster than the checks waits for them instead of filling memory.
        self.queue: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=QUEUE_SIZE)
        self.stopped = threading.Event()
        self.response: Any = None
        self.thread = threading.Thread(target=self._run, daemon=True, name="openai-stream")
        self.thread.start()

    def _run(self) -> None:
        try:
            raw = self.client.chat.completions.with_raw_response.create(**self.params)
            self.response = raw.http_response
            if self.stopped.is_set():
                return
            content_type = raw.headers.get("content-type", "")
            if "text/event-stream" not in content_type:
                self._put(("error", NotAStream(content_type, _head(raw.http_response))))
                return
            for chunk in raw.parse():
                if self.stopped.is_set():
                    return
                self._put(("chunk", chunk))
            self._put(("end", None))
        except Exception as exc:  # noqa: BLE001 - handed to the caller, mapped to an Error
            if not self.stopped.is_set():
                self._put(("error", exc))
        finally:
            if self.stopped.is_set():
                self._close()

    def _put(self, item: tuple[str, Any]) -> None:
        while not self.stopped.is_set():
            try:
                self.queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def items(self, deadline: float, cancel: CancelToken) -> Iterator[tuple[str, Any]]:
        """("chunk", c)... then ("end" | "error" | "late", ...); returns on a cancel."""
        while not cancel.cancelled:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                yield "late", None
                return
            try:
                item = self.queue.get(timeout=min(0.05, remaining))
            except queue.Empty:
                continue
            yield item
            if item[0] != "chunk":
                return

    def stop(self) -> None:
        self.stopped.set()
        self._close()

    def _close(self) -> None:
        response = self.response
        if response is not None:
            _shutdown(response)
            try:
                response.close()
            except Exception:  # noqa: BLE001, S110 - closing a half-read response from
                pass  # another thread may race the reader; the socket is shut down anyway
        self.client.close()


def _shutdown(response: Any) -> None:
    """Shut the socket down, which wakes a read blocked in another thread at once."""
    stream = getattr(response, "extensions", {}).get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class NotAStream(Exception):
    """A 200 answer that is not an event stream."""

    def __init__(self, content_type: str, head: str) -> None:
        super().__init__(f"{content_type or 'no content type'}: {head!r}")
        self.content_type = content_type
        self.head = head


def _head(response: Any, limit: int = 200) -> str:
    """The first `limit` characters of a response body, reading no more than needed."""
    data = b""
    for piece in response.iter_bytes():
        data += piece
        if len(data) >= limit:
            break
    return data[:limit].decode("utf-8", errors="replace")
