"""Imported when each solver worker (a `tutor.workers` child) starts: warm it up.

The ANTLR parser behind latex2sympy2_extended builds its tables on first use
(about a second), and SymPy fills caches on its first inequality, absolute value,
domain or trigonometric simplification; done here, before the worker takes its first
solve, every solve starts with them ready.

The readers are imported by the dispatch of their subject only when a problem first
reaches it: about 370 modules, 4 s on this machine, which the first solve of each subject
would otherwise pay inside its time limit. A daemon thread imports them all once the
warm-up solves are done, so the worker is ready as soon as before and a solve that comes
meanwhile shares the imports already made.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading

import tutor.reasoning.symbolic as _engine_package
from tutor.reasoning.symbolic.engine import solve_now


def _import_every_reader() -> None:
    for module in pkgutil.walk_packages(_engine_package.__path__, "tutor.reasoning.symbolic."):
        if module.name != __name__:
            try:
                importlib.import_module(module.name)
            except Exception:  # noqa: BLE001, S112 - warming up is best effort
                continue


_WARM_UP = (
    "Solve $2x + 3 = 11$.",
    r"Find the domain of $f(x) = \frac{\sqrt{x-1}}{|x^2-4|+|x-2|}$.",
    r"For what values of $x$ is $x^2 - 3x - 4 < 0$? Express your answer in interval notation.",
    r"Compute $\frac{1}{\sin^2 15^\circ} + \frac{1}{\cos^2 15^\circ}$.",
    r"Compute $\sum_{n=1}^{\infty} \frac{1}{n(n+1)}$.",  # the numerical confirmation too
)

for _problem in _WARM_UP:
    try:
        solve_now(_problem)
    except Exception:  # noqa: BLE001, S112 - warming up is best effort
        continue

threading.Thread(target=_import_every_reader, name="import-readers", daemon=True).start()
