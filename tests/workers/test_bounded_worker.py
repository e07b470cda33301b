"""tutor.workers: real child processes, real limits, real kills.

Targets are plain standard-library functions named "module:function", so what runs in
the child is exactly what a caller could name; nothing here is mocked.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest

from tutor.workers import (
    KILL_GRACE,
    BoundedWorker,
    LimitError,
    WorkerOutOfMemory,
    WorkerTimeout,
)

MARGIN = 1.0  # seconds for pipes and process bookkeeping on a loaded machine


@pytest.fixture
def worker() -> Iterator[BoundedWorker]:
    w = BoundedWorker(memory_mb=512, name="test-worker")
    w.wait_ready()
    yield w
    w.close()


def timed(fn: object, *args: object, **kwargs: object) -> tuple[object, float]:
    start = time.monotonic()
    try:
        return fn(*args, **kwargs), time.monotonic() - start  # type: ignore[operator]
    except LimitError as exc:
        return exc, time.monotonic() - start


def test_a_call_returns_its_result_and_its_exception(worker: BoundedWorker) -> None:
    assert worker.call("math:factorial", 10, time_limit=5) == 3628800
    with pytest.raises(ValueError, match="invalid literal"):
        worker.call("builtins:int", "zz", time_limit=5)
    assert worker.restarts == 0  # an exception in the call is not a reason to restart


def test_time_limit_stops_a_call_and_the_worker_lives_on(worker: BoundedWorker) -> None:
    pid = worker.pid
    result, seconds = timed(worker.call, "time:sleep", 60, time_limit=0.5)
    assert isinstance(result, WorkerTimeout) and "took longer than 0.5 s" in str(result)
    assert seconds < 0.5 + MARGIN
    assert worker.call("math:factorial", 5, time_limit=5) == 120
    assert (worker.pid, worker.restarts) == (pid, 0)  # SIGALRM sufficed: no restart


def test_a_call_deaf_to_the_alarm_is_killed_and_replaced(worker: BoundedWorker) -> None:
    worker.call("signal:signal", signal.SIGALRM, signal.SIG_IGN, time_limit=5)
    pid = worker.pid
    result, seconds = timed(worker.call, "time:sleep", 60, time_limit=0.5)
    assert isinstance(result, WorkerTimeout)
    assert seconds < 0.5 + KILL_GRACE + MARGIN
    assert worker.restarts == 1
    assert worker.call("math:factorial", 5, time_limit=30) == 120  # a fresh worker
    assert worker.pid not in (None, pid)


def test_memory_limit_stops_a_call_and_a_fresh_worker_follows(worker: BoundedWorker) -> None:
    result, _ = timed(worker.call, "builtins:bytearray", 2 << 30, time_limit=10)  # 2 GiB
    assert isinstance(result, WorkerOutOfMemory) and "ran out of memory" in str(result)
    assert worker.restarts == 1
    assert worker.call("builtins:len", "abc", time_limit=30) == 3


def test_a_worker_killed_from_outside_is_replaced(worker: BoundedWorker) -> None:
    pid = worker.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while worker.pid == pid and time.monotonic() < deadline:
        time.sleep(0.01)
    assert worker.call("math:factorial", 4, time_limit=30) == 24
    assert worker.pid not in (None, pid) and worker.restarts == 1


def test_the_child_imports_no_qt_even_when_the_parent_has() -> None:
    pytest.importorskip("PySide6.QtCore")  # loaded here: a fork would inherit it
    w = BoundedWorker(memory_mb=512)
    try:
        assert w.call("sys:modules.__contains__", "tutor.workers", time_limit=30)
        assert not w.call("sys:modules.__contains__", "PySide6", time_limit=5)
        assert not w.call("sys:modules.__contains__", "PySide6.QtCore", time_limit=5)
    finally:
        w.close()


def test_a_child_whose_parent_dies_during_warm_up_ends_quietly() -> None:
    # The app closed (or was killed) while a child was still importing: the child's
    # "ready" meets a closed pipe. It must end without a traceback on the shared stderr.
    import subprocess
    import sys

    script = (
        "import os, time\n"
        "from tutor.workers import BoundedWorker\n"
        "w = BoundedWorker(memory_mb=2048, preload=('sympy',), name='warming')\n"
        "w.start()\n"
        "time.sleep(0.3)\n"
        "os._exit(0)\n"
    )
    # communicate() returns once every holder of the stderr pipe, the child too, is gone
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0
    assert "Traceback" not in done.stderr, done.stderr
