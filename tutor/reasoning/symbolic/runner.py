"""`solve_problem`: the engine in a bounded worker process (a `tutor.workers.WorkerPool`).

SymPy can run for ever on some inputs, so every solve runs in a child process with
SymPy, the engine and its warm-up solves (`warm.py`) preloaded; at the time limit the
solve is stopped (SIGALRM, or a kill when SymPy is deaf to it) with a clear "gave up"
result, and a cancelled solve's child is killed and a warm spare takes over.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
from collections.abc import Callable

from tutor.reasoning.symbolic.model import TIMEOUT_MESSAGE, Solution
from tutor.workers import (
    STARTUP_LIMIT,
    LimitError,
    WorkerCancelled,
    WorkerOutOfMemory,
    WorkerPool,
    WorkerTimeout,
)

MEMORY_LIMIT_MB = 2048
# Solves that may run at once (a solve and answer cross-checks, `--jobs`); a child
# starts only when that many run together, so one at a time runs one child and a spare.
SOLVERS = max(2, os.cpu_count() or 2)
_KILL_GRACE = 0.3  # past the time limit, for a solve deaf to SIGALRM
_pool: WorkerPool | None = None
_lock = threading.Lock()


def _solvers() -> WorkerPool:
    global _pool
    with _lock:
        if _pool is None:
            _pool = WorkerPool(SOLVERS, memory_mb=MEMORY_LIMIT_MB, name="symbolic-solver",
                               preload=("tutor.reasoning.symbolic.engine",
                                        "tutor.reasoning.symbolic.warm"))
            atexit.register(_pool.close)
        return _pool


def solve_in_worker(text: str) -> Solution:
    """In the worker: solve `text`; an engine bug is an "internal error", not a dead worker."""
    from tutor.reasoning.symbolic.engine import solve_now

    try:
        return solve_now(text)
    except Exception as exc:  # noqa: BLE001 - report, never kill the worker
        return Solution(answer=None, declined=f"internal error: {exc}", kind="error")


def _gave_up(seconds: float, limit: float) -> Solution:
    return Solution(answer=None, declined=TIMEOUT_MESSAGE.format(seconds=limit),
                    kind="timeout", seconds=seconds)


def solve_problem(text: str, time_limit: float = 20.0,
                  should_stop: Callable[[], bool] | None = None) -> Solution:
    """Solve `text` within `time_limit` seconds; returns a Solution, never raises.

    `should_stop` is polled every 10 ms; when it returns True a Solution with kind
    "cancelled" is returned at once (the worker drops the solve and stays warm, or is
    killed and replaced by a warm spare when SymPy is deaf to that).
    Waiting for a busy worker to be free counts towards `time_limit`; the start-up of
    a cold one (SymPy and every reader imported: seconds, more on a loaded machine)
    does not, within `STARTUP_LIMIT`: the first solve after launch is not given up
    because the machine was slow to start the solver.
    """
    start = time.perf_counter()
    sol: Solution
    try:
        with _solvers().worker(time_limit, should_stop) as worker:
            lent = time.perf_counter()
            worker.wait_ready(STARTUP_LIMIT, should_stop)
            limit = time_limit - (lent - start)
            if limit <= 0:
                raise WorkerTimeout(time_limit)
            sol = worker.call("tutor.reasoning.symbolic.runner:solve_in_worker", text,
                              time_limit=limit, hard_limit=limit + _KILL_GRACE,
                              should_stop=should_stop)
    except WorkerCancelled:
        sol = Solution(answer=None, declined="cancelled", kind="cancelled")
    except WorkerTimeout:
        sol = _gave_up(0.0, time_limit)
    except WorkerOutOfMemory:
        sol = Solution(answer=None, declined="The problem needs too much memory; "
                       "the built-in solver gave up.", kind="timeout")
    except LimitError as exc:
        sol = Solution(answer=None, declined=f"internal error: {exc}", kind="error")
    except Exception as exc:  # noqa: BLE001 - e.g. a result that could not be pickled
        sol = Solution(answer=None, declined=f"internal error: {exc}", kind="error")
    sol.seconds = time.perf_counter() - start
    return sol


def warm_up() -> None:
    """Start the solver's first worker and wait until it has preloaded SymPy, the LaTeX
    grammar, the warm-up solves of warm.py and every reader (3-6 s on a quiet machine), so
    the first real solve does not wait; a spare then warms up in the background."""
    try:
        _solvers().wait_ready(count=1)
    except LimitError:
        pass  # the first solve starts a fresh worker and says what went wrong
