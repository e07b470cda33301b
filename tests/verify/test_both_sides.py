"""An equation that follows from an earlier one by taking logarithms of both sides or
raising a base to each side. Our own variants, written for these tests."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def last_claim(problem: str, *steps: str) -> Verdict:
    """The verdict on the last claim of the last step."""
    checker = ChainChecker(problem)
    verdicts = [checker.check(step) for step in steps]
    return verdicts[-1].claims[-1].verdict


def test_a_base_raised_to_each_side_undoes_the_logarithms() -> None:
    assert last_claim("Find t.", "Combining, $\\log_3 t + \\log_3(t + 6) = 3 \\implies "
                      "t(t + 6) = 27$.") is V
    assert last_claim("Find t.", "We are told $\\log_5 (2t - 1) = 2$.",
                      "Undoing the logarithm, $2t - 1 = 25$.") is V
    assert last_claim("Find w.", "From $\\log_4 w = \\log_2 w$ we get $4^{\\log_2 w} = w$.") is V
    assert last_claim("Find u.", "Since $\\ln(u + 4) = \\ln 3 + \\ln u$, "
                      "we have $u + 4 = 3u$.") is V


def test_a_logarithm_taken_of_both_sides() -> None:
    assert last_claim("Find p.", "We know $3^p = 7$. Taking logs, $p \\log 3 = \\log 7$.") is V
    assert last_claim("Find p.", "Here $6^{2p} = 11$.",
                      "Take the natural log: $2p \\ln 6 = \\ln 11$.") is V
    assert last_claim("Find q.", "We have $5^{q + 1} = 40$, so "
                      "$\\log_5(5^{q + 1}) = \\log_5 40$.") is V


def test_wrong_consequences_are_never_verified_nor_refuted() -> None:
    # log a + log b taken as log(a + b): not a consequence
    assert last_claim("Find t.", "Combining, $\\log_3 t + \\log_3(t + 6) = 3 \\implies "
                      "t + (t + 6) = 27$.") is U
    # the wrong power of the base
    assert last_claim("Find t.", "We are told $\\log_5 (2t - 1) = 2$.",
                      "Undoing the logarithm, $2t - 1 = 10$.") is U
    assert last_claim("Find p.", "We know $3^p = 7$. Taking logs, $p \\log 7 = \\log 3$.") is U


def test_near_misses_stay_unchecked() -> None:
    # x^2 = 9 does not give 2 log x = log 9: x = -3 is lost
    assert last_claim("Find x.", "We have $x^2 = 9$, so $2 \\log x = \\log 9$.") is U
    # a letter the earlier equation does not use
    assert last_claim("Find p.", "We know $3^p = 7$. Taking logs, $k \\log 3 = \\log 7$.") is U
