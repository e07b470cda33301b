"""`BoundedWorker`: the parent side of tutor.workers (see the package's docstring)."""

from __future__ import annotations

import multiprocessing as mp
import sys
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from tutor.workers.child import STARTUP_LIMIT, serve

KILL_GRACE = 0.5  # seconds past the time limit before the parent kills the child
_START_LOCK = threading.Lock()


class LimitError(Exception):
    """A call did not complete within its worker's bounds; the message says which."""


class WorkerTimeout(LimitError):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


class WorkerOutOfMemory(LimitError):
    def __init__(self, memory_mb: int) -> None:
        super().__init__(f"ran out of memory (limit {memory_mb} MB)")
        self.memory_mb = memory_mb


class WorkerDied(LimitError):
    """The child ended without an answer (killed from outside, or crashed)."""


def start_without_main(proc: Any) -> None:
    """Start `proc` without the child re-importing the caller's `__main__`.

    Spawn children re-run the main script to find pickled functions defined there;
    ours live in packages, so that only costs time (a script importing matplotlib)
    and breaks scripts without an `if __name__ == "__main__"` guard. Hiding
    `__file__` while starting makes the child skip it. (`python -m pkg` mains,
    named `pkg.__main__`, are skipped by multiprocessing itself.)
    """
    main = sys.modules.get("__main__")
    with _START_LOCK:
        saved = main.__dict__.pop("__file__", None) if main is not None else None
        try:
            proc.start()
        finally:
            if main is not None and saved is not None:
                main.__file__ = saved


class BoundedWorker:
    """One child process running calls under limits; safe to call from several threads.

    `preload` modules are imported and `warm` ("module:function") is called when a
    child starts, outside any call's time limit (within `STARTUP_LIMIT`). With
    `standby`, a second child warms up once the first is ready and takes over at
    once when the first is killed: a restart costs no start-up, for one more process.
    """

    def __init__(self, *, memory_mb: int, preload: Sequence[str] = (),
                 warm: str | None = None, name: str = "bounded-worker",
                 standby: bool = False) -> None:
        self.memory_mb = memory_mb
        self.preload = tuple(preload)
        self.warm = warm
        self.name = name
        self.use_standby = standby
        self.restarts = 0  # children replaced after a limit or a death
        self._lock = threading.Lock()  # one call at a time
        self._proc: Any = None
        self._conn: Connection | None = None
        self._ready = False
        self._standby: tuple[Any, Connection] | None = None

    @property
    def pid(self) -> int | None:
        proc = self._proc
        return int(proc.pid) if proc is not None and proc.is_alive() else None

    def start(self) -> None:
        """Start a child now if none runs; returns at once (it warms up by itself)."""
        if self._lock.acquire(blocking=False):  # busy means a child is running anyway
            try:
                self._ensure_started()
            finally:
                self._lock.release()

    def wait_ready(self, timeout: float = STARTUP_LIMIT) -> None:
        """Start a child if needed and wait until it has warmed up; raises LimitError."""
        with self._lock:
            self._ensure_started()
            self._wait_ready(timeout)

    def call(self, target: str, *args: Any, time_limit: float,
             on_report: Callable[[Any], None] | None = None, **kwargs: Any) -> Any:
        """`target(*args, **kwargs)` in the child: its result, or its exception.

        Raises WorkerTimeout after `time_limit` seconds (+ `KILL_GRACE` at worst),
        WorkerOutOfMemory, or WorkerDied. Arguments and results are pickled.
        `on_report` gets what the call passes to `report`, on the calling thread.
        """
        with self._lock:
            self._ensure_started()
            self._wait_ready(STARTUP_LIMIT)
            kind, value = self._exchange((target, args, kwargs, time_limit), on_report)
            return self._answer(kind, value, time_limit)

    def _exchange(self, request: tuple[Any, ...],
                  on_report: Callable[[Any], None] | None) -> tuple[str, Any]:
        conn = self._conn
        assert conn is not None
        time_limit = request[-1]
        try:
            conn.send(request)
            deadline = time.monotonic() + time_limit + KILL_GRACE
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not conn.poll(remaining):
                    self._replace()  # deaf to SIGALRM: killed
                    raise WorkerTimeout(time_limit)
                kind, value = conn.recv()
                if kind != "report":
                    return kind, value
                if on_report is not None:
                    on_report(value)
        except (EOFError, OSError) as exc:
            code = self._replace()
            raise WorkerDied(f"the worker process died ({_how(code)})") from exc
        except LimitError:
            raise
        except BaseException:  # on_report raised, or Ctrl+C: the call is half done
            self._replace()
            raise

    def _answer(self, kind: str, value: Any, time_limit: float) -> Any:
        if kind == "ok":
            return value
        if kind == "timeout":
            raise WorkerTimeout(time_limit)
        if kind == "memory":
            self._replace()
            raise WorkerOutOfMemory(self.memory_mb)
        raise value

    def _ensure_started(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            return
        if self._proc is not None:
            self._stop()
            self.restarts += 1
        spare, self._standby = self._standby, None
        if spare is not None and spare[0].is_alive():
            self._proc, self._conn = spare
        else:
            _kill(spare)
            self._proc, self._conn = self._spawn()
        self._ready = False

    def _spawn(self) -> tuple[Any, Connection]:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=serve, name=self.name, daemon=True,
                           args=(child, self.memory_mb, self.preload, self.warm))
        start_without_main(proc)
        child.close()
        return proc, parent

    def _wait_ready(self, timeout: float) -> None:
        if self._ready:
            return
        conn = self._conn
        assert conn is not None
        try:
            if not conn.poll(timeout):
                self._replace()
                raise LimitError(f"the worker process did not start within {timeout:g} s")
            kind, value = conn.recv()
        except (EOFError, OSError) as exc:
            code = self._replace()
            raise WorkerDied(f"the worker process died while starting ({_how(code)})") from exc
        if kind != "ready":
            self._replace()
            if kind == "memory":
                raise WorkerOutOfMemory(self.memory_mb)
            raise LimitError(f"the worker process could not start ({kind}: {value})")
        self._ready = True
        if self.use_standby and (self._standby is None or not self._standby[0].is_alive()):
            _kill(self._standby)
            self._standby = self._spawn()  # now, not before: they would share the CPU

    def _replace(self) -> int | None:
        """Kill the child and start a fresh one; the old one's exit code."""
        code = self._stop()
        self.restarts += 1
        self._ensure_started()
        return code

    def _stop(self) -> int | None:
        proc, conn = self._proc, self._conn
        self._proc, self._conn, self._ready = None, None, False
        return _kill((proc, conn) if proc is not None and conn is not None else None)

    def close(self) -> None:
        with self._lock:
            self._stop()
            _kill(self._standby)
            self._standby = None


def _kill(child: tuple[Any, Connection] | None) -> int | None:
    """Close the pipe, kill the process (nothing in it is worth waiting for): its exit code."""
    if child is None:
        return None
    proc, conn = child
    conn.close()
    if proc.is_alive():
        proc.kill()
    proc.join(5)
    return proc.exitcode  # type: ignore[no-any-return]


def _how(code: int | None) -> str:
    return f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
