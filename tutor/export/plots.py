"""Plots in the PDF: the symbolic engine's `render_plot`, with a safe fallback.

`render_plot(spec, ax)` from `tutor.reasoning.symbolic.plots` draws a step's plot
spec. If that module is missing or fails on a spec, the fallback draws only the
plain numbers in the spec (`points`, `x`/`y`, `intervals`) and never evaluates
any expression; if there is nothing it can draw, the axes show a short note.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from matplotlib.text import Text

from tutor.export.text import safe_text

log = logging.getLogger(__name__)

PLOT_WIDTH = 280.0  # points
PLOT_HEIGHT = 170.0  # points, including the space around the axes


@cache
def _engine_renderer() -> Any:
    try:
        from tutor.reasoning.symbolic.plots import render_plot
    except Exception:  # missing or broken: the fallback still draws the numbers
        log.warning("tutor.reasoning.symbolic.plots is unavailable", exc_info=True)
        return None
    return render_plot


def _numbers(seq: Any) -> list[float]:
    return [float(v) for v in seq if isinstance(v, int | float) and not isinstance(v, bool)]


def fallback_plot(spec: dict[str, Any], ax: Any) -> bool:
    """Draw the literal numbers in `spec`; True if anything was drawn."""
    drawn = False
    if isinstance(spec.get("x"), list) and isinstance(spec.get("y"), list):
        xs, ys = _numbers(spec["x"]), _numbers(spec["y"])
        if xs and len(xs) == len(ys):
            ax.plot(xs, ys, lw=1.2)
            drawn = True
    for interval in spec.get("intervals") or []:
        if isinstance(interval, list | tuple) and len(interval) >= 2:
            lo, hi = (v if isinstance(v, int | float) else None for v in interval[:2])
            left = lo if lo is not None else -10.0
            right = hi if hi is not None else 10.0
            ax.plot([left, right], [0, 0], lw=4, color="#1a7f37", solid_capstyle="butt")
            drawn = True
    points = [p for p in spec.get("points") or [] if isinstance(p, list | tuple) and len(p) == 2]
    pts = [(float(a), float(b)) for a, b in points if _numbers([a, b]) == [a, b]]
    if pts:
        ax.plot([p[0] for p in pts], [p[1] for p in pts], "o", color="#cf222e", ms=4)
        drawn = True
    if drawn:
        ax.axhline(0, color="#999", lw=0.6)
        ax.grid(True, lw=0.3, alpha=0.5)
    return drawn


def draw_plot(spec: dict[str, Any], ax: Any) -> None:
    """Draw one plot spec on `ax`; never raises."""
    renderer = _engine_renderer()
    if renderer is not None:
        try:
            renderer(spec, ax)
            for artist in ax.findobj(Text):  # labels with maths mathtext can't parse
                if "$" in artist.get_text():
                    artist.set_text(safe_text(artist.get_text(), 9))
            return
        except Exception:  # a bad spec must not stop the export
            log.info("render_plot failed on %s; using the fallback", spec.get("kind"),
                     exc_info=True)
            ax.clear()
    try:
        drawn = fallback_plot(spec, ax)
    except (TypeError, ValueError):
        ax.clear()
        drawn = False
    title = spec.get("title")
    if isinstance(title, str) and title:
        ax.set_title(safe_text(title, 9), fontsize=9)
    if not drawn:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "(plot not available)", ha="center", va="center",
                transform=ax.transAxes, fontsize=8, color="#666")
