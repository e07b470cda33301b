"""Verdict types shared by the checker, the CLI, the UI and the PDF export."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    VERIFIED = "verified"
    REFUTED = "refuted"  # only when a check is certain
    UNCHECKED = "unchecked"


@dataclass(frozen=True)
class ClaimResult:
    claim: str  # the claim as it reads in the step, e.g. "11 - 3 = 6"
    verdict: Verdict
    reason: str = ""  # e.g. "11 - 3 = 6 is false: 11 - 3 = 8"
    kind: str = ""  # "arithmetic", "identity", "solution", "rewrite", ...


@dataclass(frozen=True)
class StepVerdict:
    verdict: Verdict
    claims: tuple[ClaimResult, ...] = field(default_factory=tuple)

    @property
    def reason(self) -> str:
        """The first refuting reason, else a short summary."""
        for c in self.claims:
            if c.verdict is Verdict.REFUTED:
                return c.reason
        checked = sum(1 for c in self.claims if c.verdict is Verdict.VERIFIED)
        if checked:
            return f"{checked} claim{'s' if checked != 1 else ''} checked"
        return "nothing in this step could be checked"
