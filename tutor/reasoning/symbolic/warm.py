"""Imported once by the solver's forkserver: load the LaTeX grammar before forking.

The ANTLR parser behind latex2sympy2_extended builds its tables on first use
(about a second); done here, every forked solve starts with them ready.
"""

from __future__ import annotations

from tutor.reasoning.symbolic.engine import solve_now

try:
    solve_now("Solve $2x + 3 = 11$.")
except Exception:  # noqa: BLE001, S110 - warming up is best effort
    pass
