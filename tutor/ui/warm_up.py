"""Loading what the app will need, off the GUI thread, while the student types.

Native extensions (matplotlib, SymPy's dependencies, llama.cpp's bindings) hold the GIL
while they load; loaded later, in a job during a solve, they would stall the GUI thread.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Callable

from tutor.ui.jobs import JobRunner


def warm_up_maths(runner: JobRunner, on_loaded: Callable[[], None]) -> None:
    """Start the maths render process; views show source text until it is ready."""
    from tutor.ui import mathview
    from tutor.ui.mathrender import load_renderer

    def load(report: Callable[[object], None], _cancel: object) -> None:
        load_renderer()  # a worker process that draws formulas (it loads matplotlib)
        report("maths")  # views render now; no need to wait for the checker
        # Then what this process needs later: matplotlib and numpy for plots
        # (tutor.ui.plot_view draws here) and the checker (SymPy).
        importlib.import_module("matplotlib.figure")
        importlib.import_module("tutor.verify.api")

    def loaded() -> None:
        mathview.renderer_ready()  # also when the progress report was not delivered
        _freeze_start_up()
        on_loaded()

    mathview.begin_warm_up()
    runner.start(load, on_progress=lambda _items: mathview.renderer_ready(),
                 on_finished=loaded)


_frozen = False


def _freeze_start_up() -> None:
    """What start-up loaded (Qt, SymPy, matplotlib, numpy: hundreds of thousands of
    objects) lives as long as the app: put out of the collector's sight (`gc.freeze`), a
    full collection no longer walks it; it had stopped the GUI thread for 110-150 ms in the
    middle of a streamed solve. Once a process: a second window (the tests open many) would
    freeze what the first left behind."""
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


def warm_up_backend(runner: JobRunner, backend: str, on_ready: Callable[[], None]) -> None:
    """Import what `backend` needs (tutor.ui.backends.warm_up) in a job."""
    from tutor.ui.backends import warm_up

    runner.start(lambda _report, _cancel: warm_up(backend), on_finished=on_ready)
