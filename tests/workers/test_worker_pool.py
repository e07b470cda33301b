"""tutor.workers under stress: C-level hangs, memory blow-ups, cancels from other threads,
a pool of N workers, order of results, and no process left behind.

Targets are standard-library functions named "module:function": what runs in the child
is exactly what a caller could name, and nothing here is mocked.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tutor.workers import (
    KILL_GRACE,
    BoundedWorker,
    LimitError,
    WorkerCancelled,
    WorkerOutOfMemory,
    WorkerPool,
    WorkerTimeout,
)
from tutor.workers.process import STOP_POLL
from tutor.workers.worker import CANCEL_GRACE

MARGIN = 1.0  # seconds for pipes and process bookkeeping on a loaded machine
C_HANG = range(10**13)  # `sum` over it loops in C for hours and never runs a signal handler


@pytest.fixture
def pool() -> Iterator[WorkerPool]:
    p = WorkerPool(2, memory_mb=512, name="test-pool")
    p.wait_ready()
    yield p
    p.close()


def wait_until(condition: object, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def children_of_this_process() -> list[tuple[int, str]]:
    """(pid, state) of every process whose parent is this one, from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue  # it ended while we looked
        state, ppid = text.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == os.getpid():
            found.append((int(stat.parent.name), state))
    return found


def test_a_call_hung_in_c_code_is_killed_at_the_hard_limit_and_replaced(pool: WorkerPool) -> None:
    with pool.worker() as worker:
        pid = worker.pid
        start = time.monotonic()
        with pytest.raises(WorkerTimeout):
            worker.call("builtins:sum", C_HANG, time_limit=0.3, hard_limit=0.6)
        seconds = time.monotonic() - start
        assert 0.6 <= seconds < 0.6 + MARGIN  # SIGALRM could not stop it: the kill did
        assert worker.restarts == 1
        assert worker.call("math:factorial", 6, time_limit=30) == 720
        assert worker.pid not in (None, pid)


def test_the_default_hard_limit_is_the_soft_limit_plus_the_grace() -> None:
    worker = BoundedWorker(memory_mb=512)
    try:
        worker.wait_ready()
        start = time.monotonic()
        with pytest.raises(WorkerTimeout, match="took longer than 0.2 s"):
            worker.call("builtins:sum", C_HANG, time_limit=0.2)
        assert 0.2 + KILL_GRACE <= time.monotonic() - start < 0.2 + KILL_GRACE + MARGIN
    finally:
        worker.close()


def test_a_memory_error_replaces_the_child_and_the_pool_goes_on(pool: WorkerPool) -> None:
    with pool.worker() as worker:
        pid = worker.pid
        with pytest.raises(WorkerOutOfMemory, match="limit 512 MB"):
            worker.call("builtins:bytearray", 1 << 30, time_limit=10)
        assert worker.call("builtins:len", "abcd", time_limit=30) == 4
        assert worker.pid not in (None, pid) and worker.restarts == 1


def test_cancel_from_another_thread_stops_a_call_and_the_child_lives_on(
    pool: WorkerPool,
) -> None:
    with pool.worker() as worker:
        pid = worker.pid
        threading.Timer(0.3, worker.cancel).start()
        start = time.monotonic()
        with pytest.raises(WorkerCancelled):
            worker.call("time:sleep", 60, time_limit=30)
        assert time.monotonic() - start < 0.3 + MARGIN
        # time.sleep hears the interrupt: the same warm child runs the next call
        assert worker.call("math:factorial", 4, time_limit=5) == 24
        assert (worker.pid, worker.restarts) == (pid, 0)
        assert not worker.cancel()  # nothing runs now


def test_cancel_kills_a_child_deaf_to_it_and_replaces_it(pool: WorkerPool) -> None:
    with pool.worker() as worker:
        pid = worker.pid
        pressed: list[float] = []

        def press() -> None:
            pressed.append(time.monotonic())
            worker.cancel()

        threading.Timer(0.3, press).start()
        with pytest.raises(WorkerCancelled):
            worker.call("builtins:sum", C_HANG, time_limit=30)
        assert time.monotonic() - pressed[0] < STOP_POLL + MARGIN  # the caller is free
        # the child, deaf in C code, is killed CANCEL_GRACE later and a spare takes over
        start = time.monotonic()
        assert worker.call("math:factorial", 4, time_limit=30) == 24
        assert time.monotonic() - start < CANCEL_GRACE + MARGIN
        assert worker.pid not in (None, pid) and worker.restarts == 1


def test_should_stop_cancels_within_a_poll(pool: WorkerPool) -> None:
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    start = time.monotonic()
    with pytest.raises(WorkerCancelled):
        pool.call("time:sleep", 60, time_limit=30, should_stop=stop.is_set)
    assert time.monotonic() - start < 0.3 + MARGIN
    assert pool.restarts == 0


def test_a_pool_keeps_its_workers_and_one_spare(pool: WorkerPool) -> None:
    assert wait_until(lambda: len(pool.pids()) == 3)  # two workers and the spare
    killed = {w.pid for w in pool.workers}
    for pid in killed:
        os.kill(pid or 0, signal.SIGKILL)
    assert wait_until(lambda: all(w.pid is None for w in pool.workers))
    assert [w.call("math:factorial", 3, time_limit=30) for w in pool.workers] == [6, 6]
    assert pool.restarts == 2
    assert wait_until(lambda: len(pool.pids()) == 3 and not killed & set(pool.pids()), 30)


