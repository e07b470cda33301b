"""A StepBoundary.plot spec drawn by the symbolic engine's render_plot, shown as an image.

The drawing (tutor.ui.plot_image) runs in the bounded render process, waited on by a
job thread; the GUI thread only loads the finished PNG. The figure takes the widget's
palette (background, text), so a plot sits on the dark theme as well as the light
one, and it is drawn again in the new colours when the theme changes.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tutor.ui.jobs import JobRunner
from tutor.ui.mathrender import render_plot_png
from tutor.ui.plot_image import Colours


def palette_colours(widget: QWidget) -> Colours:
    palette = widget.palette()
    return (palette.color(QPalette.ColorRole.Base).name(),
            palette.color(QPalette.ColorRole.Text).name())


class PlotView(QWidget):
    def __init__(self, spec: dict[str, Any], runner: JobRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.runner = spec, runner
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.error: str | None = None
        self.colours: Colours | None = None  # the colours of the image shown
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.image.setVisible(False)
        self.message = QLabel("Drawing the plot…")
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.image)
        self._draw()

    @property
    def ready(self) -> bool:
        return self.colours is not None

    def _draw(self) -> None:
        colours, scale = palette_colours(self), max(1.0, self.devicePixelRatioF())
        if self.runner is None:
            try:
                self._show(render_plot_png(self.spec, colours, scale), colours, scale)
            except Exception as exc:  # noqa: BLE001 - a bad spec must not break the step
                self._fail(exc)
            return
        self.runner.start(lambda _r, _c: render_plot_png(self.spec, colours, scale),
                          on_result=lambda png: self._show(png, colours, scale),
                          on_error=self._fail)

    def _show(self, png: bytes, colours: Colours, scale: float) -> None:
        if not shiboken6.isValid(self.image):  # its step card was discarded meanwhile (Back)
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(png):
            self._fail(ValueError("the plot image could not be read"))
            return
        pixmap.setDevicePixelRatio(scale)
        self.image.setPixmap(pixmap)
        self.image.setVisible(True)
        self.message.setVisible(False)
        self.colours = colours
        if colours != palette_colours(self):  # the theme changed while it was drawn
            self._draw()

    def _fail(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self.message):
            return
        self.error = f"Plot unavailable: {exc}"
        self.message.setText(self.error)
        self.message.setVisible(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if (event.type() == QEvent.Type.PaletteChange and self.ready
                and self.colours != palette_colours(self)):
            self._draw()
