"""The student's own steps (checked with check_step) and their final answer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tutor.ui.step_card import StepCard, discard
from tutor.verify.verdict import StepVerdict


class YourTurnPanel(QGroupBox):
    step_submitted = Signal(str)
    answer_submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Your turn", parent)
        layout = QVBoxLayout(self)
        self.cards_layout = QVBoxLayout()
        layout.addLayout(self.cards_layout)
        self.cards: list[StepCard] = []
        row = QHBoxLayout()
        self.step_edit = QLineEdit()
        self.step_edit.setPlaceholderText("Type your next step, e.g.  2x = 8")
        self.step_edit.returnPressed.connect(self._submit_step)
        self.check_step_button = QPushButton("Check my step")
        self.check_step_button.clicked.connect(self._submit_step)
        row.addWidget(self.step_edit, 1)
        row.addWidget(self.check_step_button)
        layout.addLayout(row)
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
        layout.addWidget(self.answer_result)

    def clear(self) -> None:
        for card in self.cards:
            discard(card)
        self.cards.clear()
        self.step_edit.clear()
        self.answer_edit.clear()
        self.answer_result.setText("")

    def _submit_step(self) -> None:
        text = self.step_edit.text().strip()
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
        return len(self.cards) - 1

    def set_step_verdict(self, position: int, verdict: StepVerdict) -> None:
        if 0 <= position < len(self.cards):
            self.cards[position].set_verdict(verdict)
            self.cards[position].setToolTip(verdict.reason)

    def show_answer_result(self, correct: bool | None, message: str) -> None:
        color = {True: "#1a7f37", False: "#cf222e", None: "#6e7781"}[correct]
        self.answer_result.setText(f"<span style='color:{color}'>{message}</span>")
