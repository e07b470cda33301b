from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from tutor.ui.jobs import JobRunner


@pytest.fixture
def runner(qtbot) -> JobRunner:  # noqa: ANN001
    r = JobRunner()
    yield r
    r.cancel_all()
    assert r.wait(5000)


def test_progress_batches_and_result_arrive_on_the_gui_thread(runner: JobRunner, qtbot) -> None:
    gui = QThread.currentThread()
    seen: dict[str, object] = {"items": [], "threads": set(), "worker": None}
    order: list[str] = []

    def work(report, cancel) -> str:  # noqa: ANN001
        seen["worker"] = threading.get_ident()
        for i in range(500):
            report(i)
        return "done"

    def progress(items: list[int]) -> None:
        seen["items"].extend(items)  # type: ignore[union-attr]
        seen["threads"].add(QThread.currentThread() is gui)  # type: ignore[union-attr]
        order.append("progress")

    runner.start(work, on_progress=progress, on_result=lambda v: order.append(f"result:{v}"),
                 on_finished=lambda: order.append("finished"))
    qtbot.waitUntil(lambda: "finished" in order, timeout=5000)
    assert seen["items"] == list(range(500))  # nothing lost, in order
    assert seen["threads"] == {True}
    assert seen["worker"] != threading.get_ident()
    assert order.count("progress") < 500  # batched, not one signal per item
    assert order[-2:] == ["result:done", "finished"]
    assert runner.running == 0


def test_none_results_many_times_do_not_crash(runner: JobRunner, qtbot) -> None:
    """Regression: PySide6 6.12 on CPython 3.11 lost references to None/True per signal."""
    results: list[object] = []
    for _ in range(300):
        runner.start(lambda _r, _c: None, on_result=results.append)
    qtbot.waitUntil(lambda: len(results) == 300, timeout=20000)
    assert results == [None] * 300


def test_cancel_reaches_the_worker(runner: JobRunner, qtbot) -> None:
    states: list[str] = []

    def work(report, cancel) -> str:  # noqa: ANN001
        while not cancel.wait(0.01):
            report("tick")
        return "cancelled"

    job = runner.start(work, on_result=states.append)
    qtbot.waitUntil(lambda: runner.running == 1, timeout=1000)
    time.sleep(0.05)
    job.cancel()
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert states == ["cancelled"]


def test_errors_are_delivered_not_raised(runner: JobRunner, qtbot) -> None:
    errors: list[BaseException] = []

    def boom(_report, _cancel) -> None:  # noqa: ANN001
        raise ValueError("bad input")

    job = runner.start(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    QApplication.processEvents()
    assert [str(e) for e in errors] == ["bad input"]