def test_wait_spare_returns_once_the_spare_is_warm_and_a_killed_worker_takes_it(
    pool: WorkerPool,
) -> None:
    pool.wait_spare(timeout=60)
    spares = pool._spares
    assert spares is not None and len(spares.pids()) == 1
    spare = spares.pids()[0]
    assert spares._children[0].ready  # warmed up, not only started
    worker = pool.workers[0]
    os.kill(worker.pid or 0, signal.SIGKILL)
    assert wait_until(lambda: worker.pid is None)
    assert worker.call("math:factorial", 4, time_limit=30) == 24
    assert worker.pid == spare  # the warm spare took over


def test_results_come_back_in_order_per_worker_and_to_their_own_callers(
    pool: WorkerPool,
) -> None:
    with pool.worker() as worker:
        assert [worker.call("math:factorial", n, time_limit=5) for n in range(12)] == [
            1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800]

    def square(n: int) -> int:
        return int(pool.call("operator:mul", n, n, time_limit=10))

    with ThreadPoolExecutor(max_workers=4) as threads:
        assert list(threads.map(square, range(40))) == [n * n for n in range(40)]


def test_start_warms_up_in_the_background() -> None:
    p = WorkerPool(1, memory_mb=512, preload=("fractions",), name="test-start")
    try:
        start = time.monotonic()
        p.start()
        assert time.monotonic() - start < 0.5  # the caller does not wait for the child
        assert wait_until(lambda: len(p.pids()) == 2, 30)  # its spare follows it
        assert p.call("sys:modules.__contains__", "fractions", time_limit=5)
    finally:
        p.close()


def test_no_process_is_left_behind() -> None:
    p = WorkerPool(2, memory_mb=512, name="test-cleanup")
    p.wait_ready()
    seen = set(p.pids())
    with p.worker() as worker:
        with pytest.raises(WorkerTimeout):
            worker.call("builtins:sum", C_HANG, time_limit=0.2, hard_limit=0.3)
    seen |= set(p.pids())
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    with pytest.raises(WorkerCancelled):
        p.call("builtins:sum", C_HANG, time_limit=30, should_stop=stop.is_set)
    # the child is killed in the background, CANCEL_GRACE later, and a spare takes over
    assert wait_until(lambda: p.restarts == 2 and len(p.pids()) == 3, 30)
    seen |= set(p.pids())
    p.close()
    assert len(seen) >= 5  # 3 at first, then a replacement after the kill and the cancel

    def ours_left() -> list[object]:
        mine = [c for c in multiprocessing.active_children() if c.name.startswith("test-cleanup")]
        zombies_or_alive = [pid for pid, _state in children_of_this_process() if pid in seen]
        return mine + zombies_or_alive

    assert wait_until(lambda: not ours_left()), ours_left()


def test_waiting_for_a_busy_pool_is_bounded_and_cancellable(pool: WorkerPool) -> None:
    with pool.worker(), pool.worker():  # both lent: the next caller must wait
        start = time.monotonic()
        with pytest.raises(WorkerTimeout):
            with pool.worker(timeout=0.2):
                pass
        assert 0.2 <= time.monotonic() - start < 0.2 + MARGIN
        stop = threading.Event()
        threading.Timer(0.2, stop.set).start()
        with pytest.raises(WorkerCancelled):
            pool.call("math:factorial", 3, time_limit=5, should_stop=stop.is_set)
    assert pool.call("math:factorial", 3, time_limit=5) == 6


def test_callers_waiting_for_a_worker_are_served_in_order() -> None:
    p = WorkerPool(1, memory_mb=512, name="test-order", standby=False)
    try:
        p.wait_ready()
        served: list[str] = []

        def waiter() -> None:
            with p.worker():
                served.append("first to wait")

        thread = threading.Thread(target=waiter)
        with p.worker():
            thread.start()
            time.sleep(0.3)  # it waits for this worker
        with p.worker():  # asked again at once, but after the waiter
            served.append("came later")
        thread.join(10)
        assert served == ["first to wait", "came later"]
    finally:
        p.close()


def test_a_child_that_cannot_start_is_reported_not_restarted_for_ever() -> None:
    worker = BoundedWorker(memory_mb=512, preload=("tutor.no_such_module",), standby=True)
    try:
        for _ in range(2):
            with pytest.raises(LimitError, match="could not start.*no_such_module"):
                worker.call("math:factorial", 3, time_limit=5)
        time.sleep(1.0)
        assert worker.pid is None and worker.restarts == 2  # nothing restarts on its own
    finally:
        worker.close()


def test_closing_a_pool_while_it_warms_up_leaves_no_process() -> None:
    p = WorkerPool(2, memory_mb=512, name="test-early-close")
    p.start()
    started = set(p.pids())
    assert len(started) == 2
    p.close()
    time.sleep(0.5)  # a warm-up thread that was still waiting must not start another
    assert not p.pids()
    assert wait_until(lambda: not {pid for pid, _ in children_of_this_process()} & started)
    assert not [c for c in multiprocessing.active_children()
                if c.name.startswith("test-early-close")]
