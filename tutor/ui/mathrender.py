"""LaTeX to PNG with matplotlib mathtext (no TeX install, no Qt), in a bounded worker.

`split_math` and `to_mathtext` (tutor.mathtext, shared with the PDF export) find the
formulas and rewrite them for mathtext. `render_math` returns PNG bytes, or None when
mathtext cannot draw the formula, so the caller shows the source text instead: never
blank, never a crash.

Drawing runs in a worker process (tutor.workers), one formula at a time, under
`RENDER_TIME_LIMIT` and `RENDER_MEMORY_MB`: some formulas take mathtext minutes or
gigabytes, and such a formula must cost the app a couple of seconds of one
background thread, not a frozen window. A formula over a limit renders as None.
Results are cached in this process; the worker does not import Qt (nor does this
module), and this process never imports matplotlib for it.
"""

from __future__ import annotations

import io
import logging
import re
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from tutor.mathtext import to_mathtext
from tutor.workers import BoundedWorker, LimitError, WorkerDied

log = logging.getLogger(__name__)

RENDER_TIME_LIMIT = 2.0  # seconds per formula
RENDER_MEMORY_MB = 1536  # the worker's address space
CACHE_SIZE = 512
_Key = tuple[str, str, int, str, float]  # kind ("math" or "figure"), source, dpi, colour, size
_lock = threading.Lock()  # guards the cache, the in-flight table and the globals below
_cache: OrderedDict[_Key, RenderedMath | None] = OrderedDict()
_inflight: dict[_Key, Future[RenderedMath | None]] = {}
_worker: BoundedWorker | None = None
_executor: ThreadPoolExecutor | None = None
_loaded = False


@dataclass(frozen=True)
class RenderedMath:
    png: bytes
    width: int  # pixels of the PNG (device pixels)
    height: int


_OVER_TOP = re.compile(r"\\(?:overline|bar|hat|widehat|vec|tilde|widetilde|dot|ddot)(?![a-zA-Z])")


def _draw_png(math: str, out: io.BytesIO, *, dpi: int, color: str, fontsize: float) -> None:
    """Like matplotlib's math_to_image, but transparent, so it sits on any theme."""
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.mathtext import MathTextParser

    prop = FontProperties(size=fontsize)
    width, height, depth, _, _ = MathTextParser("path").parse(math, dpi=72, prop=prop)
    # mathtext's box leaves out a bar drawn over the top line (0.58\overline{3}): room for it
    top = 0.2 * fontsize if _OVER_TOP.search(math) else 0.0
    figure = Figure(figsize=(width / 72.0, (height + top) / 72.0))
    figure.text(0, depth / (height + top), math, fontproperties=prop, color=color)
    figure.savefig(out, dpi=dpi, format="png", transparent=True)


def draw_png(math: str, dpi: int, color: str, fontsize: float) -> bytes | None:
    """In the worker: PNG bytes of `math` ("$...$"), or None if mathtext rejects it."""
    buffer = io.BytesIO()
    try:
        _draw_png(math, buffer, dpi=dpi, color=color, fontsize=fontsize)
    except MemoryError:
        raise  # the worker reports it and restarts on a clean heap
    except Exception:  # noqa: BLE001 - mathtext raises ValueError and more on bad input
        return None
    return buffer.getvalue()


def warm_worker() -> None:
    """In the worker, at its start: import matplotlib and build the font cache."""
    draw_png("$x$", 96, "#000000", 10.0)


def _render_worker() -> BoundedWorker:
    global _worker
    with _lock:
        if _worker is None:
            _worker = BoundedWorker(memory_mb=RENDER_MEMORY_MB, name="mathrender",
                                    warm="tutor.ui.mathrender:warm_worker", standby=True)
        return _worker


PLOT_TIME_LIMIT = 10.0  # seconds per plot (SymPy sampling plus the Agg draw)


