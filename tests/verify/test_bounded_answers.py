"""equivalent() in a bounded child process, for callers off the main thread."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor

from tutor.verify.bounded_answers import answer_worker, equivalent_bounded


def test_same_verdicts_as_in_process_from_a_worker_thread() -> None:
    pairs = [("\\frac{1}{2}", "0.5", True), ("-2,1", "1, -2", True), ("3", "4", False),
             ("x^2", "\\sqrt{x}", False)]
    with ThreadPoolExecutor(2) as pool:
        got = list(pool.map(lambda p: equivalent_bounded(p[0], p[1]), pairs))
    assert got == [same for _, _, same in pairs]
    pid = answer_worker().pid
    assert pid is not None and pid != os.getpid()


def test_a_killed_child_is_not_equivalent_and_the_next_call_works() -> None:
    assert equivalent_bounded("2", "2")
    worker = answer_worker()
    pid = worker.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    first = equivalent_bounded("2", "2.0")  # may find the dead child: then False, not a crash
    assert equivalent_bounded("2", "2.0") and first in (True, False)
    assert worker.pid not in (None, pid)


def test_bad_types_are_false() -> None:
    assert equivalent_bounded(None, "1") is False  # type: ignore[arg-type]
