"""The "Your turn" panel shows an answer's result as the words it was given, whatever they
hold: an apostrophe, a less-than sign, an ampersand. Real widget, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument


@pytest.mark.parametrize(("correct", "message"), [
    (None, "I can't tell whether that matches."),  # neither green nor red: the palette's colour
    (False, "Not quite — x < 3 & y > 1 isn't it."),
    (True, "Correct!"),
])
def test_the_answer_result_reads_as_written(qtbot, correct: bool | None, message: str) -> None:
    from tutor.ui.your_turn import YourTurnPanel

    turn = YourTurnPanel()
    qtbot.addWidget(turn)
    turn.show_answer_result(correct, message)
    shown = QTextDocument()
    if turn.answer_result.textFormat().name == "RichText":
        shown.setHtml(turn.answer_result.text())
    else:
        shown.setPlainText(turn.answer_result.text())
    assert shown.toPlainText() == message