def render_plot_png(spec: dict[str, object], colours: tuple[str, str],
                    scale: float = 1.0) -> bytes:
    """A step's plot as PNG bytes, drawn in the render worker under its limits.

    Blocks (call it in a worker thread); raises LimitError or the drawing's error.
    """
    return _render_worker().call("tutor.ui.plot_image:render_png", spec, colours, scale,
                                 time_limit=PLOT_TIME_LIMIT)


def load_renderer() -> None:
    """Start the render worker and wait until it has loaded matplotlib (a second or
    two): call it in a background thread at start-up."""
    global _loaded
    try:
        _render_worker().wait_ready()
    except LimitError:
        log.warning("the maths render worker did not start", exc_info=True)
    _loaded = True  # also on failure: views then show source text, not wait for ever


def renderer_loaded() -> bool:
    """True once load_renderer has finished (not merely started) its warm-up."""
    return _loaded


def worker_pid() -> int | None:
    """The render worker's process id, None when none runs."""
    return _worker.pid if _worker is not None else None


def worker_restarts() -> int:
    return _worker.restarts if _worker is not None else 0


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def request_render(tex: str, *, dpi: int = 100, color: str = "#000000",
                   fontsize: float = 12.0, figure: bool = False) -> Future[RenderedMath | None]:
    """A future of `render_math`'s result, at once; the drawing happens in the background.

    A cached formula gives a finished future; a formula already on its way gives the
    same future as before.
    """
    global _executor
    key = ("figure" if figure else "math", tex, dpi, color, float(fontsize))
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            done: Future[RenderedMath | None] = Future()
            done.set_result(_cache[key])
            return done
        future = _inflight.get(key)
        if future is None:
            if _executor is None:
                _executor = ThreadPoolExecutor(1, thread_name_prefix="mathrender")
            future = _executor.submit(_render_now, key)
            _inflight[key] = future
        return future


def render_math(tex: str, *, dpi: int = 100, color: str = "#000000",
                fontsize: float = 12.0) -> RenderedMath | None:
    """PNG of one formula; cached by (text, dpi, colour, size). None if it cannot render.

    Blocks for the drawing: at most about RENDER_TIME_LIMIT plus the kill grace, plus
    the worker's start when it is cold. Not for the GUI thread: use request_render.
    """
    return request_render(tex, dpi=dpi, color=color, fontsize=fontsize).result()


def _render_now(key: _Key) -> RenderedMath | None:
    """On the render thread: draw through the worker, then cache the result."""
    kind, tex, dpi, color, fontsize = key
    # fractions full size: no tiny digits on screen
    math = tex.strip() if kind == "figure" else to_mathtext(tex, display=True)
    result: RenderedMath | None = None
    for attempt in range(2 if math else 0):
        try:
            if kind == "figure":  # an Asymptote figure, drawn like a step's plot
                png = _render_worker().call(
                    "tutor.ui.plot_image:render_png", {"kind": "figure", "source": tex},
                    ("#ffffff00", color), dpi / 100, time_limit=PLOT_TIME_LIMIT)
            else:
                png = _render_worker().call("tutor.ui.mathrender:draw_png", f"${math}$", dpi,
                                            color, fontsize, time_limit=RENDER_TIME_LIMIT)
            result = _checked(png)
            break
        except WorkerDied:  # killed from outside: once more, in a fresh worker
            log.info("render worker died (attempt %d)", attempt + 1)
        except LimitError as exc:  # over a limit: it would be again, so None is final
            log.info("formula over the render limit (%s): %.80s", exc, tex)
            break
        except Exception:  # a bug must not leave the future unfinished
            log.exception("render worker failed")
            break
    with _lock:  # None is cached too, so a view never asks again and again
        _inflight.pop(key, None)
        _cache[key] = result
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def _checked(png: bytes | None) -> RenderedMath | None:
    if png is None or len(png) < 24 or png[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    if width <= 1 or height <= 1:
        return None
    return RenderedMath(png, width, height)
