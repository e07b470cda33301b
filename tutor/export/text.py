"""Inline maths and line wrapping for the PDF: split, measure and break text.

A paragraph is split into plain words and maths segments (`$...$`, `$$...$$`,
`\\(...\\)`, `\\[...\\]`). Each maths segment is made mathtext-friendly; one that
mathtext still cannot parse is printed as its LaTeX source, so export never
fails on odd input. Widths come from matplotlib's own font metrics in points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath

from tutor.mathtext import split_math, to_mathtext

_MEASURER = TextToPath()


@dataclass(frozen=True)
class Run:
    """A piece of one line: plain text or mathtext, at `x` points from the line start."""

    text: str  # ready for matplotlib: maths wrapped in $...$, plain text with $ escaped
    math: bool
    x: float
    width: float
    size: float = 0.0  # font size in points; 0 means the paragraph's size


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    ascent: float
    descent: float
    width: float

    @property
    def plain(self) -> str:
        return " ".join(r.text for r in self.runs)


def escape_plain(text: str) -> str:
    """Plain text that matplotlib must not read as maths."""
    return text.replace("\\$", "$").replace("$", r"\$")


@lru_cache(maxsize=4096)
def metrics(text: str, size: float, math: bool, weight: str) -> tuple[float, float, float]:
    prop = FontProperties(size=size, weight=weight)
    w, h, d = _MEASURER.get_text_width_height_descent(text, prop, ismath=math)
    return float(w), float(h - d), float(d)


@lru_cache(maxsize=2048)
def math_run_text(latex: str, size: float, display: bool = False) -> tuple[str, bool]:
    """`($...$, True)` when mathtext can draw `latex`, else its source as plain text."""
    source = to_mathtext(latex, display)
    if source:
        candidate = f"${source}$"
        try:
            metrics(candidate, size, True, "normal")
            return candidate, True
        except Exception:  # any mathtext failure falls back to the source text
            pass
    return escape_plain(latex.strip()), False


Token = tuple[str, bool, bool]  # text, is_math, glued to the token before (no space)


def tokens(text: str, size: float, display: bool = False) -> list[Token]:
    """Split a paragraph into words and maths segments, noting where no space separates them."""
    out: list[Token] = []
    before = ""  # the segment before, as written

    def words(chunk: str) -> None:
        for w in re.finditer(r"\S+", chunk):
            out.append((escape_plain(w.group()), False, bool(out) and w.start() == 0))

    for seg in split_math(text):
        if seg.kind == "text":
            words(seg.content)
        elif seg.kind == "figure":  # a figure inside a step: named, never printed as code
            words("[figure]")
        else:
            glued = bool(out) and not before[-1:].isspace()
            out.append((*math_run_text(seg.content, size, display), glued))
        before = seg.source
    return out


def _split_long(word: str, size: float, weight: str, width: float) -> list[str]:
    """Break a plain word wider than the line into pieces that fit."""
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and metrics(current + ch, size, False, weight)[0] > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    return [*pieces, current] if current else pieces


_Item = tuple[str, bool, bool, float, float, float]  # text, math, glued, width, ascent, descent


def _build_line(items: list[_Item], size: float, weight: str, space: float) -> Line:
    """Place measured items left to right, merging neighbouring plain words into one run."""
    runs: list[Run] = []
    ascent, descent = metrics("Ag", size, False, weight)[1:]
    cursor = 0.0
    for tok, is_math, glued, w, a, d in items:
        ascent, descent = max(ascent, a), max(descent, d)
        last = runs[-1] if runs else None
        if last and not last.math and not is_math:
            merged = f"{last.text}{'' if glued else ' '}{tok}"
            mw = metrics(merged, size, False, weight)[0]
            runs[-1] = Run(merged, False, last.x, mw, size)
            cursor = last.x + mw
            continue
        start = cursor + (space if runs and not glued else 0.0)
        natural = metrics(tok, size, True, "normal")[0] if is_math else w
        run_size = size * w / natural if natural else size  # < size when shrunk to fit
        runs.append(Run(tok, is_math, start, w, run_size))
        cursor = start + w
    return Line(tuple(runs), ascent, descent, cursor)


def wrap(
    text: str, width: float, size: float, weight: str = "normal", display: bool = False
) -> list[Line]:
    """Greedy line breaking of a paragraph (newlines start new lines) to `width` points."""
    lines: list[Line] = []
    space = metrics("a a", size, False, weight)[0] - metrics("aa", size, False, weight)[0]
    for paragraph in text.split("\n"):
        items: list[Token] = []
        for tok, is_math, glued in tokens(paragraph, size, display):
            if not is_math and metrics(tok, size, False, weight)[0] > width:
                pieces = _split_long(tok, size, weight, width)
                items.extend((p, False, glued and i == 0) for i, p in enumerate(pieces))
            else:
                items.append((tok, is_math, glued))
        current: list[_Item] = []
        x = 0.0
        for tok, is_math, glued in items:
            w, a, d = metrics(tok, size, is_math, "normal" if is_math else weight)
            if is_math and w > width:  # a formula too wide for the line: shrink it to fit
                w, a, d = (v * width / w for v in (w, a, d))
            needed = w if not current else x + (0.0 if glued else space) + w
            if current and needed > width:
                lines.append(_build_line(current, size, weight, space))
                current, needed, glued = [], w, False
            current.append((tok, is_math, glued, w, a, d))
            x = needed
        lines.append(_build_line(current, size, weight, space))
    return lines


def safe_text(text: str, size: float = 9.0) -> str:
    """`text` with every maths segment made drawable (or turned into plain source)."""
    return "".join(("" if glued or i == 0 else " ") + tok
                   for i, (tok, _, glued) in enumerate(tokens(text, size)))
