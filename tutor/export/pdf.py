"""Write solved problems to a PDF with matplotlib (no Qt, no TeX).

The document is a list of blocks (a heading, a problem statement, one step, a
plot, the answer), each measured before anything is drawn. Blocks flow onto
pages and never straddle a page break; a heading stays with the block after it.
Text is real PDF text (TrueType, fonttype 42) so it can be selected and
searched; maths is drawn by mathtext as vector glyphs.

`write_pdf` runs in a worker process: `tutor.export.bounded.export_pdf` calls it
there under a time and a memory limit and moves the file into place.
"""

from __future__ import annotations

import contextlib
import logging
import os
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from tutor import workers
from tutor.export import blocks as B
from tutor.export.model import PAPER_SIZES, SolvedProblem

__all__ = ["MARGIN", "PAPER_SIZES", "paginate", "write_pdf"]
MARGIN = 56.0  # points on every side
FOOTER_GAP = 28.0  # footer baseline, points above the bottom edge


@dataclass
class _Page:
    blocks: list[tuple[float, B.Block]]  # (top offset from the content top, block)


def paginate(blocks: Sequence[B.Block], content_height: float) -> list[_Page]:
    """Flow blocks onto pages: a block that does not fit starts a new page.

    A block marked `keep_with_next` moves to the next page with its follower, unless
    the pair is taller than a page anyway. Blocks are built no taller than a page
    (long steps and paragraphs come in pieces), so nothing is cut by a page edge.
    """
    pages: list[_Page] = [_Page([])]
    y = 0.0
    i = 0
    while i < len(blocks):
        group = [blocks[i]]
        while group[-1].keep_with_next and i + len(group) < len(blocks):
            group.append(blocks[i + len(group)])
        height = sum(b.height + b.gap for b in group[:-1]) + group[-1].height
        if pages[-1].blocks and y + height > content_height and height <= content_height:
            pages.append(_Page([]))
            y = 0.0
        for block in group:
            if pages[-1].blocks and y + block.height > content_height:
                pages.append(_Page([]))
                y = 0.0
            pages[-1].blocks.append((y, block))
            y += block.height + block.gap
        i += len(group)
    return pages


def _footer_text(page: _Page) -> str:
    backends = dict.fromkeys(b.backend for _, b in page.blocks if b.backend)
    models = dict.fromkeys(b.model for _, b in page.blocks if b.model)
    left = "Proof Tutor  ·  backend: " + (", ".join(backends) or "symbolic")
    if models:
        left += "  ·  model: " + ", ".join(models)
    return left


def write_pdf(
    problems: Sequence[SolvedProblem],
    path: str | os.PathLike[str],
    *,
    paper: str = "a4",
    title: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write `problems` to `path` (as is, not atomically); return the number of pages.

    `paper` is "a4" or "letter". `title` heads the first page (default: the
    problem's title for one problem, "Solutions" for several). `progress(done,
    total)` is called after each page is written; by default, in a worker, the
    pair goes to the caller (tutor.workers.report).
    """
    paper = paper.lower()
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}; use 'a4' or 'letter'")
    width, height = PAPER_SIZES[paper]
    content_width = width - 2 * MARGIN
    content_height = height - 2 * MARGIN - 12.0  # room above the footer
    if title is None:
        single = problems[0].title if len(problems) == 1 else None
        title = single or ("Solution" if len(problems) == 1 else "Solutions")
    _drop_bad_source_date()
    quiet = _quiet_matplotlib()
    with matplotlib.rc_context(_RC), warnings.catch_warnings(), quiet:  # type: ignore[arg-type]
        warnings.simplefilter("ignore")  # missing glyphs etc. must not stop an export
        blocks = B.document_blocks(problems, title, content_width, content_height)
        pages = paginate(blocks, content_height)
        with PdfPages(path, metadata={"Title": title, "Creator": "Proof Tutor"}) as pdf:
            for number, page in enumerate(pages, start=1):
                fig = Figure(figsize=(width / 72.0, height / 72.0))
                canvas = B.Canvas(fig, width, height)
                for top, block in page.blocks:
                    block.draw(canvas, MARGIN, MARGIN + top, content_width)
                canvas.text(MARGIN, height - FOOTER_GAP, _footer_text(page), 8, color="#666")
                canvas.text(
                    width - MARGIN, height - FOOTER_GAP, f"Page {number} of {len(pages)}",
                    8, color="#666", ha="right",
                )
                pdf.savefig(fig)
                if progress:
                    progress(number, len(pages))
                else:
                    workers.report((number, len(pages)))
    return len(pages)


@contextlib.contextmanager
def _quiet_matplotlib() -> Iterator[None]:
    """No "Font 'rm' does not have a glyph ..." lines on stderr: matplotlib logs them,
    and the worker has no log handler but Python's last resort, stderr (the PDF shows
    the missing glyph as a box anyway)."""
    logger = logging.getLogger("matplotlib")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _drop_bad_source_date() -> None:
    """matplotlib dates the PDF from SOURCE_DATE_EPOCH when it is set and raises on a
    value it cannot read ("abc", or past the platform's time_t); this worker then dates
    it now instead."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None:
        return
    try:
        datetime.fromtimestamp(int(raw), UTC)
    except (ValueError, OverflowError, OSError):
        del os.environ["SOURCE_DATE_EPOCH"]


_RC: dict[str, Any] = {
    "pdf.fonttype": 42,  # embed TrueType: text stays selectable and searchable
    "font.family": "DejaVu Sans",
    "mathtext.fontset": "dejavusans",
    "pdf.compression": 6,
    "axes.titlesize": 9,
    "axes.labelsize": 8,
    "xtick.labelsize": 7,
    "ytick.labelsize": 7,
    "legend.fontsize": 7,
}
