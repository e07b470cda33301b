"""Problem editor: plain text with LaTeX on the left of a live rendered preview."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from tutor.ui.mathview import MathView

PREVIEW_DELAY_MS = 200  # re-render after typing pauses, not on every key


class ProblemEditor(QWidget):
    text_changed = Signal()  # any change, typed or set
    edited = Signal()  # the student typed: the problem is no longer the titled one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.problem_title: str | None = None
        self._setting = False  # set_text is changing the text, not the student
        self.title = QLabel("<b>Problem</b>")
        layout.addWidget(self.title)
        splitter = QSplitter()
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(
            "Type a problem; maths in $...$, $$...$$, \\(...\\), \\[...\\]"
        )
        self.preview = MathView(fit_height=False)
        self.preview.setPlaceholderText("Preview")
        splitter.addWidget(self.edit)
        splitter.addWidget(self.preview)
        splitter.setSizes([300, 300])
        layout.addWidget(splitter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(lambda: self.update_preview(typing=True))
        self.edit.textChanged.connect(self._timer.start)
        self.edit.textChanged.connect(self.text_changed)
        self.edit.textChanged.connect(self._typed)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str, title: str | None = None) -> None:
        self._setting = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._setting = False
        self._set_title(title)
        self.update_preview()

    def _set_title(self, title: str | None) -> None:
        self.problem_title = title
        self.title.setText(f"<b>{html.escape(title or 'Problem')}</b>")

    def _typed(self) -> None:
        if self._setting:
            return
        if self.problem_title is not None:  # a typed problem is not the named one
            self._set_title(None)
        self.edited.emit()

    def update_preview(self, typing: bool = False) -> None:
        self._timer.stop()
        self.preview.set_math_text(self.text(), typing=typing)
