"""The solution, revealed step by step: Hint, Next step, Show all, Back; then the answer."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tutor.problems.session import SolveSession
from tutor.ui.jobs import JobRunner
from tutor.ui.mathview import MathView
from tutor.ui.step_card import StepCard, discard
from tutor.ui.thinking_panel import ThinkingPanel
from tutor.ui.your_turn import YourTurnPanel

# New step cards built per event-loop turn: "Show all" on a long solution builds the
# rest after the first ones are painted, so the GUI thread never stalls on all of them.
CARDS_PER_TICK = 2


class SolutionPane(QWidget):
    regenerate_requested = Signal(int)  # index of the first refuted step

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner  # draws plots off the GUI thread
        self.session: SolveSession | None = None
        self.cards: dict[int, StepCard] = {}
        self._more_cards_pending = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel("Type a problem and press Solve (Ctrl+Enter).")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.thinking = ThinkingPanel()
        layout.addWidget(self.thinking)

        self.steps_scroll = QScrollArea()
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        self.content_layout = QVBoxLayout(content)
        self.steps_layout = QVBoxLayout()
        self.content_layout.addLayout(self.steps_layout)
        self.hint_label = MathView()
        self.hint_label.setVisible(False)
        self.content_layout.addWidget(self.hint_label)
        self.answer_view = MathView()
        self.answer_view.setVisible(False)
        self.content_layout.addWidget(self.answer_view)
        self.regenerate_button = QPushButton("Regenerate from here")
        self.regenerate_button.setVisible(False)
        self.regenerate_button.clicked.connect(self._regenerate)
        self.content_layout.addWidget(self.regenerate_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.your_turn = YourTurnPanel()
        self.content_layout.addWidget(self.your_turn)
        self.content_layout.addStretch(1)
        self.steps_scroll.setWidget(content)
        layout.addWidget(self.steps_scroll, 1)

        buttons = QHBoxLayout()
        self.hint_button = QPushButton("Hint")
        self.next_button = QPushButton("Next step")
        self.all_button = QPushButton("Show all")
        self.back_button = QPushButton("Back")
        for button, slot in (
            (self.hint_button, self._hint), (self.next_button, self._next),
            (self.all_button, self._all), (self.back_button, self._back),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.progress_label = QLabel("")
        buttons.addWidget(self.progress_label)
        layout.addLayout(buttons)
        self.refresh()

    # --- state ----------------------------------------------------------------------
    def _build_more_cards(self) -> None:
        self._more_cards_pending = False
        self.refresh()

    def set_session(self, session: SolveSession | None) -> None:
        self.session = session
        for card in self.cards.values():
            discard(card)
        self.cards.clear()
        self.your_turn.clear()
        self.thinking.clear()
        self.refresh()

    def refresh(self) -> None:
        """Bring the widgets in line with the session (cheap; call after any change)."""
        s = self.session
        visible = s.visible_steps if s else []
        for index in [i for i in self.cards if i >= len(visible)]:
            discard(self.cards.pop(index))
        built = 0
        for pos, step in enumerate(visible):
            card = self.cards.get(pos)
            if card is None:
                if built == CARDS_PER_TICK:  # "Show all": the rest after the next paint
                    if not self._more_cards_pending:
                        self._more_cards_pending = True
                        QTimer.singleShot(0, self._build_more_cards)
                    break
                card = StepCard(f"Step {pos + 1}", step.display_text, step.verdict, step.plot,
                                rule=step.rule, runner=self.runner)
                self.cards[pos] = card
                self.steps_layout.addWidget(card)
                built += 1
            elif card.badge.verdict is not step.verdict:
                card.set_verdict(step.verdict)
        hint = s.next_step.hint_text if s and s.hint_shown and s.next_step else None
        self.hint_label.setVisible(hint is not None)
        if hint is not None:
            self.hint_label.set_math_text(f"Hint: {hint}")
        self.hint_button.setEnabled(bool(s and s.can_hint))
        self.next_button.setEnabled(bool(s and s.can_next))
        self.all_button.setEnabled(bool(s and s.can_next))
        self.back_button.setEnabled(bool(s and s.can_back))
        total = len(s.steps) if s else 0
        self.progress_label.setText(f"{len(visible)} / {total} steps shown" if total else "")
        self._refresh_answer()

    def _refresh_answer(self) -> None:
        s = self.session
        refuted = s.first_refuted if s else None
        self.regenerate_button.setVisible(bool(s and refuted and s.finished))
        if s is None or not s.finished:
            self.answer_view.setVisible(False)
            return
        all_shown = s.revealed >= len(s.steps)
        if refuted is not None:
            message = (
                f"This chain contains a refuted step (step {refuted.index + 1}), "
                "so it gives no answer. Regenerate from that step to try again."
            )
        elif s.error:
            message = f"The solver stopped with an error: {s.error}"
        elif s.cancelled:
            message = "Stopped. The steps so far are shown; there is no final answer."
        elif s.checking:
            message = "Checking the steps…"
        elif not all_shown:
            message = "Reveal every step to see the answer."
        elif s.presentable_answer:
            message = f"Answer: ${s.presentable_answer}$"
        else:
            message = "The solver finished without a final answer."
        self.answer_view.setVisible(True)
        self.answer_view.set_math_text(message)

    # --- buttons --------------------------------------------------------------------
    def _hint(self) -> None:
        if self.session:
            self.session.show_hint()
            self.refresh()

    def _next(self) -> None:
        if self.session:
            self.session.reveal_next()
            self.refresh()

    def _all(self) -> None:
        if self.session:
            self.session.reveal_all()
            self.refresh()

    def _back(self) -> None:
        if self.session:
            self.session.back()
            self.refresh()

    def _regenerate(self) -> None:
        refuted = self.session.first_refuted if self.session else None
        if refuted is not None:
            self.regenerate_requested.emit(refuted.index)
