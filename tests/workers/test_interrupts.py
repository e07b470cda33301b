"""A time limit that fires inside a gc callback or a finaliser still stops the call.

CI once failed because a deadline's SIGALRM arrived while Hypothesis's gc callback
ran: the exception was "unraisable", lost, and the timed call went on.
"""

from __future__ import annotations

import gc
import signal
import sys
import time
from collections.abc import Iterator

import pytest

from tutor.verify.answers import DeadlinePassed, deadline
from tutor.workers import child

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM")

SLOW = 0.05  # long enough for the alarm to land in the slow place


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def _slow_gc_callback(phase: str, info: dict[str, int]) -> None:
    _busy(SLOW)


class _SlowFinaliser:
    def __init__(self) -> None:
        self.cycle = self

    def __del__(self) -> None:
        _busy(SLOW)


def _collect_for(seconds: float) -> None:
    """Much of the time in the slow place, the rest in this (interruptible) loop."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        _SlowFinaliser()
        gc.collect(0)  # the youngest generation only: quick however big the heap is
        _busy(SLOW)


@pytest.fixture(params=["gc callback", "finaliser"])
def slow_place(request: pytest.FixtureRequest) -> Iterator[list[object]]:
    """Where the slow work happens; yields the exceptions reported as unraisable."""
    lost: list[object] = []
    previous_hook = sys.unraisablehook
    sys.unraisablehook = lambda report: lost.append(report.exc_value)
    if request.param == "gc callback":
        gc.callbacks.append(_slow_gc_callback)
    _SlowFinaliser.__del__ = (  # type: ignore[method-assign]
        (lambda self: _busy(SLOW)) if request.param == "finaliser" else (lambda self: None))
    try:
        yield lost
    finally:
        if _slow_gc_callback in gc.callbacks:
            gc.callbacks.remove(_slow_gc_callback)
        sys.unraisablehook = previous_hook


def test_a_deadline_fired_in_a_place_that_cannot_raise_still_stops_the_call(
    slow_place: list[object],
) -> None:
    started = time.monotonic()
    with pytest.raises(DeadlinePassed), deadline(0.02):
        _collect_for(10.0)
    assert time.monotonic() - started < 5.0
    assert slow_place == []


def test_the_workers_soft_limit_fired_in_a_place_that_cannot_raise_still_stops_the_call(
    slow_place: list[object],
) -> None:
    previous = signal.signal(signal.SIGALRM, child._on_alarm)
    try:
        started = time.monotonic()
        outcome = child._run_one(f"{__name__}:_collect_for", (10.0,), {}, 0.02)
        assert outcome == ("timeout", None)
        assert time.monotonic() - started < 5.0
        assert slow_place == []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_other_unraisable_exceptions_are_still_reported(slow_place: list[object]) -> None:
    class Noisy:
        def __del__(self) -> None:
            raise ValueError("from a finaliser")

    with deadline(5.0):
        Noisy()
    assert [type(error) for error in slow_place] == [ValueError]


def _swallow_the_interrupt_and_raise(seconds: float) -> None:
    """As pybind11 does when a signal lands while it converts arguments: the
    interrupt is caught and an error of its own is raised instead."""
    try:
        _busy(seconds)
    except BaseException as exc:  # noqa: BLE001 - that is the point
        raise TypeError("incompatible function arguments") from exc
    raise AssertionError("the time limit never fired")


def _swallow_the_interrupt_and_return(seconds: float) -> str:
    try:
        _busy(seconds)
    except BaseException:  # noqa: BLE001 - a bare except in someone's code
        return "a half-done result"
    return "finished"


@pytest.mark.parametrize("target", ["_swallow_the_interrupt_and_raise",
                                    "_swallow_the_interrupt_and_return"])
def test_a_call_that_swallows_its_time_limit_is_still_a_timeout(target: str) -> None:
    previous = signal.signal(signal.SIGALRM, child._on_alarm)
    try:
        outcome = child._run_one(f"{__name__}:{target}", (10.0,), {}, 0.02)
        assert outcome == ("timeout", None)
        # the next call, within its limit, is its own answer again
        assert child._run_one(f"{__name__}:{target}", (0.0,), {}, 5.0)[0] != "timeout"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
