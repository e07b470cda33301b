"""Draw a problem's Asymptote figure on a matplotlib Axes, so a student sees the figure and
not its source code. No Qt here: the app and the PDF both call it through `plots.render_plot`
(spec kind "figure") in their bounded drawing process.

The figure is read by our own reader (`asy_reader.read_figure`, no eval). Segments, closed
paths, circles, fills, dots, right-angle marks and labels are drawn; a curve whose shape the
reader does not keep (an arc given by its end points, a `..` spline) is not guessed: the
whole figure is refused, and the views show a note instead.
"""

from __future__ import annotations

import math
from typing import Any

from tutor.reasoning.symbolic.diagrams.asy_reader import read_figure
from tutor.reasoning.symbolic.diagrams.figure import Circle, Figure, Label, Pair, Path

INK = "black"  # the views repaint black as the theme's text colour
SHADE = "#9a9a9a"


def _xy(p: Pair) -> tuple[float, float]:
    return float(p.x), float(p.y)


def _outline(item: Path | Circle) -> tuple[list[float], list[float]]:
    if isinstance(item, Circle):
        (cx, cy), r = _xy(item.centre), float(item.radius)
        ts = [2 * math.pi * k / 180 for k in range(181)]
        return [cx + r * math.cos(t) for t in ts], [cy + r * math.sin(t) for t in ts]
    if item.curved:
        raise ValueError("a curve whose shape the figure reader does not keep")
    ring = [*item.nodes, *((item.nodes[0],) if item.closed else ())]
    return [float(p.x) for p in ring], [float(p.y) for p in ring]


def _label_place(label: Label, size: float) -> tuple[float, float]:
    at = label.at
    if isinstance(at, Path):  # a label on a path sits at its middle
        xs, ys = _outline(at)
        x, y = sum(xs) / len(xs), sum(ys) / len(ys)
    else:
        x, y = _xy(at)
    if label.towards is not None:
        dx, dy = _xy(label.towards)
        norm = math.hypot(dx, dy) or 1.0
        x, y = x + 0.06 * size * dx / norm, y + 0.06 * size * dy / norm
    return x, y


def _label_text(text: str) -> str:
    text = text.strip()
    return text if text.count("$") % 2 == 0 else text.replace("$", "")


def draw_figure(source: str, ax: Any) -> Figure:
    """Draw the figure `source` (the text between [asy] and [/asy]) on `ax`."""
    figure = read_figure(source)
    ax.set_axis_off()
    ax.set_aspect("equal")
    for item, pen in figure.fills:
        xs, ys = _outline(item)
        white = pen.colour == "white"
        ax.fill(xs, ys, color="white" if white else SHADE, alpha=1.0 if white else 0.55,
                lw=0, zorder=1 if not white else 2)
    points: list[tuple[float, float]] = []
    for item in figure.drawn:
        xs, ys = _outline(item)
        ax.plot(xs, ys, color=INK, lw=1.2, zorder=3, solid_capstyle="round")
        points += list(zip(xs, ys, strict=True))
    for p in figure.dots:
        ax.plot(*_xy(p), "o", color=INK, ms=3, zorder=4)
        points.append(_xy(p))
    if not points:
        raise ValueError("a figure that draws nothing")
    size = max(max(x for x, _ in points) - min(x for x, _ in points),
               max(y for _, y in points) - min(y for _, y in points), 1e-9)
    for corner, vertex, other in figure.right_marks:
        (vx, vy), (ax_, ay), (bx, by) = _xy(vertex), _xy(corner), _xy(other)
        s = 0.04 * size
        ua = (ax_ - vx, ay - vy)
        ub = (bx - vx, by - vy)
        na, nb = math.hypot(*ua) or 1.0, math.hypot(*ub) or 1.0
        pa = (vx + s * ua[0] / na, vy + s * ua[1] / na)
        pb = (vx + s * ub[0] / nb, vy + s * ub[1] / nb)
        pc = (pa[0] + pb[0] - vx, pa[1] + pb[1] - vy)
        ax.plot([pa[0], pc[0], pb[0]], [pa[1], pc[1], pb[1]], color=INK, lw=0.8, zorder=3)
    for label in figure.labels:
        x, y = _label_place(label, size)
        ax.text(x, y, _label_text(label.text), ha="center", va="center", fontsize=12,
                zorder=5)
    pad = 0.1 * size
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad, max(ys) + pad)
    return figure


__all__ = ["draw_figure"]
