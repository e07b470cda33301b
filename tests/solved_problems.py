"""One check for a problem the built-in engine answers, shared by the engine's test files.

The engine gives `answer` (when one is given), confirmed by a second, independent method,
in teacher-like steps (each with a rule, a hint and maths) that the checker never refutes.
"""

from __future__ import annotations

from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Solution
from tutor.verify.answers import equivalent
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


def assert_solved(problem: str, answer: str | None = None, *,
                  maths_in_steps: bool = False) -> Solution:
    sol = solve_now(problem)
    assert sol.answer is not None, sol.detail
    if answer is not None:
        # a generous limit: under load a vector or matrix comparison can pass 2 s
        assert equivalent(answer, sol.answer, timeout=10.0), sol.answer
    assert sol.confirmed, "every answer is confirmed a second way"
    assert sol.steps and all(s.rule and s.hint for s in sol.steps)
    if maths_in_steps:
        assert all("$" in s.text for s in sol.steps)
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    assert all(v.verdict is not Verdict.REFUTED for v in verdicts), [
        (s.text, v.verdict) for s, v in zip(sol.steps, verdicts, strict=True)]
    return sol
