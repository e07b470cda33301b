"""`solve_problem`: the engine in a worker process, killed when the time limit passes.

SymPy can run for ever on some inputs, so every solve runs in a child process of a
"forkserver" context (started once, with SymPy and the engine preloaded, so each solve
starts in milliseconds) and is killed on timeout with a clear "gave up" result.
"""

from __future__ import annotations

import multiprocessing as mp
import multiprocessing.connection
import threading
import time
from collections.abc import Callable
from typing import Any

from tutor.reasoning.symbolic.model import TIMEOUT_MESSAGE, Solution
from tutor.workers import start_without_main

_CTX: Any = None
_LOCK = threading.Lock()


def _context() -> Any:
    global _CTX
    with _LOCK:
        if _CTX is None:
            ctx: Any
            try:
                ctx = mp.get_context("forkserver")
                ctx.set_forkserver_preload(
                    ["tutor.reasoning.symbolic.engine", "tutor.reasoning.symbolic.warm"]
                )
            except ValueError:  # platforms without forkserver (Windows)
                ctx = mp.get_context("spawn")
            _CTX = ctx
        return _CTX


MEMORY_LIMIT_MB = 2048


def _limit_memory() -> None:
    """Cap the worker's address space: a blow-up becomes a MemoryError, not swapping."""
    try:
        import resource

        limit = MEMORY_LIMIT_MB * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass  # not available on this platform (Windows): the time limit still holds


def _work(text: str, conn: multiprocessing.connection.Connection) -> None:
    from tutor.reasoning.symbolic.engine import solve_now

    _limit_memory()
    try:
        conn.send(solve_now(text))
    except MemoryError:
        conn.send(Solution(answer=None, declined="The problem needs too much memory; "
                           "the built-in solver gave up.", kind="timeout"))
    except Exception as exc:  # report, never hang the parent
        conn.send(Solution(answer=None, declined=f"internal error: {exc}", kind="error"))
    finally:
        conn.close()


def _gave_up(seconds: float, limit: float) -> Solution:
    return Solution(answer=None, declined=TIMEOUT_MESSAGE.format(seconds=limit),
                    kind="timeout", seconds=seconds)


def solve_problem(text: str, time_limit: float = 20.0,
                  should_stop: Callable[[], bool] | None = None) -> Solution:
    """Solve `text` within `time_limit` seconds; returns a Solution, never raises.

    `should_stop` is polled every 50 ms; when it returns True the worker is killed and
    a Solution with kind "cancelled" is returned.
    """
    start = time.perf_counter()
    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_work, args=(text, child), daemon=True)
    start_without_main(proc)  # one lock with every other spawn in the app
    child.close()
    try:
        while True:
            elapsed = time.perf_counter() - start
            if parent.poll(min(0.05, max(time_limit - elapsed, 0.0))):
                try:
                    sol: Solution = parent.recv()
                except EOFError:
                    sol = Solution(answer=None, declined="internal error: worker died",
                                   kind="error")
                sol.seconds = time.perf_counter() - start
                return sol
            if should_stop is not None and should_stop():
                return Solution(answer=None, declined="cancelled", kind="cancelled",
                                seconds=time.perf_counter() - start)
            if time.perf_counter() - start >= time_limit:
                return _gave_up(time.perf_counter() - start, time_limit)
            if not proc.is_alive() and not parent.poll(0):
                return Solution(answer=None, declined="internal error: worker died",
                                kind="error", seconds=time.perf_counter() - start)
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(timeout=1.0)
        parent.close()


def warm_up() -> None:
    """Start the solver's forkserver now (it preloads SymPy, the LaTeX grammar and the
    warm-up solves of warm.py, 2-3 s), so that the first real solve does not wait."""
    solve_problem("Compute $1 + 1$.", time_limit=60.0)
