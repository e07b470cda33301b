"""One child process of tutor.workers, and the warm spares that replace killed ones."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tutor.workers.child import serve

_START_LOCK = threading.Lock()
STOP_POLL = 0.01  # seconds between two looks at a `should_stop`, a cancel or a `stop`


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


class WorkerCancelled(LimitError):
    """The call was cancelled (`cancel()` or `should_stop`): its child was killed."""

    def __init__(self) -> None:
        super().__init__("cancelled")


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


@dataclass(frozen=True)
class ChildSpec:
    """What every child of one worker (or pool) is: its limits and what it preloads."""

    memory_mb: int
    preload: tuple[str, ...] = ()
    warm: str | None = None
    name: str = "bounded-worker"


class Child:
    """A "spawn" child running `tutor.workers.child.serve`, and the pipe to it."""

    def __init__(self, spec: ChildSpec) -> None:
        self.spec = spec
        ctx = mp.get_context("spawn")
        self.conn, child_end = ctx.Pipe(duplex=True)
        self.proc: Any = ctx.Process(target=serve, name=spec.name, daemon=True,
                                     args=(child_end, spec.memory_mb, spec.preload, spec.warm))
        start_without_main(self.proc)
        child_end.close()
        self.ready = False
        self.started = time.monotonic()
        self._reading = threading.Lock()  # a spare is waited for by its pool and its taker

    @property
    def pid(self) -> int | None:
        return int(self.proc.pid) if self.proc.is_alive() else None

    def alive(self) -> bool:
        return bool(self.proc.is_alive())

    def age(self) -> float:
        return time.monotonic() - self.started

    def wait_ready(self, timeout: float, stop: Callable[[], bool] | None = None) -> bool:
        """Wait up to `timeout` s for the child's "ready" (its imports and warm-up).

        False when it has not come by then, or as soon as `stop()` turns True; raises
        LimitError when the child could not start.
        """
        deadline = time.monotonic() + timeout
        if not self._reading.acquire(timeout=max(timeout, 0.0)):
            return False
        try:
            while not self.ready:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (stop is not None and stop()):
                    return False
                if self.conn.poll(min(remaining, STOP_POLL)):
                    kind, value = self.conn.recv()
                    if kind == "memory":
                        raise WorkerOutOfMemory(self.spec.memory_mb)
                    if kind != "ready":
                        raise LimitError(f"the worker process could not start ({kind}: {value})")
                    self.ready = True
        except (EOFError, OSError) as exc:
            code = self.kill()
            raise WorkerDied(f"the worker process died while starting ({how(code)})") from exc
        finally:
            self._reading.release()
        return True

    def interrupt(self) -> None:
        """Ask the child to drop the call it runs (SIGUSR1); it answers "cancelled"."""
        if not hasattr(signal, "SIGUSR1"):
            return  # Windows: it is killed after CANCEL_GRACE instead
        try:
            os.kill(self.proc.pid, signal.SIGUSR1)
        except (ProcessLookupError, TypeError):
            pass  # gone already: the pipe says so

    def kill(self, wait: bool = True) -> int | None:
        """Close the pipe and kill the process (nothing in it is worth waiting for).

        Its exit code; with `wait=False`, None at once (a thread reaps it: a big heap
        takes the kernel tens of milliseconds to free).
        """
        self.conn.close()
        if self.proc.is_alive():
            self.proc.kill()
        if not wait:
            threading.Thread(target=self.proc.join, name="reap-worker", daemon=True).start()
            return None
        self.proc.join(5)
        return self.proc.exitcode  # type: ignore[no-any-return]


class Spares:
    """Warm children waiting to take over from killed ones; shared by a pool's workers.

    A worker asks for one each time a child of its own has warmed up (`refill_soon`),
    so a spare never shares the CPU with another start-up.
    """

    def __init__(self, spec: ChildSpec, count: int = 1) -> None:
        self.spec = spec
        self.count = count
        self._lock = threading.Lock()
        self._children: list[Child] = []
        self._closed = False

    def take(self) -> Child | None:
        """A spare (warm, or still warming up); None if there is none."""
        with self._lock:
            while self._children:
                child = self._children.pop(0)
                if child.alive():
                    return child
                child.kill()
        return None

    def refill_soon(self) -> None:
        """`refill` on a thread of its own: a spawn costs its caller 5-25 ms."""
        threading.Thread(target=self.refill, name="spawn-spare", daemon=True).start()

    def refill(self) -> None:
        with self._lock:
            for child in [c for c in self._children if not c.alive()]:
                self._children.remove(child)
                child.kill()
            while not self._closed and len(self._children) < self.count:
                self._children.append(Child(self.spec))

    def wait_ready(self, timeout: float) -> None:
        """Wait up to `timeout` s until the spares have started (a worker asks for them
        once it is warm) and warmed up; a spare that cannot start is left to `take`."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                children, full = list(self._children), self._closed or \
                    len(self._children) >= self.count
            if full or time.monotonic() >= deadline:
                break
            time.sleep(STOP_POLL)
        for child in children:
            try:
                child.wait_ready(deadline - time.monotonic())
            except LimitError:
                continue

    def pids(self) -> list[int]:
        with self._lock:
            return [pid for c in self._children if (pid := c.pid) is not None]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            children, self._children = self._children, []
        for child in children:
            child.kill()


def how(code: int | None) -> str:
    return f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
