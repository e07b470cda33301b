"""The built-in symbolic engine: recognises a problem, solves it with SymPy step by step.

Entry points: `solve_problem(text, time_limit=20.0) -> Solution` (used by the CLI and the
PDF export), `SymbolicBackend` (the "symbolic" reasoning backend) and
`solve_reference(text, time_limit=20.0) -> ReferenceSolution` (answer, confidence
"confirmed" / "unconfirmed" / "declined", steps, reason: a cross-check for another
answer). A problem that is not safely understood is declined (Solution.declined, a
message saying what the engine understood; `Done(declined=...)` from the backend), never
guessed; one that runs past the time limit gives kind "timeout". Every answer is
confirmed by an independent method where one applies (`confirm.py`); when the two
disagree the problem is declined.

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
from tutor.reasoning.symbolic.reference import ReferenceSolution, solve_reference
from tutor.reasoning.symbolic.runner import solve_problem

__all__ = ["SymbolicBackend", "Solution", "Step", "Decline", "UNSUPPORTED_MESSAGE",
           "ReferenceSolution", "solve_problem", "solve_reference"]
