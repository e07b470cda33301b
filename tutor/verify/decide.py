"""The one place where claim results become a step's verdict."""

from __future__ import annotations

from collections.abc import Sequence

from tutor.verify.verdict import ClaimResult, StepVerdict, Verdict


def step_verdict(results: Sequence[ClaimResult]) -> StepVerdict:
    """Refuted when any claim is refuted; verified only when every checkable claim
    is verified and there is at least one; otherwise unchecked (`partly` tells
    whether some claim was verified)."""
    checkable = [r for r in results if r.checkable or r.verdict is not Verdict.UNCHECKED]
    if any(r.verdict is Verdict.REFUTED for r in results):
        overall = Verdict.REFUTED
    elif checkable and all(r.verdict is Verdict.VERIFIED for r in checkable):
        overall = Verdict.VERIFIED
    else:
        overall = Verdict.UNCHECKED
    return StepVerdict(overall, tuple(results))
