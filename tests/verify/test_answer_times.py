"""Clock-time answers (`answer_times`): own pairs, equal and not."""

from __future__ import annotations

import pytest

from tutor.verify.answer_times import read_time, times_agree
from tutor.verify.answers import equivalent

EQUAL = [
    ("7:45 p.m.", "19:45"), ("7:45 \\text{ pm}", "7:45"), ("11 a.m.", "11:00"),
    ("12:20 a.m.", "0:20"), ("3 PM", "15"), ("6:10:30 p.m.", "18:10:30"),
    ("10:05 am", "10:05 a.m."),
]
NOT_EQUAL = [
    ("7:45 p.m.", "7:45 a.m."), ("7:45 p.m.", "7:54"), ("11 a.m.", "23:00"), ("3 PM", "4 PM"),
    ("6:10:30 p.m.", "18:10"),
]


@pytest.mark.parametrize(("gold", "pred"), EQUAL)
def test_same_time(gold: str, pred: str) -> None:
    assert equivalent(gold, pred, timeout=30) and equivalent(pred, gold, timeout=30)


@pytest.mark.parametrize(("gold", "pred"), NOT_EQUAL)
def test_different_time(gold: str, pred: str) -> None:
    assert not equivalent(gold, pred, timeout=30) and not equivalent(pred, gold, timeout=30)


def test_not_a_time() -> None:
    assert read_time("13 p.m.") is None and read_time("4:75") is None
    assert times_agree("3:4", "6:8") is None  # two plain clock faces: maybe a ratio
