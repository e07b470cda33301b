"""A reasoning model's thinking: its scratch work, split into checked steps, collapsed by default.

The panel is hidden until a model thinks (the built-in engine never does). Opened, it
shows each thinking step with its mark, maths rendered, and under them the text being
written now. Step rows are built only while the panel is open, a few per event-loop
turn, so a 50k-character chain streams without stalling the GUI thread. Whether it is
open is decided per solve: every new solve starts collapsed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tutor.problems.step import Step
from tutor.ui.mathview import MathView
from tutor.ui.step_card import discard
from tutor.ui.theme import accent
from tutor.verify.verdict import Verdict

NOTICE = ("The model's scratch work, checked step by step. It is not the solution, "
          "and it may give the answer away.")
MARKS = {Verdict.VERIFIED: ("✓", "good"), Verdict.REFUTED: ("✗", "bad"),
         Verdict.UNCHECKED: ("·", "")}
ROWS_PER_TURN = 3  # step rows built per event-loop turn
TAIL_CHARS = 600  # how much of the text being written is shown under the steps


def mark_of(step: Step) -> tuple[str, str, str]:
    """(mark, accent name or "" for plain text, tooltip) for a thinking step's verdict."""
    if step.verdict is None:
        return "…", "", "being checked"
    if step.verdict.verdict is Verdict.UNCHECKED and step.verdict.partly:
        return "◐", "caution", step.reason
    mark, colour = MARKS[step.verdict.verdict]
    return mark, colour, step.reason


class ThinkingRow(QWidget):
    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.mark = QLabel()
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.mark.setFixedWidth(18)
        self.view = MathView()
        self.view.set_math_text(step.text)
        layout.addWidget(self.mark)
        layout.addWidget(self.view, 1)
        self.update_mark(step)

    def update_mark(self, step: Step) -> None:
        self._step = step
        mark, colour, tip = mark_of(step)
        shown = accent(self.palette(), colour) if colour else None
        self.mark.setText(f'<b style="color: {shown}">{mark}</b>' if shown else f"<b>{mark}</b>")
        self.mark.setToolTip(tip)
        self.view.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - re-colour on theme change
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.update_mark(self._step)


class ThinkingPanel(QWidget):
    stop_requested = Signal()
    continue_requested = Signal()  # solve again with a larger token budget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.toggle = QToolButton()
        self.toggle.setText("Thinking")
        self.toggle.setToolTip(NOTICE)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_expanded)
        self.stats = QLabel("")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setVisible(False)  # only while a model's thinking is streaming in
        self.stop_button.clicked.connect(self.stop_requested)
        self._running = False
        self.continue_button = QPushButton("Continue with a larger budget")
        self.continue_button.setVisible(False)
        self.continue_button.clicked.connect(self.continue_requested)
        header.addWidget(self.toggle)
        header.addWidget(self.stats, 1)
        header.addWidget(self.continue_button)
        header.addWidget(self.stop_button)
        layout.addLayout(header)
        self.body = QFrame()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(18, 0, 0, 0)
        self.notice = QLabel(NOTICE)
        self.notice.setWordWrap(True)
        italic = self.notice.font()
        italic.setItalic(True)
        self.notice.setFont(italic)
        body.addWidget(self.notice)
        self.rows_host = QWidget()
        self.rows = QVBoxLayout(self.rows_host)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.addStretch(1)
        self.steps_scroll = QScrollArea()
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setWidget(self.rows_host)
        self.steps_scroll.setMinimumHeight(160)
        body.addWidget(self.steps_scroll, 1)
        self.tail = QLabel("")
        self.tail.setWordWrap(True)
        self.tail.setTextFormat(Qt.TextFormat.PlainText)
        self.tail.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # follows the theme
        body.addWidget(self.tail)
        layout.addWidget(self.body)
        self._steps: list[Step] = []
        self._row_widgets: list[ThinkingRow] = []
        self._text: list[str] = []
        self._tail = ""
        self._build_timer = QTimer(self)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_some)
        self.body.setVisible(False)
        self.toggle.setVisible(False)

    # --- state --------------------------------------------------------------------------
    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    @property
    def has_thinking(self) -> bool:
        return bool(self._steps or self._text)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        if expanded:
            self._build_timer.start()

    def clear(self) -> None:
        """A new solve: no thinking, collapsed, nothing stale."""
        self._build_timer.stop()
        for row in self._row_widgets:
            discard(row)
        self._row_widgets.clear()
        self._steps.clear()
        self._text.clear()
        self._tail = ""
        self.tail.setText("")
        self.stats.setText("")
        self.continue_button.setVisible(False)
        self.set_expanded(False)
        self.toggle.setVisible(False)
        self._show_stop()
        self._update_title()

    def set_running(self, running: bool) -> None:
        self._running = running
        self._show_stop()

    def _show_stop(self) -> None:
        # the toolbar's Stop is always there; this one sits by thinking that is arriving
        self.stop_button.setVisible(self._running and not self.toggle.isHidden())

    def offer_continue(self, budget: int) -> None:
        self.continue_button.setText(f"Continue with a larger budget ({budget} tokens)")
        self.continue_button.setVisible(True)

    # --- streaming ------------------------------------------------------------------------
    def append(self, chunk: str) -> None:
        """Text the model is writing now (shown under the finished steps)."""
        self._text.append(chunk)
        self._tail = (self._tail + chunk)[-TAIL_CHARS:]
        self.toggle.setVisible(True)
        self._show_stop()
        if self.expanded:
            self.tail.setText(self._tail.strip())

    def add_step(self, step: Step) -> None:
        self._steps.append(step)
        self._tail = ""
        self.toggle.setVisible(True)
        self._show_stop()
        self._update_title()
        if self.expanded:
            self.tail.setText("")
            self._build_timer.start()

    def update_step(self, position: int) -> None:
        """The verdict of step `position` arrived."""
        self._update_title()
        if position < len(self._row_widgets):
            self._row_widgets[position].update_mark(self._steps[position])

    def set_stats(self, tokens: int, rate: float, elapsed: float) -> None:
        self.stats.setText(f"{tokens} tokens · {rate:.1f} tok/s · {elapsed:.1f} s")

    def plain_text(self) -> str:
        """Everything the model wrote in its thinking, as streamed."""
        return "".join(self._text)

    @property
    def steps(self) -> list[Step]:
        return list(self._steps)

    @property
    def row_count(self) -> int:
        return len(self._row_widgets)

    def _update_title(self) -> None:
        n = len(self._steps)
        if not n:
            self.toggle.setText("Thinking (the model's scratch work)")
            return
        refuted = sum(1 for s in self._steps if s.status is Verdict.REFUTED)
        verified = sum(1 for s in self._steps if s.status is Verdict.VERIFIED)
        text = f"Thinking: {n} step{'s' if n != 1 else ''}, {verified} verified"
        if refuted:
            text += f", {refuted} refuted"
        self.toggle.setText(text + " (scratch work)")

    def _build_some(self) -> None:
        built = len(self._row_widgets)
        if not self.expanded or built >= len(self._steps):
            self._build_timer.stop()
            if self.expanded:
                self.tail.setText(self._tail.strip())
            return
        for step in self._steps[built:built + ROWS_PER_TURN]:
            row = ThinkingRow(step)
            self.rows.insertWidget(self.rows.count() - 1, row)
            self._row_widgets.append(row)
