"""Unicode's vulgar fractions as students type them: "10 ÷ 4 = 2½" was refuted as
"10 ÷ 4 = 2" (the ½ dropped), and "2.5 = 3½" was verified on its 3. A whole number right
before one makes a mixed number. Our own wordings (stop 45)."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R = Verdict.VERIFIED, Verdict.REFUTED


@pytest.mark.parametrize(("step", "verdict"), [
    ("10 ÷ 4 = 2½", V),
    ("7 ÷ 2 = 3½ hours", V),
    ("½ + ¼ = ¾", V),
    ("1 ½ + 2 ¼ = 3 ¾", V),
    ("2 × 1¼ = 2½ cups", V),
    ("10 ÷ 4 = 3½", R),
    ("10 ÷ 4 = 2.5 = 3½", R),
    ("½ + ¼ = ⅔", R),
])
def test_vulgar_fractions(step: str, verdict: Verdict) -> None:
    assert check_step("A recipe problem.", [], step).verdict is verdict
