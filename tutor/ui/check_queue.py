"""One long-lived worker thread that checks a solve's steps in order.

A chain of thought releases a step every fraction of a second. Starting a Qt job per
step made the GUI thread wait on the thread pool's start-up now and then (a 110-125 ms
stall in 650 steps of a replayed R1 chain); handing work to this thread is a plain
queue put. Results come back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

Callback = Callable[[Any], None] | None


class CheckQueue(QObject):
    """Runs submitted functions one at a time, in order, off the GUI thread."""

    _done = Signal(object)  # (callback, value, error): emitted on the worker thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[tuple[Callable[[], Any], Callback, Callback] | None] = (
            queue.Queue())
        self._idle = threading.Event()
        self._idle.set()
        self._pending = 0
        self._lock = threading.Lock()
        self._done.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="step-checks", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], Any], on_result: Callback = None,
               on_error: Callback = None) -> None:
        """Run `fn()` after everything submitted before; its result (or exception) goes
        to `on_result` (or `on_error`) on the GUI thread."""
        with self._lock:
            self._pending += 1
            self._idle.clear()
        self._queue.put((fn, on_result, on_error))

    def wait(self, timeout: float) -> bool:
        """Until every submitted function has run (shutdown and tests only)."""
        return self._idle.wait(timeout)

    def close(self) -> None:
        """Drop what has not started and end the thread (the window is closing)."""
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                with self._lock:
                    self._pending -= 1
        with self._lock:
            if not self._pending:
                self._idle.set()
        self._queue.put(None)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            fn, on_result, on_error = item
            packed: tuple[Callback, Any, BaseException | None]
            try:
                packed = (on_result, fn(), None)
            except Exception as exc:  # noqa: BLE001 - delivered to the GUI thread
                packed = (on_error, None, exc)
            try:
                self._done.emit(packed)
            except RuntimeError:  # the window was closed meanwhile: nobody to tell
                pass
            with self._lock:
                self._pending -= 1
                if not self._pending:
                    self._idle.set()

    def _deliver(self, packed: tuple[Callback, Any, BaseException | None]) -> None:
        callback, value, error = packed
        if error is not None:
            if callback is not None:
                callback(error)
            else:
                traceback.print_exception(error)
        elif callback is not None:
            callback(value)
