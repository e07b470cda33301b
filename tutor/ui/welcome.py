"""First-run view: a sample problem the offline symbolic engine solves, models one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tutor.ui.mathview import MathView

SAMPLE_PROBLEM = "Solve $2x + 3 = 11$ for $x$."


class WelcomeView(QWidget):
    try_sample = Signal()
    open_models = Signal()
    start_empty = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        title = QLabel("<h1>Welcome to Proof Tutor</h1>")
        intro = QLabel(
            "Proof Tutor solves maths problems step by step and checks every step with SymPy. "
            "You see one step at a time: ask for a hint, reveal the step, or write your own "
            "and have it checked. Everything works offline."
        )
        intro.setWordWrap(True)
        sample_label = QLabel("<b>Try it on a sample problem</b> (solved by the built-in "
                              "symbolic engine):")
        self.sample = MathView()
        self.sample.set_math_text(SAMPLE_PROBLEM)
        buttons = QHBoxLayout()
        self.sample_button = QPushButton("Solve the sample problem")
        self.sample_button.setDefault(True)
        self.models_button = QPushButton("Get a language model…")
        self.empty_button = QPushButton("Start with an empty problem")
        self.sample_button.clicked.connect(self.try_sample)
        self.models_button.clicked.connect(self.open_models)
        self.empty_button.clicked.connect(self.start_empty)
        for button in (self.sample_button, self.models_button, self.empty_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for widget in (title, intro, sample_label, self.sample):
            column.addWidget(widget)
        column.addLayout(buttons)
        holder = QWidget()
        holder.setLayout(column)
        holder.setFixedWidth(680)  # a fixed width lets the wrapped labels size their height
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
