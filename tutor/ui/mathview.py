"""A read-only rich-text view that shows text with its LaTeX rendered as images.

Formulas become PNGs (tutor.ui.mathrender) added to the document as image resources
at the screen's devicePixelRatio, so they stay crisp on high-DPI screens. A formula
mathtext cannot draw is shown as its source text.

Drawing happens in a worker process (see tutor.ui.mathrender); the GUI thread never
waits for it. A formula already drawn (the cache, filled ahead by `prerender` in
worker threads) is shown at once; one still being drawn is shown as source text,
and a job on the job runner (tutor.ui.jobs) waits for it off the GUI thread and
renders the view again when it is ready. When only the colours change (a new
theme), the old images stay until the new ones are ready, so nothing flickers.
"""

from __future__ import annotations

import hashlib
import html
import weakref
from collections.abc import Callable
from concurrent.futures import Future, as_completed

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from tutor.mathtext import split_math
from tutor.ui.jobs import JobRunner
from tutor.ui.mathrender import (
    RENDER_TIME_LIMIT,
    RenderedMath,
    renderer_loaded,
    request_render,
)

# While matplotlib loads in a worker (see begin_warm_up), views show their source text
# and render once it is ready, instead of importing it on the GUI thread.
_warming_up = False
_waiting: weakref.WeakSet[MathView] = weakref.WeakSet()
# A render job gives up on a formula after this long (the worker's own limit, a
# cold start and a kill): the view then keeps its source text for that formula.
JOB_WAIT = RENDER_TIME_LIMIT + 15.0
_runner: JobRunner | None = None


def render_jobs() -> JobRunner:
    """The job runner that waits for formula images (created on first use, GUI thread)."""
    global _runner
    if _runner is None:
        _runner = JobRunner(max_threads=2)
    return _runner


# Views waiting for formulas in this event-loop turn: one job waits for all of them
# (a theme change or "Show all" re-renders many views at once).
_Waiting = tuple["weakref.ref[MathView]", int, list[Future[RenderedMath | None]]]
_batch: list[_Waiting] = []


def _start_batch() -> None:
    """One job waits for every formula of the views queued in this turn; each view
    renders again as soon as its own formulas are drawn."""
    batch = _batch[:]
    _batch.clear()

    def wait_all(report: Callable[[int], None], _cancel: object) -> None:
        left = {i: set(futures) for i, (_, _, futures) in enumerate(batch)}
        try:
            for done in as_completed({f for _, _, fs in batch for f in fs}, timeout=JOB_WAIT):
                for i in [i for i, futures in left.items() if done in futures]:
                    left[i].discard(done)
                    if not left[i]:
                        del left[i]
                        report(i)
        except TimeoutError:  # a view then renders again and waits anew
            for i in left:
                report(i)

    def drawn(indices: list[int]) -> None:  # on the GUI thread
        for i in indices:
            ref, generation, _ = batch[i]
            view = ref()
            if view is not None and shiboken6.isValid(view) and view._generation == generation:
                view._render()

    render_jobs().start(wait_all, on_progress=drawn)


FIGURE_HEIGHT = 240  # pixels: the most a problem's figure takes in a view


def inline_size(point_size: float, kind: str) -> float:
    """Maths a little larger than the text around it, display maths larger still."""
    return point_size * (1.25 if kind == "display" else 1.1)


def begin_warm_up() -> None:
    global _warming_up
    _warming_up = True


def renderer_ready() -> None:
    """Call on the GUI thread when the warm-up job has loaded matplotlib."""
    global _warming_up
    _warming_up = False
    for view in list(_waiting):
        try:
            view._render()
        except RuntimeError:  # its C++ widget was deleted meanwhile
            pass
    _waiting.clear()


def prerender(text: str, params: tuple[float, str, float]) -> None:
    """Fill render_math's cache for `text` (call in a worker, before a view shows it)."""
    ratio, color, point_size = params
    for seg in split_math(text):
        if seg.kind != "text":
            request_render(seg.content, dpi=round(96 * ratio), color=color,
                           fontsize=inline_size(point_size, seg.kind),
                           figure=seg.kind == "figure").result()


