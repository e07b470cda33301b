"""Dividing by the base ends with the remainders read bottom-up as a claim the checker
confirms by place value ("read bottom-up, $38 = 100110_{2}$"), where the numeral stood alone
in a step of its own (`$100110_{2}$`), and "convert 38 to binary" no longer opens with the
number read as itself (`$38 = 38$`). Our own numbers."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "answer", "read"), [
    ("convert 38 to binary", "100110_{2}", "$38 = 100110_{2}$"),
    ("Write 75 in base 4.", "1023_{4}", "$75 = 1023_{4}$"),
    ("what is 110_2 + 111_2 in base 2", "1101_{2}", "$13 = 1101_{2}$"),
    ("How many digits does 150 have when written in base 3?", "5", "$150 = 12120_{3}$"),
])
def test_the_digits_read_are_a_checked_claim(problem: str, answer: str, read: str) -> None:
    sol = assert_solved(problem, answer)
    texts = [s.text for s in sol.steps]
    assert any(f"read bottom-up, {read}" in t for t in texts), texts
    assert not any(t.strip("$") in (f"{answer}", "38 = 38") for t in texts), texts
    verdicts = check_steps(problem, texts)
    assert all(v.verdict is Verdict.VERIFIED for v in verdicts), [v.summary for v in verdicts]


def test_a_wrong_reading_is_not_verified() -> None:
    """The numeral's claim is checked: read wrong, it is never confirmed."""
    verdict = check_steps("convert 38 to binary", ["$38 = 100111_{2}$"])[0]
    assert verdict.verdict is not Verdict.VERIFIED
