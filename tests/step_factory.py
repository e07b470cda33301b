"""Build a checked `Step` in one call for tests of the code that shows or prints steps."""

from __future__ import annotations

from typing import Any

from tutor.problems.step import Step
from tutor.verify.verdict import ClaimResult, StepVerdict, Verdict


def checked(text: str, verdict: Verdict | None = None, reason: str = "", **fields: Any) -> Step:
    """A step whose verdict is `verdict`, with one claim that reads `reason`."""
    if verdict is None:
        return Step(text, **fields)
    claims = (ClaimResult(reason, verdict, reason),) if reason else ()
    return Step(text, verdict=StepVerdict(verdict, claims), **fields)
