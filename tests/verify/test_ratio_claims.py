"""Ratios said equal in plain text (tutor/verify/extract/ratios.py): verified when in
proportion, never refuted (a colon also writes clock times). Our own numbers."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.extract.ratios import ratio_claims
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def check(step: str) -> Verdict:
    return ChainChecker("Work it out.").check(step).verdict


@pytest.mark.parametrize(("step", "expected"), [
    ("so 2:3 = 6:9", V),
    ("and 24:40 = 3:5 after dividing by 8", V),
    ("So cement : sand : gravel is 1 : 2 : 4 = 3 : 6 : 12.", V),
    ("so 1:2 = 2:4 = 3:6", V),
    ("the scale 1.5 : 2 = 3 : 4 holds", V),
    # not in proportion, or a clock: never red, and the step is not verified
    ("so 2:3 = 6:10", U),
    ("from 10:30 = 22:30 on a 24-hour clock", U),
    # not read: a term that is not a number, a time with its words, terms of unlike count
    ("the ratio 1 : 0.5 : √3/2 = 2 : 1 : √3", U),
    ("At 5:30 = 330 minutes after noon", U),
    ("the score 3:2 = 1.5", U),
    ("so 1:2:3 = 2:4", U),
])
def test_ratios_said_equal(step: str, expected: Verdict) -> None:
    assert check(step) is expected


def test_each_pair_of_neighbouring_terms_is_one_claim() -> None:
    claims = ratio_claims("so 1 : 2 : 4 = 3 : 6 : 12.")
    assert [c.source for c in claims] == ["1:2 = 3:6", "2:4 = 6:12"]
    assert all(c.counted and not c.comparable for c in claims)


def test_a_ratio_that_is_off_keeps_its_step_unverified() -> None:
    result = ChainChecker("Work it out.").check("so 2 + 3 = 5 and 2:3 = 6:10")
    assert result.verdict is U
    assert not any(c.verdict is R for c in result.claims)
