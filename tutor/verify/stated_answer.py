"""A stated final answer ("the final answer is X", `\\boxed{X}`) as a claim: compared
with the reference answer (an independent solution) in the bounded answers child."""

from __future__ import annotations

import re

from tutor.verify.notation import maths_text
from tutor.verify.verdict import ClaimResult, Verdict

MAX_ANSWER_CHARS = 2000
_STATES_ANSWER = re.compile(r"\\boxed\s*\{|\\fbox\s*\{|answer\s*(?:is|:)", re.IGNORECASE)


def states_answer(text: str) -> bool:
    """The step states the final answer ("the answer is", `\\boxed{}`)."""
    return bool(_STATES_ANSWER.search(text))


def stated_answer_verdict(stated: str | None, reference: str | None) -> ClaimResult | None:
    """The stated final answer against the reference answer: verified when they
    agree, refuted when they certainly differ, None when either is missing or the
    comparison is not certain. Runs in the bounded answers child."""
    if not stated or not reference or not isinstance(stated, str):
        return None
    stated, reference = stated.strip(), reference.strip()
    if not stated or not reference or max(len(stated), len(reference)) > MAX_ANSWER_CHARS:
        return None
    from tutor.verify.bounded_answers import compare_bounded

    outcome = compare_bounded(reference, stated)
    shown, expected = maths_text(stated), maths_text(reference)
    if outcome == "same":
        return ClaimResult(
            f"the answer is {shown}", Verdict.VERIFIED,
            f"the answer {shown} agrees with an independent solution", "answer",
            method="compared with an independent solution",
        )
    if outcome == "approximate":
        return ClaimResult(
            f"the answer is {shown}", Verdict.VERIFIED,
            f"the answer {shown} is approximately right: exactly {expected}", "answer",
            method="compared with an independent solution, at the places written",
        )
    if outcome == "different":
        return ClaimResult(
            f"the answer is {shown}", Verdict.REFUTED,
            f"the answer {shown} disagrees with an independent solution: {expected}",
            "answer", method="compared with an independent solution",
        )
    return None
