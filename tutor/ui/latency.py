"""Measure how long the GUI thread was blocked (for tests and bench/ui_latency.py)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


class GapMeter:
    """Largest gap between ticks of a 5 ms GUI-thread timer: how long the GUI was blocked."""

    def __init__(self) -> None:
        self.largest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.largest = max(self.largest, now - self._last)
        self._last = now

    def stop(self) -> float:
        """Stop measuring; the largest gap in seconds."""
        self.timer.stop()
        return self.largest
