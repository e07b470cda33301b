"""LaTeX to PNG with matplotlib mathtext (no TeX install, no Qt), plus delimiter splitting.

`split_math` finds maths in every delimiter style: $...$, $$...$$, \\(...\\), \\[...\\].
`render_math` returns PNG bytes, or None when mathtext cannot draw the formula, so
the caller shows the source text instead: never blank, never a crash.
"""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

_MATH = re.compile(
    r"(?<!\\)\$\$(?P<dd>.+?)(?<!\\)\$\$"
    r"|\\\[(?P<bracket>.+?)\\\]"
    r"|\\\((?P<paren>.+?)\\\)"
    r"|(?<![\\$])\$(?P<d>[^$]+?)(?<!\\)\$",
    re.DOTALL,
)
# LaTeX that mathtext lacks but has a close equivalent for.
_REWRITES = (
    (re.compile(r"\\[dt]frac"), r"\\frac"),
    (re.compile(r"\\operatorname\{([^{}]*)\}"), r"\\mathrm{\1}"),
    (re.compile(r"\\pmod\s*\{?(\w+)\}?"), r"\\ (\\mathrm{mod}\\ \1)"),
    (re.compile(r"\\(?:left|right)\s*\."), ""),
    (re.compile(r"\\text(?:bf|it|rm)?\{"), r"\\mathrm{"),
    (re.compile(r"\\displaystyle"), ""),
)
_lock = threading.Lock()  # matplotlib's font cache is not thread-safe
_loaded = False


@dataclass(frozen=True)
class Segment:
    kind: str  # "text" | "inline" | "display"
    content: str
    source: str  # exactly as written, delimiters included: the fallback


@dataclass(frozen=True)
class RenderedMath:
    png: bytes
    width: int  # pixels of the PNG (device pixels)
    height: int


def split_math(text: str) -> list[Segment]:
    segments: list[Segment] = []
    pos = 0
    for m in _MATH.finditer(text):
        if m.start() > pos:
            plain = text[pos : m.start()]
            segments.append(Segment("text", plain.replace("\\$", "$"), plain))
        display = m.group("dd") is not None or m.group("bracket") is not None
        body = next(g for g in (m.group("dd"), m.group("bracket"), m.group("paren"), m.group("d"))
                    if g is not None)
        segments.append(Segment("display" if display else "inline", body.strip(), m.group(0)))
        pos = m.end()
    if pos < len(text):
        plain = text[pos:]
        segments.append(Segment("text", plain.replace("\\$", "$"), plain))
    return segments


def to_mathtext(tex: str) -> str:
    for pattern, replacement in _REWRITES:
        tex = pattern.sub(replacement, tex)
    return " ".join(tex.split())


def _draw_png(math: str, out: io.BytesIO, *, dpi: int, color: str, fontsize: float) -> None:
    """Like matplotlib's math_to_image, but transparent, so it sits on any theme."""
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.mathtext import MathTextParser

    prop = FontProperties(size=fontsize)
    width, height, depth, _, _ = MathTextParser("path").parse(math, dpi=72, prop=prop)
    figure = Figure(figsize=(width / 72.0, height / 72.0))
    figure.text(0, depth / height, math, fontproperties=prop, color=color)
    figure.savefig(out, dpi=dpi, format="png", transparent=True)


def load_renderer() -> None:
    """Import matplotlib's mathtext (about a second): call it in a worker at start-up."""
    global _loaded
    with _lock:  # imports matplotlib and builds the font cache on first use
        _draw_png("$x$", io.BytesIO(), dpi=96, color="#000000", fontsize=10)
    _loaded = True


def renderer_loaded() -> bool:
    """True once load_renderer has finished (not merely started) importing matplotlib."""
    return _loaded


@lru_cache(maxsize=512)
def render_math(tex: str, *, dpi: int = 100, color: str = "#000000",
                fontsize: float = 12.0) -> RenderedMath | None:
    """PNG of one formula; cached by (text, dpi, colour, size). None if it cannot render."""
    tex = to_mathtext(tex)
    if not tex:
        return None
    buffer = io.BytesIO()
    try:
        with _lock:
            _draw_png(f"${tex}$", buffer, dpi=dpi, color=color, fontsize=fontsize)
    except Exception:  # noqa: BLE001 - mathtext raises ValueError and more on bad input
        return None
    png = buffer.getvalue()
    if len(png) < 24 or png[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    if width <= 1 or height <= 1:
        return None
    return RenderedMath(png, width, height)
