"""The step checks' worker thread: in order, results on the GUI thread, errors delivered."""

from __future__ import annotations

import threading

from tutor.ui.check_queue import CheckQueue


def test_runs_in_order_off_the_gui_thread_and_answers_on_it(qtbot) -> None:  # noqa: ANN001
    checks = CheckQueue()
    gui = threading.get_ident()
    ran: list[tuple[int, bool]] = []
    got: list[tuple[int, bool]] = []

    def job(n: int):  # noqa: ANN202
        def run() -> int:
            ran.append((n, threading.get_ident() == gui))
            return n
        return run

    for n in range(20):
        checks.submit(job(n), on_result=lambda v: got.append((v, threading.get_ident() == gui)))
    qtbot.waitUntil(lambda: len(got) == 20, timeout=5000)
    assert ran == [(n, False) for n in range(20)]
    assert got == [(n, True) for n in range(20)]
    assert checks.wait(1)
    checks.close()


def test_an_error_goes_to_its_handler_and_later_work_still_runs(qtbot) -> None:  # noqa: ANN001
    checks = CheckQueue()
    errors: list[BaseException] = []
    got: list[int] = []

    def boom() -> int:
        raise ValueError("bad step")

    checks.submit(boom, on_result=got.append, on_error=errors.append)
    checks.submit(lambda: 7, on_result=got.append)
    qtbot.waitUntil(lambda: got == [7], timeout=5000)
    assert [str(e) for e in errors] == ["bad step"]
    checks.close()


def test_close_drops_what_has_not_started(qtbot) -> None:  # noqa: ANN001
    checks = CheckQueue()
    gate, started = threading.Event(), threading.Event()
    got: list[int] = []

    def first() -> int:
        started.set()
        gate.wait(5)
        return 1

    checks.submit(first, on_result=got.append)
    for n in range(2, 6):
        checks.submit(lambda n=n: n, on_result=got.append)
    assert started.wait(5)
    checks.close()
    gate.set()
    assert checks.wait(5)
    qtbot.waitUntil(lambda: got == [1], timeout=5000)
