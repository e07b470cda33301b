"""Check a worked solution: paste or open one (a student's, a textbook's, a chatbot's).

The text may include a reasoning model's `<think>...</think>`. It is checked for the
problem in the editor through the same splitting and checking as a live model.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_FILE_BYTES = 2 * 1024 * 1024  # a long R1 chain is ~75k characters


def read_solution_file(path: str | Path) -> str:
    """The text of a solution file; ValueError with a message a student understands."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValueError(f"{p.name} is {size // 1024} KB; a solution file can be at most "
                             f"{MAX_FILE_BYTES // (1024 * 1024)} MB.")
        data = p.read_bytes()
    except OSError as exc:
        raise ValueError(f"{p.name} could not be read: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{p.name} is not a text file (it is not UTF-8).") from exc


class WorkedSolutionDialog(QDialog):
    """Asks for the solution text; `solution_text()` after it is accepted."""

    def __init__(self, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Check a worked solution")
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        shown = problem if len(problem) < 300 else problem[:300] + "…"
        self.problem_label = QLabel(
            f"Problem: {shown}" if problem else
            "No problem in the editor: the steps are checked on their own.")
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)
        layout.addWidget(QLabel("Paste the solution (LaTeX in $...$ or plain text; "
                                "a model's <think>...</think> is shown as its thinking):"))
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText("Step 1. ...\n\nStep 2. ...\n\nSo the answer is \\boxed{...}")
        layout.addWidget(self.edit, 1)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #cf222e;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton("Open file…")
        self.open_button.clicked.connect(self._open_file)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button = buttons.addButton("Check", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def solution_text(self) -> str:
        return self.edit.toPlainText()

    def load_file(self, path: str) -> bool:
        try:
            self.edit.setPlainText(read_solution_file(path))
        except ValueError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        return True

    def _open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a worked solution", "", "Text (*.txt *.md *.tex);;All files (*)")
        if path:
            self.load_file(path)

    def _accept(self) -> None:
        if not self.solution_text().strip():
            self.error.setText("Paste a solution first, or open a file.")
            return
        self.accept()
