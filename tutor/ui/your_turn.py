"""The student's own steps (checked with check_step) and their final answer.

A step may be typed as plain text ("2x = 8"), with `$...$`, or as bare LaTeX
("7 \\cdot 146 = 1022"): `as_math_input` gives bare LaTeX its delimiters, so the
live preview, the step card and the checker all read it the same way as `$...$`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tutor.mathtext import as_math_input
from tutor.ui.mathview import MathView
from tutor.ui.step_card import StepCard, discard
from tutor.ui.theme import accent
from tutor.verify.verdict import StepVerdict

PREVIEW_DELAY_MS = 150  # re-render the preview when typing pauses
ANSWER_ACCENTS = {True: "good", False: "bad", None: None}


class YourTurnPanel(QGroupBox):
    step_submitted = Signal(str)  # the step with its maths delimited (see as_math_input)
    answer_submitted = Signal(str)
    changed = Signal(QWidget)  # something new to look at: the solution pane scrolls to it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Your turn", parent)
        layout = QVBoxLayout(self)
        self.cards_layout = QVBoxLayout()
        layout.addLayout(self.cards_layout)
        self.cards: list[StepCard] = []
        row = QHBoxLayout()
        self.step_edit = QLineEdit()
        self.step_edit.setPlaceholderText(
            "Type your next step, e.g.  2x = 8  or  7 \\cdot 146 = 1022"
        )
        self.step_edit.returnPressed.connect(self._submit_step)
        self.check_step_button = QPushButton("Check my step")
        self.check_step_button.clicked.connect(self._submit_step)
        row.addWidget(self.step_edit, 1)
        row.addWidget(self.check_step_button)
        layout.addLayout(row)
        self.preview = MathView()  # the step as it will be read, rendered while typing
        self.preview.setVisible(False)
        layout.addWidget(self.preview)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(lambda: self.update_preview(typing=True))
        self.step_edit.textChanged.connect(self._preview_timer.start)
        answer_row = QHBoxLayout()
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText("Your final answer, e.g.  x = 4")
        self.answer_edit.returnPressed.connect(self._submit_answer)
        self.check_answer_button = QPushButton("Check answer")
        self.check_answer_button.clicked.connect(self._submit_answer)
        answer_row.addWidget(self.answer_edit, 1)
        answer_row.addWidget(self.check_answer_button)
        layout.addLayout(answer_row)
        self.answer_result = QLabel("")
        self.answer_result.setWordWrap(True)
        self.answer_result.setTextFormat(Qt.TextFormat.RichText)  # escaped: "can't" stays "can't"
        layout.addWidget(self.answer_result)
        self._answer_shown: tuple[bool | None, str] | None = None

    def clear(self) -> None:
        for card in self.cards:
            discard(card)
        self.cards.clear()
        self.step_edit.clear()
        self.update_preview()
        self.answer_edit.clear()
        self.answer_result.setText("")
        self._answer_shown = None

    def update_preview(self, typing: bool = False) -> None:
        self._preview_timer.stop()
        text = as_math_input(self.step_edit.text())
        self.preview.setVisible(bool(text))
        if text != self.preview.source_text():  # "" too: no old step shows up later
            self.preview.set_math_text(text, typing=typing)

    def _submit_step(self) -> None:
        text = as_math_input(self.step_edit.text())
        if text:
            self.step_submitted.emit(text)

    def _submit_answer(self) -> None:
        text = self.answer_edit.text().strip()
        if text:
            self.answer_result.setText("Checking…")
            self.answer_submitted.emit(text)

    def add_pending_step(self, text: str) -> int:
        card = StepCard(f"Your step {len(self.cards) + 1}", text)
        self.cards.append(card)
        self.cards_layout.addWidget(card)
        self.step_edit.clear()
        self.update_preview()
        self.changed.emit(card)
        return len(self.cards) - 1

    def set_step_verdict(self, position: int, verdict: StepVerdict) -> None:
        if 0 <= position < len(self.cards):
            self.cards[position].set_verdict(verdict)
            self.changed.emit(self.cards[position])

    def show_answer_result(self, correct: bool | None, message: str) -> None:
        self._answer_shown = (correct, message)
        self._paint_answer()
        self.changed.emit(self.answer_result)

    def _paint_answer(self) -> None:
        if self._answer_shown is None:
            return
        correct, message = self._answer_shown
        name = ANSWER_ACCENTS[correct]
        text = html.escape(message)
        if name is not None:  # else the palette's own text colour
            text = f"<span style='color:{accent(self.palette(), name)}'>{text}</span>"
        self.answer_result.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - re-colour on theme change
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_answer()