class MathView(QTextBrowser):
    """Shows mixed text and maths. With `fit_height`, it grows to fit its content."""

    def __init__(self, parent: QWidget | None = None, *, fit_height: bool = True) -> None:
        super().__init__(parent)
        self._keep_while_drawing = False
        self._source = ""
        self._extra_html = ""
        self._fit_height = fit_height
        self.fallback_count = 0  # formulas shown as source text in the last render
        self.image_count = 0
        self.drawing = False  # formulas of the current text and colours are still being drawn
        self._generation = 0  # the render a finished job may re-render (older: ignored)
        self._shown: tuple[str, str] | None = None  # what is on screen with every image
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        if fit_height:
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            # Transparent through the palette, not a style sheet: a widget with a style
            # sheet keeps the palette it had when the sheet was applied, so a new theme
            # never reached it (dark text on a dark window).
            self.viewport().setAutoFillBackground(False)
            self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.document().contentsChanged.connect(self._fit)

    def source_text(self) -> str:
        return self._source

    @property
    def extra_html(self) -> str:
        return self._extra_html

    def set_math_text(self, text: str, *, extra_html: str = "", typing: bool = False) -> None:
        """Show `text` (plain text with LaTeX); `extra_html` is appended as is (trusted).

        `typing`: a live preview of what is being typed keeps its last complete
        rendering while the new formulas are drawn, instead of flashing their source
        text at every pause (never for a new problem: that would show the old one).
        """
        self._source = text
        self._extra_html = extra_html
        self._keep_while_drawing = typing
        self._render()

    def render_params(self) -> tuple[float, str, float]:
        """(devicePixelRatio, text colour, point size): what this view renders with."""
        ratio = max(1.0, self.devicePixelRatioF())
        color = self.palette().color(QPalette.ColorRole.Text).name()
        point_size = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        return ratio, color, point_size

    def _render(self) -> None:
        if _warming_up and not renderer_loaded():
            _waiting.add(self)
            self.setHtml(html.escape(self._source).replace("\n", "<br>") + self._extra_html)
            self._shown = None
            self._fit()
            return
        self._generation += 1  # a job started for an earlier render no longer applies
        doc = self.document()
        ratio, color, point_size = self.render_params()
        parts: list[str] = []
        fallbacks = images = 0
        pending: list[Future[RenderedMath | None]] = []
        for seg in split_math(self._source):
            if seg.kind == "text":
                parts.append(html.escape(seg.content).replace("\n", "<br>"))
                continue
            size = inline_size(point_size, seg.kind)
            dpi = round(96 * ratio * (self._figure_scale() if seg.kind == "figure" else 1.0))
            future = request_render(seg.content, dpi=dpi, color=color, fontsize=size,
                                    figure=seg.kind == "figure")
            image = future.result() if future.done() else None
            if not future.done():  # still drawing: source text now, the image later
                pending.append(future)
            if image is None and seg.kind == "figure":  # never its code: a note instead
                fallbacks += 1
                parts.append("<p><i>[" + ("Drawing the figure…" if not future.done() else
                                           "A figure that cannot be drawn here") + "]</i></p>")
                continue
            if image is None:
                fallbacks += 1
                parts.append(f"<code>{html.escape(seg.source)}</code>")
                continue
            images += 1
            key = hashlib.sha1(f"{seg.content}|{ratio}|{color}|{size}".encode()).hexdigest()
            url = QUrl(f"math://{key}.png")
            qimage = QImage.fromData(image.png)  # PNG, detected from its header
            qimage.setDevicePixelRatio(ratio)
            doc.addResource(QTextDocument.ResourceType.ImageResource, url, qimage)
            w, h = round(image.width / ratio), round(image.height / ratio)
            if seg.kind == "figure":  # drawn to fit already; never wider than the view
                fit = min(1.0, (self.viewport().width() - 24) / w, self._figure_room()[1] / h)
                w, h = max(1, round(w * fit)), max(1, round(h * fit))
            tag = f'<img src="{url.toString()}" width="{w}" height="{h}" align="middle">'
            parts.append(f"<div align='center'>{tag}</div>" if seg.kind in ("display", "figure")
                         else tag)
        self.drawing = bool(pending)
        if pending:
            self._wait_for(pending)
        shown = (self._source, self._extra_html)
        if pending and self._shown is not None and (
                self._shown == shown or self._keep_while_drawing):
            return  # keep the last complete rendering until the new images come
        self.fallback_count, self.image_count = fallbacks, images
        self._shown = None if pending else shown
        self.setHtml("".join(parts) + self._extra_html)
        self._fit()

    def _figure_room(self) -> tuple[int, int]:
        """The width and height a problem's figure may take in this view (pixels)."""
        tall = FIGURE_HEIGHT if self._fit_height else min(
            FIGURE_HEIGHT, max(80, self.viewport().height() - 48))
        return max(80, self.viewport().width() - 24), tall

    def _figure_scale(self) -> float:
        """The figure is drawn at the size it is shown (a drawn, not a shrunk, image): its
        natural 2.8 x 2.1 inches at 100 dpi scaled to the room, in steps of 1/8."""
        w, h = self._figure_room()
        return max(0.25, min(1.0, w / 280, h / 210) * 8 // 1 / 8)

    def _wait_for(self, pending: list[Future[RenderedMath | None]]) -> None:
        """Wait for the formulas off the GUI thread, then render again (see _start_batch)."""
        if not _batch:
            QTimer.singleShot(0, _start_batch)
        _batch.append((weakref.ref(self), self._generation, pending))

    def _fit(self) -> None:
        if not self._fit_height:
            return
        self.document().setTextWidth(self.viewport().width() or 400)
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        if "[asy]" in self._source and event.size() != event.oldSize():
            self._render()  # a figure is sized to the width (its image is cached)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - re-colour on theme change
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._source:
            self._render()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), self.height()) if self._fit_height else hint
