"""A run of plain maths right after a sign no run reads (∛, ∜, ∑, ∏, ∫, ∂) is that sign's
operand, never a claim of its own: "∛(-64) = -4" was refuted as "(-64) = -4"."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize("step", [
    "∛(-64) = -4",
    "∛27 = 3",
    "so x = ∛(125) = 5",
    "2∛(8) = 4",
    "∜(81) = 3",
    "∑(k=1 to 3) k = 6",
])
def test_the_operand_of_an_unread_sign_is_never_refuted(step: str) -> None:
    verdict = ChainChecker("Compute the value.").check(step)
    assert verdict.verdict is not Verdict.REFUTED
    assert all(c.verdict is not Verdict.REFUTED for c in verdict.claims)


def test_plain_arithmetic_beside_it_is_still_checked() -> None:
    checker = ChainChecker("Compute the value.")
    assert checker.check("√(16) = 4").verdict is Verdict.VERIFIED
    assert checker.check("12 + 30 = 41").verdict is Verdict.REFUTED
