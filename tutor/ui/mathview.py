"""A read-only rich-text view that shows text with its LaTeX rendered as images.

Formulas become PNGs (tutor.ui.mathrender) added to the document as image resources
at the screen's devicePixelRatio, so they stay crisp on high-DPI screens. A formula
mathtext cannot draw is shown as its source text.

Drawing happens in a worker process (see tutor.ui.mathrender). The GUI thread waits
for it at most `GUI_WAIT` seconds per render, in all: a formula not drawn by then is
shown as source text, and the view renders again once the drawing has finished.
Worker threads fill the cache ahead with `prerender`, so usually nothing waits.
"""

from __future__ import annotations

import hashlib
import html
import time
import weakref
from concurrent.futures import Future

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from tutor.mathtext import split_math
from tutor.ui.mathrender import (
    RenderedMath,
    render_math,
    renderer_loaded,
    request_render,
)

# While matplotlib loads in a worker (see begin_warm_up), views show their source text
# and render once it is ready, instead of importing it on the GUI thread.
_warming_up = False
_waiting: weakref.WeakSet[MathView] = weakref.WeakSet()
GUI_WAIT = 0.05  # seconds the GUI thread may wait for the worker, per render
_RETRY_MS = 50  # how often a view looks whether its missing formulas are drawn


def begin_warm_up() -> None:
    global _warming_up
    _warming_up = True


def renderer_ready() -> None:
    """Call on the GUI thread when the warm-up job has loaded matplotlib."""
    global _warming_up
    _warming_up = False
    for view in list(_waiting):
        try:
            view._render(wait=0.0)  # no waiting here: views draw as their formulas arrive
        except RuntimeError:  # its C++ widget was deleted meanwhile
            pass
    _waiting.clear()


def prerender(text: str, params: tuple[float, str, float]) -> None:
    """Fill render_math's cache for `text` (call in a worker, before a view shows it)."""
    ratio, color, point_size = params
    for seg in split_math(text):
        if seg.kind != "text":
            size = point_size * (1.25 if seg.kind == "display" else 1.1)
            render_math(seg.content, dpi=round(96 * ratio), color=color, fontsize=size)


class MathView(QTextBrowser):
    """Shows mixed text and maths. With `fit_height`, it grows to fit its content."""

    def __init__(self, parent: QWidget | None = None, *, fit_height: bool = True) -> None:
        super().__init__(parent)
        self._source = ""
        self._extra_html = ""
        self._fit_height = fit_height
        self.fallback_count = 0  # formulas shown as source text in the last render
        self.image_count = 0
        self._pending: list[Future[RenderedMath | None]] = []  # formulas being drawn
        self._retry_queued = False
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        if fit_height:
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.viewport().setAutoFillBackground(False)
            self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.document().contentsChanged.connect(self._fit)

    def source_text(self) -> str:
        return self._source

    def set_math_text(self, text: str, *, extra_html: str = "") -> None:
        """Show `text` (plain text with LaTeX); `extra_html` is appended as is (trusted)."""
        self._source = text
        self._extra_html = extra_html
        self._render()

    def render_params(self) -> tuple[float, str, float]:
        """(devicePixelRatio, text colour, point size): what this view renders with."""
        ratio = max(1.0, self.devicePixelRatioF())
        color = self.palette().color(QPalette.ColorRole.Text).name()
        point_size = self.font().pointSizeF() if self.font().pointSizeF() > 0 else 10.0
        return ratio, color, point_size

    def _render(self, wait: float = GUI_WAIT) -> None:
        if _warming_up and not renderer_loaded():
            _waiting.add(self)
            self.setHtml(html.escape(self._source).replace("\n", "<br>") + self._extra_html)
            self._fit()
            return
        doc = self.document()
        ratio, color, point_size = self.render_params()
        parts: list[str] = []
        self.fallback_count = self.image_count = 0
        self._pending = []
        deadline = time.monotonic() + wait
        for seg in split_math(self._source):
            if seg.kind == "text":
                parts.append(html.escape(seg.content).replace("\n", "<br>"))
                continue
            size = point_size * (1.25 if seg.kind == "display" else 1.1)
            future = request_render(seg.content, dpi=round(96 * ratio), color=color,
                                    fontsize=size)
            try:
                image = future.result(timeout=max(0.0, deadline - time.monotonic()))
            except TimeoutError:  # still drawing: source text now, the image later
                self._pending.append(future)
                image = None
            if image is None:
                self.fallback_count += 1
                parts.append(f"<code>{html.escape(seg.source)}</code>")
                continue
            self.image_count += 1
            key = hashlib.sha1(f"{seg.content}|{ratio}|{color}|{size}".encode()).hexdigest()
            url = QUrl(f"math://{key}.png")
            qimage = QImage.fromData(image.png)  # PNG, detected from its header
            qimage.setDevicePixelRatio(ratio)
            doc.addResource(QTextDocument.ResourceType.ImageResource, url, qimage)
            w, h = round(image.width / ratio), round(image.height / ratio)
            tag = f'<img src="{url.toString()}" width="{w}" height="{h}" align="middle">'
            parts.append(f"<div align='center'>{tag}</div>" if seg.kind == "display" else tag)
        self.setHtml("".join(parts) + self._extra_html)
        self._fit()
        if self._pending and not self._retry_queued:
            self._retry_queued = True
            QTimer.singleShot(_RETRY_MS, self, self._retry)

    def _retry(self) -> None:
        """Render again once every formula that was still being drawn is done."""
        self._retry_queued = False
        if any(not f.done() for f in self._pending):
            self._retry_queued = True
            QTimer.singleShot(_RETRY_MS, self, self._retry)
        elif self._pending:
            self._render()

    def _fit(self) -> None:
        if not self._fit_height:
            return
        self.document().setTextWidth(self.viewport().width() or 400)
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - re-colour on theme change
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._source:
            self._render()

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), self.height()) if self._fit_height else hint
