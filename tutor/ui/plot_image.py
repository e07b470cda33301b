"""A step's plot drawn to PNG with the palette's colours; no Qt, so the render worker runs it.

`tutor.ui.mathrender.render_plot_png` calls `render_png` in the bounded render
process: render_plot samples SymPy expressions with numpy and matplotlib's Agg
draw with tight layout takes 100-300 ms, neither of which belongs on the GUI thread
or outside a time and memory limit.
"""

from __future__ import annotations

import io
from typing import Any

Colours = tuple[str, str]  # (background, foreground) as #rrggbb
_INK = "tutor-ink"
WIDTH_IN, HEIGHT_IN, DPI = 4.0, 2.6, 100


def build_figure(spec: dict[str, Any], colours: Colours | None = None) -> Any:
    from matplotlib.figure import Figure

    from tutor.reasoning.symbolic.plots import render_plot

    # a problem's figure is drawn smaller, so that its labels stay readable where it is shown
    size = (2.8, 2.1) if spec.get("kind") == "figure" else (WIDTH_IN, HEIGHT_IN)
    figure = Figure(figsize=size, dpi=DPI, layout="tight")
    render_plot(spec, figure.add_subplot(111))
    if colours is not None:
        apply_colours(figure, colours)
    return figure


def render_png(spec: dict[str, Any], colours: Colours, scale: float = 1.0) -> bytes:
    """The plot as PNG bytes at `scale` times 100 dpi (runs in the render worker)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = build_figure(spec, colours)
    FigureCanvasAgg(figure)
    out = io.BytesIO()
    tight = {"bbox_inches": "tight", "pad_inches": 0.05} if spec.get("kind") == "figure" else {}
    figure.savefig(out, format="png", dpi=DPI * scale, facecolor=colours[0], **tight)
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
