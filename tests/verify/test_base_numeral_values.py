"""Names given a numeral written in a base (`u = 2110_3`) carry its value into later
steps, as any other value does (verify only: the reading of `_3` is ours). Our own
variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED

PROBLEM = "Add $2110_3$ and $22_3$, giving the sum in base three."


def verdicts(*steps: str) -> list[Verdict]:
    checker = ChainChecker(PROBLEM, time_limit=10)  # the first parse imports the reader
    return [checker.check(step).verdict for step in steps]


def test_a_name_given_a_numeral_in_a_base_carries_its_value() -> None:
    assert verdicts(r"Call the numbers \(u = 2110_3\) and \(v = 22_3\).",
                    r"In base ten \(u = 2110_3 = 2 \cdot 27 + 1 \cdot 9 + 1 \cdot 3 = 66\).",
                    r"Then \(u + v = 66 + 8 = 74\).") == [U, V, V]
    assert verdicts("Let $p = 1011_2$.", r"So \(3p = 3 \cdot 11 = 33\).") == [U, V]


def test_a_wrong_value_or_a_digit_outside_the_base_is_not_verified() -> None:
    assert verdicts(r"Call the numbers \(u = 2110_3\) and \(v = 22_3\).",
                    r"Then \(u + v = 66 + 9 = 75\).") == [U, U]
    # 7 is no digit in base 5, so `w` has no value to carry
    assert verdicts("Let $w = 172_5$.", r"So \(w + 1 = 48\).") == [U, U]
