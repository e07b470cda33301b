"""`tutor solve` in a terminal says why the engine declines (issue 13, item 4), as the app does,
instead of "(no final answer found)"."""

from __future__ import annotations

import pytest

from tutor.cli import main


def test_a_decline_is_said_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["solve", "Show that x^2 + 9 \\ge 6x for every real number x.",
                 "--backend", "symbolic"])
    out = capsys.readouterr().out
    assert code == 0
    assert "inequalit" in out and "paste a worked solution" in out
    assert "no final answer" not in out and "Error" not in out


def test_an_answer_is_still_printed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["solve", "What is 17 + 26?", "--backend", "symbolic"]) == 0
    assert "Answer: 43" in capsys.readouterr().out
