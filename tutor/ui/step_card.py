"""One step of a solution: number, verdict badge, text with maths, what was checked, plot.

The badge follows the checker's per-claim verdicts: "✓ verified" only when every
checkable claim in the step holds, "◐ partly checked" when some claims were
verified and others could not be checked, and a line under the text says which
claims were checked ("2 claims checked: 2·4 = 8 ✓, 8 + 9 = 17 ✓"), so a student
does not read a check of the arithmetic as a check of the reasoning.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tutor.ui.jobs import JobRunner
from tutor.ui.mathview import MathView
from tutor.ui.plot_view import PlotView  # at start-up, not on the GUI thread's first plot
from tutor.ui.theme import accent
from tutor.verify.verdict import StepVerdict, Verdict

BADGES = {  # white text on these, in either theme
    Verdict.VERIFIED: ("✓ verified", "#1a7f37"),
    Verdict.REFUTED: ("✗ refuted", "#cf222e"),
    Verdict.UNCHECKED: ("? unchecked", "#6e7781"),
}
PARTLY = ("◐ partly checked", "#9a6700")
TOOLTIPS = {
    "verified": "Every claim in this step that the checker could read holds. "
                "The checker tests the maths, not the reasoning around it.",
    "partly": "Some claims in this step were verified; others could not be checked.",
    "refuted": "A claim in this step is false: the checker is certain.",
    "unchecked": "Nothing in this step could be checked.",
}


def is_partly(verdict: StepVerdict | None) -> bool:
    """Some claims verified, the rest not checked (StepVerdict.partly, or worked out)."""
    if verdict is None:
        return False
    partly = getattr(verdict, "partly", None)
    if partly is not None:
        return bool(partly)
    return verdict.verdict is Verdict.UNCHECKED and any(
        c.verdict is Verdict.VERIFIED for c in verdict.claims
    )


def checked_summary(verdict: StepVerdict | None) -> str:
    """What was checked: "2 claims checked: 2·4 = 8 ✓, 8 + 9 = 17 ✓" ("" while checking)."""
    if verdict is None:
        return ""
    summary = getattr(verdict, "summary", None)
    return str(summary) if summary else verdict.reason


def badge_text(verdict: StepVerdict | None) -> tuple[str, str]:
    """(label, colour) for a verdict; None means the checker is still running."""
    if verdict is None:
        return "… checking", "#6e7781"
    if is_partly(verdict):
        return PARTLY
    return BADGES[verdict.verdict]


def _tooltip(verdict: StepVerdict | None) -> str:
    if verdict is None:
        return "The checker is still working on this step."
    key = "partly" if is_partly(verdict) else verdict.verdict.value
    return TOOLTIPS[key]


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
        self.setToolTip(_tooltip(verdict))


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
        self.checks = QLabel()  # what was checked; palette colours, so it follows the theme
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.PlainText)
        self.checks.setVisible(False)
        font = self.checks.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        self.checks.setFont(font)
        layout.addWidget(self.checks)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setVisible(False)
        layout.addWidget(self.reason)
        self.plot_view: QWidget | None = None
        if plot:
            self.plot_view = PlotView(plot, runner)
            layout.addWidget(self.plot_view)
        self.set_verdict(verdict)

    def set_verdict(self, verdict: StepVerdict | None) -> None:
        self.verdict = verdict
        self.badge.set_verdict(verdict)
        summary = checked_summary(verdict)
        self.checks.setText(summary)
        self.checks.setVisible(bool(summary))
        refuted = verdict is not None and verdict.verdict is Verdict.REFUTED
        self.reason.setVisible(refuted)
        self._paint_reason()

    def _paint_reason(self) -> None:
        verdict = self.verdict
        if verdict is None or verdict.verdict is not Verdict.REFUTED:
            return
        reason = html.escape(verdict.reason or "This step is wrong.")
        colour = accent(self.palette(), "bad")
        self.reason.setText(
            f"<span style='color:{colour}'>{reason}</span>")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - re-colour on theme change
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_reason()
