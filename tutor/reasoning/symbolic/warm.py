"""Imported when each solver worker (a `tutor.workers` child) starts: warm it up.

The ANTLR parser behind latex2sympy2_extended builds its tables on first use
(about a second), and SymPy fills caches on its first inequality, absolute value,
domain or trigonometric simplification; done here, before the worker takes its first
solve, every solve starts with them ready.

The readers are imported by the dispatch of their subject only when a problem first
reaches it: about 700 modules, 2.5-5 s on this machine (most of it compiling their regular
expressions), which the first typed reading would otherwise pay inside its time limit. They
are all imported here, before the worker says it is ready: a solve that came right after
the warm-up used to pay them while a background thread imported the same modules beside it
(5.9-12 s for "How many ways can 5 people sit in a row?" under load, and a give-up at 20 s
as the first problem of a bench run on a loaded machine). The app starts the worker at
launch, so the student does not wait for this.
"""

from __future__ import annotations

import importlib
import pkgutil

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

_import_every_reader()
