"""Test helper: the verdict the checker gave one claim of a step."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict


def claim_verdict(checker: ChainChecker, step: str, claim: str) -> Verdict:
    """Check `step` and return the verdict of its claim written `claim` (spaces aside)."""
    found = [c for c in checker.check(step).claims if c.claim.replace(" ", "") ==
             claim.replace(" ", "")]
    assert found, claim
    return found[0].verdict
