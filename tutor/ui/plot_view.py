"""A StepBoundary.plot spec drawn by the symbolic engine's render_plot, shown as an image.

Everything slow happens in a worker: render_plot (SymPy, numpy) and matplotlib's Agg
drawing, which with tight layout takes 100-300 ms per plot; the GUI thread only
loads the finished PNG. The figure takes the widget's palette (background, text),
so a plot sits on the dark theme as well as the light one, and it is drawn again in
the new colours when the theme changes.
"""

from __future__ import annotations

import io
import threading
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tutor.ui.jobs import JobRunner

Colours = tuple[str, str]  # (background, foreground) as #rrggbb
_INK = "tutor-ink"
_DRAW_LOCK = threading.Lock()  # matplotlib's text and font caches are not thread-safe
WIDTH_IN, HEIGHT_IN, DPI = 4.0, 2.6, 100


def build_figure(spec: dict[str, Any], colours: Colours | None = None) -> Any:
    from matplotlib.figure import Figure

    from tutor.reasoning.symbolic.plots import render_plot

    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, layout="tight")
    render_plot(spec, figure.add_subplot(111))
    if colours is not None:
        apply_colours(figure, colours)
    return figure


def render_png(spec: dict[str, Any], colours: Colours, scale: float = 1.0) -> bytes:
    """The plot as PNG bytes at `scale` times 100 dpi (call it in a worker)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with _DRAW_LOCK:
        figure = build_figure(spec, colours)
        FigureCanvasAgg(figure)
        out = io.BytesIO()
        figure.savefig(out, format="png", dpi=DPI * scale, facecolor=colours[0])
    return out.getvalue()


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
                self._show(render_png(self.spec, colours, scale), colours, scale)
            except Exception as exc:  # noqa: BLE001 - a bad spec must not break the step
                self._fail(exc)
            return
        self.runner.start(lambda _r, _c: render_png(self.spec, colours, scale),
                          on_result=lambda png: self._show(png, colours, scale),
                          on_error=self._fail)

    def _show(self, png: bytes, colours: Colours, scale: float) -> None:
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
        self.error = f"Plot unavailable: {exc}"
        self.message.setText(self.error)
        self.message.setVisible(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if (event.type() == QEvent.Type.PaletteChange and self.ready
                and self.colours != palette_colours(self)):
            self._draw()
