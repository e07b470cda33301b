"""The open problem set: its problems with their status (new/attempted/solved/verified),
and the chosen problem's graded hints ("Hint 1", then "Hint 2"), offered before solving."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tutor.problems.model import Problem, ProblemSet
from tutor.storage.progress import ProblemProgress
from tutor.ui.mathview import MathView

MAX_HINT_BUTTONS = 2  # a set problem's hints are graded: the first gentle, the second closer

STATUS_STYLE = {
    "new": ("○", "#6e7781"),
    "attempted": ("◐", "#bf8700"),
    "solved": ("●", "#0969da"),
    "verified": ("✓", "#1a7f37"),
}


class ProblemListPanel(QWidget):
    problem_chosen = Signal(object)  # Problem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel("<b>No problem set open</b>")
        self.title.setWordWrap(True)
        self.summary = QLabel("File ▸ Open problem set… (Ctrl+O)")
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.hint_buttons: list[QPushButton] = []
        hint_row = QHBoxLayout()
        for number in range(1, MAX_HINT_BUTTONS + 1):
            button = QPushButton(f"Hint {number}")
            button.setToolTip(f"Show hint {number} of this problem")
            button.clicked.connect(lambda _checked=False, n=number: self.show_hints(n))
            button.setVisible(False)
            hint_row.addWidget(button)
            self.hint_buttons.append(button)
        hint_row.addStretch(1)
        layout.addLayout(hint_row)
        self.hints_view = MathView()
        self.hints_view.setVisible(False)
        layout.addWidget(self.hints_view)
        self.problem_set: ProblemSet | None = None
        self.hint_problem: Problem | None = None
        self.hints_shown = 0

    def show_set(self, problem_set: ProblemSet, progress: dict[str, ProblemProgress]) -> None:
        self.problem_set = problem_set
        self.title.setText(f"<b>{html.escape(problem_set.title)}</b>")
        self.list.blockSignals(True)
        self.list.clear()
        for problem in problem_set.problems:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.offer_hints(None)
        self.update_progress(progress)

    def update_progress(self, progress: dict[str, ProblemProgress]) -> None:
        counts = dict.fromkeys(STATUS_STYLE, 0)
        for row in range(self.list.count()):
            item = self.list.item(row)
            problem: Problem = item.data(Qt.ItemDataRole.UserRole)
            status = progress.get(problem.problem_id, ProblemProgress()).status
            counts[status] += 1
            mark, color = STATUS_STYLE[status]
            item.setText(f"{mark}  {problem.label}")
            item.setForeground(QBrush(QColor(color)) if status != "new" else QBrush())
            item.setToolTip(f"{status}" + (f" · {problem.topic}" if problem.topic else ""))
            item.setData(Qt.ItemDataRole.UserRole + 1, status)
        self.summary.setText(
            f"{counts['solved'] + counts['verified']} of {self.list.count()} solved"
            f" ({counts['verified']} verified)"
        )

    def status_of(self, row: int) -> str:
        return str(self.list.item(row).data(Qt.ItemDataRole.UserRole + 1))

    def select_problem(self, problem_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).problem_id == problem_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            problem = current.data(Qt.ItemDataRole.UserRole)
            self.offer_hints(problem)
            self.problem_chosen.emit(problem)

    # --- hints ------------------------------------------------------------------------
    def offer_hints(self, problem: Problem | None) -> None:
        """Offer the problem's hints, none shown yet (no buttons for a problem without)."""
        self.hint_problem = problem
        self.hints_shown = 0
        self._refresh_hints()

    def show_hints(self, count: int) -> None:
        """Show the first `count` hints (Hint 2 also shows Hint 1: they are graded)."""
        if self.hint_problem is not None:
            self.hints_shown = max(self.hints_shown, min(count, len(self.hint_problem.hints)))
            self._refresh_hints()

    def _refresh_hints(self) -> None:
        hints = self.hint_problem.hints[:MAX_HINT_BUTTONS] if self.hint_problem else ()
        for number, button in enumerate(self.hint_buttons, start=1):
            button.setVisible(number <= len(hints))
            button.setEnabled(number == self.hints_shown + 1)
        shown = [f"Hint {i}: {hint}" for i, hint in enumerate(hints[: self.hints_shown], 1)]
        self.hints_view.setVisible(bool(shown))
        if shown:
            self.hints_view.set_math_text("\n\n".join(shown))
