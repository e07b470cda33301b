"""A StepBoundary.plot spec drawn by the symbolic engine's render_plot on a Qt canvas.

render_plot (SymPy, numpy, matplotlib) runs in a worker on a plain Figure; only the
canvas is made and drawn on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tutor.ui.jobs import JobRunner


def build_figure(spec: dict[str, Any]) -> Any:
    from matplotlib.figure import Figure

    from tutor.reasoning.symbolic.plots import render_plot

    figure = Figure(figsize=(4, 2.6), dpi=100, layout="tight")
    render_plot(spec, figure.add_subplot(111))
    return figure


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
        if runner is None:
            try:
                self._show(build_figure(spec))
            except Exception as exc:  # noqa: BLE001 - a bad spec must not break the step
                self._fail(exc)
        else:
            runner.start(lambda _r, _c: build_figure(spec), on_result=self._show,
                         on_error=self._fail)

    def _show(self, figure: Any) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setMinimumHeight(220)
        self.message.setVisible(False)
        self.layout_.addWidget(self.canvas)
        self.canvas.draw_idle()

    def _fail(self, exc: BaseException) -> None:
        self.error = f"Plot unavailable: {exc}"
        self.message.setText(self.error)
