"""Worker processes that run claim checks under a hard time and memory limit.

SymPy can run for ever on an innocent-looking expression, and some of that
time is spent in C code that no signal interrupts. So every check runs in a
worker process: the worker stops itself with SIGALRM at the soft limit, and the
parent kills it outright at the hard limit and starts a fresh one. A check that
does not finish in time is `unchecked`, never a frozen app.

Workers are plain `python -m tutor.verify.pool` subprocesses talking pickles
over their stdin/stdout (only our own processes write those pipes). Unlike
multiprocessing's spawn/forkserver they never re-import the caller's
`__main__`, and the GUI process (with its Qt threads) is never forked.
"""

from __future__ import annotations

import atexit
import os
import pickle
import queue
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from typing import Any

from tutor.verify.check import Context, check_claim
from tutor.verify.claims import RawClaim
from tutor.verify.verdict import ClaimResult, Verdict

DEFAULT_TIME_LIMIT = 2.0
DEFAULT_MEMORY_MB = 2048
_KILL_GRACE = 0.4
_STARTUP = 30.0  # a cold worker imports SymPy and the LaTeX parser before it answers
_READY = "ready"


class _SoftTimeout(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _SoftTimeout()


def _serve(read_fd: int, write_fd: int, memory_mb: int) -> None:
    """The worker's loop: read a claim, check it under SIGALRM, write the result."""
    try:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    reader = os.fdopen(read_fd, "rb")
    writer = os.fdopen(write_fd, "wb")
    _warm_up()
    _write_message(writer, _READY)
    while True:
        message = _read_message(reader)
        if message is None:
            return
        claim, ctx, soft_limit = message
        try:
            signal.setitimer(signal.ITIMER_REAL, max(soft_limit, 0.01))
            result = check_claim(claim, ctx)
        except _SoftTimeout:
            result = ClaimResult(claim.source, Verdict.UNCHECKED, "timed out", "timeout")
        except MemoryError:
            result = ClaimResult(claim.source, Verdict.UNCHECKED, "too much memory", "limit")
        except RecursionError:
            result = ClaimResult(claim.source, Verdict.UNCHECKED, "too deeply nested", "limit")
        except Exception as exc:  # noqa: BLE001 - a checker bug must not kill the worker
            result = ClaimResult(
                claim.source, Verdict.UNCHECKED, f"checker error: {exc!r}"[:200], "error"
            )
        finally:
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
            except _SoftTimeout:
                pass
        _write_message(writer, result)


def _warm_up() -> None:
    """Import and exercise the parsers once, so the first real check is not slow."""
    warm = RawClaim(r"\\frac{d}{dx} x^2", "=", "2x", "warm-up", True, False, False, True)
    try:
        check_claim(warm, Context())
    except Exception:  # noqa: BLE001, S110 - warming up is best effort
        pass


def _read_message(stream: Any) -> Any:
    header = stream.read(4)
    if len(header) < 4:
        return None
    (size,) = struct.unpack("!I", header)
    # Only our own parent process writes to this pipe.
    return pickle.loads(stream.read(size))  # noqa: S301


def _write_message(stream: Any, obj: Any) -> None:
    data = pickle.dumps(obj)
    stream.write(struct.pack("!I", len(data)) + data)
    stream.flush()


def worker_main() -> None:
    """Entry point of `python -m tutor.verify.pool`: talk on the original stdin/stdout."""
    read_fd, write_fd = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(2, 1)  # stray prints from libraries go to stderr, not into the protocol
    memory_mb = int(os.environ.get("TUTOR_WORKER_MEMORY_MB", DEFAULT_MEMORY_MB))
    _serve(read_fd, write_fd, memory_mb)


class _Worker:
    """One checker process, replaced whenever it overruns its hard limit or dies."""

    def __init__(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        self.restarts = 0
        self.ready = False
        self.process = self._spawn()
        # A standby process warms up in the background, so a worker killed for
        # overrunning is replaced at once instead of after a cold start.
        self.standby = self._spawn()

    def _spawn(self) -> subprocess.Popen[bytes]:
        env = dict(os.environ, TUTOR_WORKER_MEMORY_MB=str(self.memory_mb))
        return subprocess.Popen(
            [sys.executable, "-m", "tutor.verify.pool"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            close_fds=True,
        )

    def wait_ready(self) -> bool:
        """Wait for a fresh worker's warm-up, outside any claim's time budget."""
        if self.ready:
            return True
        stdout = self.process.stdout
        assert stdout is not None
        try:
            if select.select([stdout], [], [], _STARTUP)[0]:
                self.ready = _read_message(stdout) == _READY
        except (OSError, ValueError, EOFError, pickle.UnpicklingError):
            self.ready = False
        return self.ready

    def run(self, claim: RawClaim, ctx: Context, limit: float) -> ClaimResult:
        if self.process.poll() is not None:
            self._replace()
        self.wait_ready()
        proc = self.process
        assert proc.stdin is not None and proc.stdout is not None
        try:
            _write_message(proc.stdin, (claim, ctx, max(limit - 0.05, 0.01)))
            if select.select([proc.stdout], [], [], limit + _KILL_GRACE)[0]:
                result = _read_message(proc.stdout)
                if isinstance(result, ClaimResult):
                    return result
        except (OSError, ValueError, EOFError, pickle.UnpicklingError):
            pass  # the worker died (e.g. killed for memory): replace it below
        self._replace()
        return ClaimResult(claim.source, Verdict.UNCHECKED, "timed out", "timeout")

    def _replace(self) -> None:
        self.kill()
        if self.standby.poll() is None:
            self.process, self.standby = self.standby, self._spawn()
        else:
            self.process = self._spawn()
        self.ready = False
        self.restarts += 1

    def kill(self, process: subprocess.Popen[bytes] | None = None) -> None:
        process = process or self.process
        if process.poll() is None:
            process.kill()
        process.wait(5)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()

    def close(self) -> None:
        for process in (self.process, self.standby):
            try:
                if process.stdin is not None:
                    process.stdin.close()
                process.wait(1)
            except (OSError, subprocess.TimeoutExpired):
                pass
            self.kill(process)


class CheckerPool:
    """A fixed set of worker processes; safe to use from several threads."""

    def __init__(self, processes: int = 1, memory_mb: int = DEFAULT_MEMORY_MB) -> None:
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all = [_Worker(memory_mb) for _ in range(max(1, processes))]
        for worker in self._all:
            self._idle.put(worker)
        self.size = len(self._all)

    def check_claims(
        self,
        claims: Sequence[RawClaim],
        ctx: Context,
        time_limit: float = DEFAULT_TIME_LIMIT,
        contexts: Sequence[Context] | None = None,
    ) -> list[ClaimResult]:
        """Check claims in order within one budget of `time_limit` seconds, each
        against `ctx`, or against its own entry of `contexts` when given.

        Claims left when the budget is spent are `unchecked`, so one step never
        takes more than `time_limit` plus the kill grace.
        """
        worker = self._idle.get()
        try:
            worker.wait_ready()
            deadline = time.monotonic() + time_limit
            results = []
            for index, claim in enumerate(claims):
                claim_ctx = contexts[index] if contexts is not None else ctx
                remaining = deadline - time.monotonic()
                if remaining <= 0.05:
                    results.append(
                        ClaimResult(claim.source, Verdict.UNCHECKED, "timed out", "timeout")
                    )
                    continue
                results.append(worker.run(claim, claim_ctx, remaining))
                if not worker.ready:  # it was replaced: let the new one warm up first
                    worker.wait_ready()
                    deadline = max(deadline, time.monotonic() + 0.2)
            return results
        finally:
            self._idle.put(worker)

    def warm_up(self) -> None:
        """Wait until every worker has imported its libraries."""
        for worker in self._all:
            worker.wait_ready()

    @property
    def restarts(self) -> int:
        return sum(w.restarts for w in self._all)

    def close(self) -> None:
        for worker in self._all:
            worker.close()


_default: CheckerPool | None = None
_default_lock = threading.Lock()


def default_pool() -> CheckerPool:
    """The process-wide pool (one worker), started on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = CheckerPool(processes=1)
            atexit.register(_default.close)
        return _default


if __name__ == "__main__":
    worker_main()
