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
