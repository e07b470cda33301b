"""The open problem set: its problems with their status (new/attempted/solved/verified)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from tutor.problems.model import Problem, ProblemSet
from tutor.storage.progress import ProblemProgress

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
        self.problem_set: ProblemSet | None = None

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
            self.problem_chosen.emit(current.data(Qt.ItemDataRole.UserRole))
