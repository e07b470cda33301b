"""What start-up loads is put out of the garbage collector's sight once it has loaded
(`warm_up._freeze_start_up`), so a full collection in the middle of a streamed solve does not
walk it: such a collection had stopped the GUI thread for 110-150 ms (bench/transcripts.py)."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest

from tutor.ui import warm_up
from tutor.ui.main_window import MainWindow


def test_start_up_objects_are_frozen_once_loaded(
        make_window: Callable[..., MainWindow], qtbot, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    gc.unfreeze()  # as in a process where no window has warmed up yet
    monkeypatch.setattr(warm_up, "_frozen", False)
    freezes: list[int] = []
    real_freeze = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: (freezes.append(1), real_freeze())[1])
    first = make_window()
    qtbot.waitUntil(lambda: first.warmed_up, timeout=60_000)
    assert freezes == [1]
    assert gc.get_freeze_count() > 10_000  # Qt, SymPy, matplotlib: far more than that
    second = make_window()  # a second window (the tests open many) freezes nothing more
    qtbot.waitUntil(lambda: second.warmed_up, timeout=60_000)
    assert freezes == [1]
