"""The child side of tutor.workers: import, warm up, then run calls under SIGALRM.

Runs in a fresh "spawn" interpreter that imports only this package (Qt-free), the
`preload` modules and each call's target. SIGALRM ends a call at its time limit and
SIGUSR1 ends it when the caller cancels; either way the child lives on, warm.
"""

from __future__ import annotations

import importlib
import os
import pickle
import re
import signal
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from tutor.workers.interrupts import retry_when_lost

STARTUP_LIMIT = 60.0  # a cold child imports its libraries before it answers
# The engine and the checker write some 4000 regular expressions inline (`re.search(
# pattern, text)`); `re` keeps only 512 compiled and drops the oldest, so every solve
# compiled some 60 of them again (a sixth of a solve's CPU). Room for all of them:
REGEX_CACHE = 8192
_child_conn: Connection | None = None  # set in a child: where `report` writes


class _SoftTimeout(BaseException):
    """Raised by SIGALRM in the child; a BaseException so `except Exception` misses it."""


class _Cancelled(BaseException):
    """Raised by SIGUSR1 while a call runs: the caller cancelled it."""


_in_call = False  # SIGUSR1 outside a call (it came just after one ended) is ignored
_alarm_fired = False  # the call's time limit passed: whatever it gives back is a timeout


def report(item: Any) -> None:
    """Inside a call: pass `item` to the caller's `on_report`. A no-op outside a worker."""
    if _child_conn is not None:
        _child_conn.send(("report", item))


def _resolve(target: str) -> Callable[..., Any]:
    module, _, name = target.partition(":")
    obj: Any = importlib.import_module(module)
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj  # type: ignore[no-any-return]


def _on_alarm(signum: int, frame: Any) -> None:
    global _alarm_fired
    _alarm_fired = True
    raise _SoftTimeout()


def _on_cancel(signum: int, frame: Any) -> None:
    if _in_call:
        raise _Cancelled()


def _alarm(seconds: float) -> None:
    if hasattr(signal, "setitimer"):
        signal.setitimer(signal.ITIMER_REAL, seconds)


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))  # noqa: S301 - our own bytes, just made
        return exc
    except Exception:  # noqa: BLE001 - any exception type may fail to pickle
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _run_one(target: str, args: tuple[Any, ...], kwargs: dict[str, Any],
             limit: float) -> tuple[str, Any]:
    """Run one call; once its time limit has passed the answer is "timeout", whatever
    the call did with the interrupt: C++ code (pybind11 in matplotlib) may swallow it
    and raise its own error, or a bare `except:` may turn it into a result."""
    global _in_call, _alarm_fired
    _alarm_fired = False
    try:
        try:
            _alarm(max(limit, 0.001))
            function = _resolve(target)
            _in_call = True
            with retry_when_lost(_SoftTimeout):
                answer: tuple[str, Any] = "ok", function(*args, **kwargs)
        finally:
            _in_call = False
            _alarm(0)
    except _SoftTimeout:  # also when the alarm fired just as the call returned
        return "timeout", None
    except _Cancelled:
        return "cancelled", None
    except MemoryError:
        answer = "memory", None
    except Exception as exc:  # noqa: BLE001 - the caller gets it, the child lives on
        answer = "error", _picklable(exc)
    return ("timeout", None) if _alarm_fired else answer


def keep_compiled_patterns(count: int = REGEX_CACHE) -> None:
    """Let `re` keep `count` compiled patterns (its cache size is a private attribute:
    left alone where an interpreter has none)."""
    if getattr(re, "_MAXCACHE", count) < count:
        setattr(re, "_MAXCACHE", count)  # noqa: B010 - not in typeshed


def serve(conn: Connection, memory_mb: int, preload: Sequence[str], warm: str | None) -> None:
    """The child's loop: import, warm up, then answer calls until the pipe closes."""
    global _child_conn
    _child_conn = conn
    keep_compiled_patterns()
    os.environ.setdefault("MPLBACKEND", "Agg")
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):  # each thread reserves memory
        os.environ.setdefault(var, "1")
    try:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass  # no RLIMIT_AS here (Windows, macOS): the time limit still holds
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    if hasattr(signal, "SIGALRM"):  # not on Windows: there the parent's kill stops a call
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.signal(signal.SIGUSR1, _on_cancel)
    started = _run_one("tutor.workers.child:warm_up", (tuple(preload), warm), {}, STARTUP_LIMIT)
    if not _send(conn, ("ready", None) if started[0] == "ok" else started):
        return
    while started[0] == "ok":
        try:
            target, args, kwargs, limit = conn.recv()
        except (EOFError, OSError):
            return
        kind, value = _run_one(target, args, kwargs, limit)
        try:
            sent = _send(conn, (kind, value))
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            sent = _send(conn, ("error", RuntimeError(f"unpicklable result: {exc}")))
        if not sent or kind == "memory":
            return  # the parent starts a fresh child on a clean heap


def _send(conn: Connection, message: object) -> bool:
    """Send to the parent; False when it is gone (the app closed mid warm-up, say): the
    child then ends quietly instead of printing a BrokenPipeError traceback."""
    try:
        conn.send(message)
    except (BrokenPipeError, ConnectionResetError, EOFError):
        return False
    return True


def warm_up(preload: Sequence[str], warm: str | None) -> None:
    for name in preload:
        importlib.import_module(name)
    if warm:
        _resolve(warm)()
