"""Keep a time limit that a signal handler raised where Python cannot deliver it.

Python runs a signal handler between two bytecodes of whatever the main thread is
doing at that moment: that may be a garbage-collector callback (`gc.callbacks`:
Hypothesis and profilers install one), a `__del__`, a weakref callback or a generator
being finalised. An exception raised there cannot reach the code it was meant to stop:
the interpreter hands it to `sys.unraisablehook` and carries on, so the time limit is
lost and the call runs on (seen in CI: a deadline fired inside Hypothesis's gc
callback). While `retry_when_lost(error)` is active, such a lost `error` sets the timer
again for a moment later instead of being reported, so the limit lands in the call.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

RETRY_SECONDS = 0.001


@contextmanager
def retry_when_lost(error: type[BaseException]) -> Iterator[None]:
    """While the body runs, a lost `error` (see the module) re-arms SIGALRM shortly."""
    if not hasattr(signal, "setitimer"):
        yield
        return
    previous = sys.unraisablehook

    def hook(report: Any) -> None:
        if isinstance(report.exc_value, error):
            signal.setitimer(signal.ITIMER_REAL, RETRY_SECONDS)
            return
        previous(report)

    sys.unraisablehook = hook
    try:
        yield
    finally:
        sys.unraisablehook = previous
