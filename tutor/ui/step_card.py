"""One step of a solution: number, verdict badge, text with maths, optional plot."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tutor.ui.jobs import JobRunner
from tutor.ui.mathview import MathView
from tutor.verify.verdict import StepVerdict, Verdict

BADGES = {
    Verdict.VERIFIED: ("✓ verified", "#1a7f37"),
    Verdict.REFUTED: ("✗ refuted", "#cf222e"),
    Verdict.UNCHECKED: ("? unchecked", "#6e7781"),
}


def badge_text(verdict: StepVerdict | None) -> tuple[str, str]:
    """(label, colour) for a verdict; None means the checker is still running."""
    if verdict is None:
        return "… checking", "#6e7781"
    return BADGES[verdict.verdict]


def discard(widget: QWidget) -> None:
    """Hide and unparent now, delete later: deleteLater alone leaves it on screen a while."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class VerdictBadge(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_verdict(None)

    def set_verdict(self, verdict: StepVerdict | None) -> None:
        self.verdict = verdict
        text, color = badge_text(verdict)
        self.setText(text)
        self.setStyleSheet(
            f"QLabel {{ color: white; background: {color}; border-radius: 4px;"
            " padding: 1px 6px; font-weight: bold; }"
        )
        self.setToolTip(verdict.reason if verdict is not None else "")


class StepCard(QFrame):
    def __init__(
        self, title: str, text: str, verdict: StepVerdict | None = None,
        plot: dict[str, Any] | None = None, parent: QWidget | None = None,
        rule: str | None = None, runner: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        header = QHBoxLayout()
        self.title = QLabel(f"<b>{title}</b>" + (f" · <i>{html.escape(rule)}</i>" if rule else ""))
        self.badge = VerdictBadge()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.badge)
        layout.addLayout(header)
        self.body = MathView()
        self.body.set_math_text(text)
        layout.addWidget(self.body)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setVisible(False)
        layout.addWidget(self.reason)
        self.plot_view: QWidget | None = None
        if plot:
            from tutor.ui.plot_view import PlotView

            self.plot_view = PlotView(plot, runner)
            layout.addWidget(self.plot_view)
        self.set_verdict(verdict)

    def set_verdict(self, verdict: StepVerdict | None) -> None:
        self.badge.set_verdict(verdict)
        refuted = verdict is not None and verdict.verdict is Verdict.REFUTED
        self.reason.setVisible(refuted)
        if verdict is not None and refuted:
            reason = html.escape(verdict.reason or "This step is wrong.")
            self.reason.setText(
                f"<span style='color:#cf222e'>{reason} — not part of the answer.</span>"
            )
