"""The checker over real reasoning-model transcripts (issue 12): the dev file's one
real slip stays refuted and no other step is. The file is read from
../shared/eval relative to the project root; the test is skipped without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tutor.reasoning.steps import split_steps
from tutor.verify.api import ChainChecker
from tutor.verify.pool import CheckerPool
from tutor.verify.verdict import Verdict

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "transcripts" / "r1_dev.jsonl"
SLIP = "1,004,004,001"  # the one real slip in the dev file (the model corrects it)


def parts(output: str) -> dict[str, str]:
    """The thinking (between <think> and </think>) and the solution after it."""
    head, sep, tail = output.partition("</think>")
    if not sep:
        return {"solution": output}
    return {"thinking": head.split("<think>", 1)[-1], "solution": tail}


@pytest.fixture(scope="module")
def refuted() -> list[tuple[str, str, str]]:
    if not DEV.exists():
        pytest.skip(f"{DEV} is not here")
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    pool = CheckerPool(processes=1)
    found = []
    try:
        for record in records:
            for part, text in parts(record["output"]).items():
                checker = ChainChecker(record["problem"], pool=pool)
                for step in split_steps(text):
                    verdict = checker.check(step)
                    if verdict.verdict is Verdict.REFUTED:
                        found.append((record["id"], part, verdict.reason))
    finally:
        pool.close()
    return found


def test_only_the_real_slip_is_refuted(refuted: list[tuple[str, str, str]]) -> None:
    assert len(refuted) == 1, refuted
    record, part, reason = refuted[0]
    assert part == "thinking" and SLIP in reason


OWN = ROOT / "bench" / "data" / "plain_text_transcripts.jsonl"


def test_our_own_plain_text_transcripts_are_refuted_only_at_their_slips() -> None:
    """Our own short transcripts in the plain-text styles of reasoning models: each step
    a record names as a slip is refuted, no other step is, and most steps with a
    claim are verified (bench/transcripts.py --file ... prints the figures)."""
    from tutor.reasoning.worked import check_worked_solution

    records = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines() if line]
    assert len(records) >= 20
    pool = CheckerPool(processes=1)
    false_alarms, missed, with_claim, verified = [], [], 0, 0
    try:
        for record in records:
            result = check_worked_solution(
                record["problem"], record["output"],
                checker_factory=lambda problem: ChainChecker(problem, pool=pool))
            steps = result.thinking + result.solution
            for step in steps:
                slip = any(s in step.text for s in record["slips"])
                refuted = step.status is Verdict.REFUTED
                if refuted and not slip:
                    false_alarms.append((record["id"], step.text))
                if slip and not refuted:
                    missed.append((record["id"], step.text))
                if step.verdict is not None and any(c.checkable for c in step.verdict.claims):
                    with_claim += 1
                    verified += step.status is Verdict.VERIFIED
    finally:
        pool.close()
    assert not false_alarms
    assert not missed
    assert verified >= 0.85 * with_claim, (verified, with_claim)
