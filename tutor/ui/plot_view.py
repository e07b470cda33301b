"""A StepBoundary.plot spec drawn by the symbolic engine's render_plot on a Qt canvas.

render_plot (SymPy, numpy, matplotlib) runs in a worker on a plain Figure; only the
canvas is made and drawn on the GUI thread. The figure takes the widget's palette
(background, text) so a plot sits on the dark theme as well as the light one, and it
is re-coloured when the theme changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tutor.ui.jobs import JobRunner

Colours = tuple[str, str]  # (background, foreground) as #rrggbb
_INK = "tutor-ink"


def build_figure(spec: dict[str, Any], colours: Colours | None = None) -> Any:
    from matplotlib.figure import Figure

    from tutor.reasoning.symbolic.plots import render_plot

    figure = Figure(figsize=(4, 2.6), dpi=100, layout="tight")
    render_plot(spec, figure.add_subplot(111))
    if colours is not None:
        apply_colours(figure, colours)
    return figure


def apply_colours(figure: Any, colours: Colours) -> None:
    """Paint the figure's background and every axis, tick, label and legend text."""
    from matplotlib.colors import to_hex

    background, foreground = colours
    figure.set_facecolor(background)
    for ax in figure.axes:
        ax.set_facecolor(background)
        ax.tick_params(colors=foreground, which="both")
        for spine in ax.spines.values():
            spine.set_color(foreground)
        for text in (ax.title, ax.xaxis.label, ax.yaxis.label, *ax.texts):
            text.set_color(foreground)
        for line in ax.lines:  # black reference lines (the x-axis) are ink, not data
            if line.get_gid() == _INK or to_hex(line.get_color()) == "#000000":
                line.set_gid(_INK)
                line.set_color(foreground)
        legend = ax.get_legend()
        if legend is not None:
            legend.get_frame().set_facecolor(background)
            legend.get_frame().set_edgecolor(foreground)
            for text in legend.get_texts():
                text.set_color(foreground)


def palette_colours(widget: QWidget) -> Colours:
    palette = widget.palette()
    return (palette.color(QPalette.ColorRole.Base).name(),
            palette.color(QPalette.ColorRole.Text).name())


class PlotView(QWidget):
    def __init__(self, spec: dict[str, Any], runner: JobRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.error: str | None = None
        self.canvas: Any = None
        self.message = QLabel("Drawing the plot…")
        self.layout_.addWidget(self.message)
        colours = palette_colours(self)  # read on the GUI thread
        if runner is None:
            try:
                self._show(build_figure(spec, colours))
            except Exception as exc:  # noqa: BLE001 - a bad spec must not break the step
                self._fail(exc)
        else:
            runner.start(lambda _r, _c: build_figure(spec, colours), on_result=self._show,
                         on_error=self._fail)

    def _show(self, figure: Any) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        apply_colours(figure, palette_colours(self))  # the theme may have changed meanwhile
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setMinimumHeight(220)
        self.message.setVisible(False)
        self.layout_.addWidget(self.canvas)
        self.canvas.draw_idle()

    def _fail(self, exc: BaseException) -> None:
        self.error = f"Plot unavailable: {exc}"
        self.message.setText(self.error)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.canvas is not None:
            apply_colours(self.canvas.figure, palette_colours(self))
            self.canvas.draw_idle()
