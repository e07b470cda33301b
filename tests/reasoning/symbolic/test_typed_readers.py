"""The typed reading (`typed.read_typed`): the first reader that reads a problem answers it;
a reader that fails with an error of its own declines for itself only."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic import typed
from tutor.reasoning.symbolic.parsing import split_problem


def test_a_failing_reader_does_not_stop_the_readers_after_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = typed.readers()

    def broken(_split, _template):  # noqa: ANN001, ANN202
        raise TypeError("a bug in one reader")

    monkeypatch.setattr(typed, "readers", lambda: [broken, *real])
    split = split_problem("How many positive divisors does $84$ have?")
    got = typed.read_typed(split, split.template)
    assert not isinstance(got, str) and got is not None
    assert got[0] == 12


def test_a_failure_alone_is_reported_as_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_split, _template):  # noqa: ANN001, ANN202
        raise IndexError("a bad slot")

    monkeypatch.setattr(typed, "readers", lambda: [broken])
    split = split_problem("How many positive divisors does $84$ have?")
    assert typed.read_typed(split, split.template) == (
        "a reader failed on this problem (IndexError)")
