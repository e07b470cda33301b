"""The solution, revealed step by step: Hint, Next step, Show all, Back; then the answer."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
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
from tutor.ui.shortcuts import step_actions
from tutor.ui.step_card import StepCard, discard
from tutor.ui.theme import accent
from tutor.ui.thinking_panel import ThinkingPanel
from tutor.ui.your_turn import YourTurnPanel
from tutor.verify.verdict import ClaimResult, Verdict

# New step cards built per event-loop turn: "Show all" on a long solution builds the
# rest after the first ones are painted, so the GUI thread never stalls on all of them.
CARDS_PER_TICK = 2
READY_TEXT = "Type a problem and press Solve (Ctrl+Enter)."


def cross_check_html(result: ClaimResult | None, palette: QPalette) -> str:
    """The final answer against an independent solve: a line under the answer ("" if none)."""
    if result is None or result.verdict is Verdict.UNCHECKED:
        return ""
    if result.verdict is Verdict.REFUTED:
        text = f"✗ Refuted by an independent solution: {result.reason or 'it disagrees'}"
        colour = accent(palette, "bad")
    else:
        text, colour = "✓ Confirmed by an independent solution.", accent(palette, "good")
    return f"<br><span style='color:{colour}'>{html.escape(text)}</span>"


class SolutionPane(QWidget):
    regenerate_requested = Signal(int)  # index of the first refuted step
    choose_model_requested = Signal()  # after a decline: what the student can do instead
    check_solution_requested = Signal()

    def __init__(self, runner: JobRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner  # draws plots off the GUI thread
        self.session: SolveSession | None = None
        self.cards: dict[int, StepCard] = {}
        self._more_cards_pending = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(READY_TEXT)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.decline_actions = self._build_decline_actions()
        layout.addWidget(self.decline_actions)
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
        self.your_turn.changed.connect(self.scroll_to)
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
            (self.hint_button, self.show_hint), (self.next_button, self.next_step),
            (self.all_button, self.show_all), (self.back_button, self.step_back),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.step_actions = step_actions(self, (self.show_hint, self.next_step, self.show_all,
                                                self.step_back))
        buttons.addStretch(1)
        self.progress_label = QLabel("")
        buttons.addWidget(self.progress_label)
        layout.addLayout(buttons)
        self.refresh()

    def _build_decline_actions(self) -> QWidget:
        """Buttons for what a decline offers, so the student need not find them in menus."""
        row = QWidget()
        actions = QHBoxLayout(row)
        actions.setContentsMargins(0, 0, 0, 0)
        self.choose_model_button = QPushButton("Use a reasoning model…")
        self.choose_model_button.clicked.connect(self.choose_model_requested)
        self.check_solution_button = QPushButton("Check a worked solution…")
        self.check_solution_button.clicked.connect(self.check_solution_requested)
        actions.addWidget(self.choose_model_button)
        actions.addWidget(self.check_solution_button)
        actions.addStretch(1)
        row.setVisible(False)
        return row

    # --- state ----------------------------------------------------------------------
    def _build_more_cards(self) -> None:
        self._more_cards_pending = False
        self.refresh()

    def set_session(self, session: SolveSession | None) -> None:
        """Show `session` from scratch: no card, status line or answer of the last one stays
        (None: a new problem, nothing solved yet)."""
        self.session = session
        for card in self.cards.values():
            discard(card)
        self.cards.clear()
        self.your_turn.clear()
        self.thinking.clear()
        if session is not None:  # a kept or running solve: its thinking so far
            for step in session.thinking:
                self.thinking.add_step(step)
        if session is None:
            self.status.setText(READY_TEXT)
        self.refresh()

    def scroll_to(self, widget: QWidget) -> None:
        """Bring `widget` into view once the layout has placed it (new widgets have no
        position until then)."""
        def scroll() -> None:
            if widget.isVisible():
                self.steps_scroll.ensureWidgetVisible(widget, 0, 12)

        QTimer.singleShot(0, self, scroll)

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
        for action, button in zip(self.step_actions, (self.hint_button, self.next_button,
                                                      self.all_button, self.back_button),
                                  strict=True):
            action.setEnabled(button.isEnabled())
        total = len(s.steps) if s else 0
        self.progress_label.setText(f"{len(visible)} / {total} steps shown" if total else "")
        self._refresh_answer()

    def _refresh_answer(self) -> None:
        s = self.session
        refuted = s.first_refuted if s else None
        self.regenerate_button.setVisible(bool(s and refuted and s.can_regenerate))
        self.decline_actions.setVisible(bool(s and s.finished and s.declined))
        if s is None or not s.finished or s.declined:  # a decline is said in the status line
            self.answer_view.setVisible(False)
            return
        all_shown = s.revealed >= len(s.steps)
        extra = ""
        check = s.answer_check  # the final answer against an independent solve
        if refuted is not None and s.worked:
            message = (f"This solution has a refuted step (step {refuted.index + 1}), so its "
                       "answer cannot be trusted.")
        elif refuted is not None:
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
        elif s.answer and check is not None and check.verdict is Verdict.REFUTED:
            message = f"Stated answer: ${s.answer}$"  # not the answer: shown to say why
            extra = cross_check_html(check, self.palette())
        elif s.presentable_answer:
            message = f"Answer: ${s.presentable_answer}$"
            extra = cross_check_html(check, self.palette())  # "confirmed", when it was
        elif s.stopped_in_thinking:
            message = "The model wrote no solution: its thinking is above, as scratch work."
        else:
            message = "The solver finished without a final answer."
        self.answer_view.setVisible(True)
        if (message, extra) != (self.answer_view.source_text(), self.answer_view.extra_html):
            self.answer_view.set_math_text(message, extra_html=extra)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - re-colour on theme change
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh_answer()

    # --- buttons --------------------------------------------------------------------
    def show_hint(self) -> None:
        if self.session:
            self.session.show_hint()
            self.refresh()
            self.scroll_to(self.hint_label)

    def next_step(self) -> None:
        if self.session:
            self.session.reveal_next()
            self.refresh()
            last = self.cards.get(self.session.revealed - 1)
            done = self.session.revealed >= len(self.session.steps)
            target = self.answer_view if done and self.answer_view.isVisibleTo(self) else last
            if target is not None:
                self.scroll_to(target)

    def show_all(self) -> None:
        if self.session:
            first_new = len(self.cards)
            self.session.reveal_all()
            self.refresh()
            if first_new in self.cards:
                self.scroll_to(self.cards[first_new])

    def step_back(self) -> None:
        if self.session:
            self.session.back()
            self.refresh()

    def _regenerate(self) -> None:
        refuted = self.session.first_refuted if self.session else None
        if refuted is not None:
            self.regenerate_requested.emit(refuted.index)
