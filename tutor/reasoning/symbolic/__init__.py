"""The built-in symbolic engine: recognises a problem, solves it with SymPy step by step.

Entry points: `solve_problem(text, time_limit=20.0) -> Solution` (used by the CLI and the
PDF export) and `SymbolicBackend` (the "symbolic" reasoning backend). A problem that is
not safely understood is declined (Solution.declined / Error kind "unsupported"), never
guessed; one that runs past the time limit gives kind "timeout".

Plot spec (StepBoundary.plot, Solution.plots): a JSON-serialisable dict with "kind" and
"title" (LaTeX allowed), drawn by `plots.render_plot(spec, ax)`:
- "function": "expr" (sympy srepr of an expression in "var"), "x_range" [lo, hi],
  optional "points" [[x, y], ...] to mark and "shade" [a, b] (area under the curve).
- "interval": "intervals" [[start|None, end|None, left_open, right_open], ...] on a
  number line for "var"; optional "expr" (srepr) of lhs - rhs.
- "system": "equations" (srepr of sympy Eq in the two "var" names), "points".
- "points": "points" [[x, y], ...], "segment" (join the first two).
- "circle": "center" [h, k], "radius" r.
"""

from tutor.reasoning.symbolic.backend import SymbolicBackend
from tutor.reasoning.symbolic.model import UNSUPPORTED_MESSAGE, Decline, Solution, Step
from tutor.reasoning.symbolic.runner import solve_problem

__all__ = ["SymbolicBackend", "Solution", "Step", "Decline", "UNSUPPORTED_MESSAGE", "solve_problem"]
