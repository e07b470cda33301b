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
    reason: str = ""  # e.g. "11 - 3 = 8, not 6"
    kind: str = ""  # "arithmetic", "identity", "solution", "rewrite", "answer", ...
    # How it was checked, for the student: "exact arithmetic + 40-digit numeric",
    # "substitution", ... ("" when it was not checked).
    method: str = ""
    # False for what only looks like a claim (a definition, a convention such as
    # `= 9 coins` that was declined): it does not stop a step from being verified.
    checkable: bool = True


@dataclass(frozen=True)
class StepVerdict:
    """A step's verdict, decided by `tutor.verify.decide.step_verdict`:
    refuted when any claim is, verified when every checkable claim is (and
    there is one), otherwise unchecked - "partly checked" when some claim was."""

    verdict: Verdict
    claims: tuple[ClaimResult, ...] = field(default_factory=tuple)

    @property
    def partly(self) -> bool:
        """Unchecked as a whole, but at least one claim in it was verified."""
        return self.verdict is Verdict.UNCHECKED and any(
            c.verdict is Verdict.VERIFIED for c in self.claims
        )

    def _distinct_checkable(self) -> list[ClaimResult]:
        """The checkable claims, a claim written twice in a step (in its text and in its
        display maths) counted once."""
        from tutor.verify.notation import maths_text

        firsts: dict[tuple[str, Verdict], ClaimResult] = {}
        for c in self.claims:
            if c.checkable:
                firsts.setdefault((maths_text(c.claim), c.verdict), c)
        return list(firsts.values())

    @property
    def summary(self) -> str:
        """The claims and how each came out, in maths notation:
        "2 claims checked: 2·4 = 8 ✓, 8 + 9 = 17 ✓"."""
        from tutor.verify.notation import maths_text

        # a claim written twice in a step (in its text and in its display maths) is one claim
        shown = self._distinct_checkable()
        if not shown:
            return "nothing in this step could be checked"
        marks = {Verdict.VERIFIED: "✓", Verdict.REFUTED: "✗", Verdict.UNCHECKED: "?"}
        checked = sum(1 for c in shown if c.verdict is not Verdict.UNCHECKED)
        plural = "s" if len(shown) != 1 else ""
        head = (
            f"{len(shown)} claim{plural} checked"
            if checked == len(shown)
            else f"{checked} of {len(shown)} claim{plural} checked"
        )
        items = ", ".join(f"{maths_text(c.claim)} {marks[c.verdict]}" for c in shown)
        return f"{head}: {items}"

    @property
    def reason(self) -> str:
        """The first refuting reason, else a short summary."""
        for c in self.claims:
            if c.verdict is Verdict.REFUTED:
                return c.reason
        for c in self.claims:  # a step that stops short ("x = 4 is one solution; ...")
            if c.kind == "incomplete" and c.reason:
                return f"partly checked: {c.reason}" if self.partly else c.reason
        distinct = self._distinct_checkable()
        checked = sum(1 for c in distinct if c.verdict is Verdict.VERIFIED)
        if checked and self.verdict is Verdict.VERIFIED:
            return f"{checked} claim{'s' if checked != 1 else ''} checked"
        if checked:
            return f"partly checked: {checked} of {len(distinct)} claims"
        return "nothing in this step could be checked"
