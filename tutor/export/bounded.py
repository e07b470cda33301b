"""`export_pdf`: write the PDF in a worker process, under a time and a memory limit.

Drawing a PDF runs mathtext on every formula and the engine's plots, and a hostile
or unlucky formula can take minutes or gigabytes. So the drawing (tutor.export.pdf)
runs in a `tutor.workers.BoundedWorker`: past the limit it is stopped, and the caller
gets `ExportStopped` ("export stopped: took longer than 15 s"), nothing else. The
worker writes a temporary file beside the destination; only a finished PDF is moved
into place (os.replace), so the destination never holds a partial file, and the
temporary file is removed however the worker ended. This module imports neither
matplotlib nor Qt.
"""

from __future__ import annotations

import errno
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tutor.export.model import PAPER_SIZES, SolvedProblem
from tutor.workers import BoundedWorker, LimitError

BASE_SECONDS = 10.0  # the time limit: this, plus PER_PROBLEM_SECONDS a problem,
PER_PROBLEM_SECONDS = 5.0
MAX_EXPORT_SECONDS = 1800.0  # at most this (drawing takes well under 1 s a problem)
TEMP_PREFIX = ".tutor-export-"  # short: a 249-character PDF name leaves room for it
EXPORT_MEMORY_MB = 2048

_worker: BoundedWorker | None = None
_lock = threading.Lock()


class ExportStopped(Exception):
    """The export hit its time or memory limit (or its worker died); no file was written."""


def export_time_limit(problems: int) -> float:
    """The default time limit, in seconds, for an export of `problems` problems."""
    return min(BASE_SECONDS + PER_PROBLEM_SECONDS * max(problems, 1), MAX_EXPORT_SECONDS)


def check_destination(out_path: str | os.PathLike[str]) -> None:
    """Raise OSError now if a PDF cannot be written at `out_path` (a read-only folder, a
    full disk, a name too long), by creating and removing the temporary file the export
    would use, so that the caller can say so before any problem is solved."""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temp_file(out)
    os.close(fd)
    Path(tmp).unlink(missing_ok=True)
    try:
        longest = os.pathconf(out.parent, "PC_NAME_MAX")
    except (AttributeError, ValueError, OSError):  # no pathconf (Windows): found at the end
        return
    if len(os.fsencode(out.name)) > longest:
        raise OSError(errno.ENAMETOOLONG, f"the name is longer than {longest} bytes", str(out))


def _temp_file(out: Path) -> tuple[int, str]:
    """A temporary file beside `out`, named briefly: `.tutor-export-XXXXXXXX.tmp`."""
    return tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=out.parent)


def export_worker(memory_mb: int = EXPORT_MEMORY_MB) -> BoundedWorker:
    """The shared export worker (started on first use, then kept) for the default
    memory limit; a new one, for the caller to close, for any other."""
    global _worker
    if memory_mb != EXPORT_MEMORY_MB:
        return BoundedWorker(memory_mb=memory_mb, preload=("tutor.export.pdf",), name="export")
    with _lock:
        if _worker is None:
            _worker = BoundedWorker(memory_mb=memory_mb, preload=("tutor.export.pdf",),
                                    name="export")
        return _worker


def prestart() -> None:
    """Start the export worker in the background (it loads matplotlib: about a second)."""
    export_worker().start()


def export_pdf(
    problems: Sequence[SolvedProblem],
    out_path: str | os.PathLike[str],
    *,
    paper: str = "a4",
    title: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    time_limit: float | None = None,
    memory_mb: int = EXPORT_MEMORY_MB,
) -> int:
    """Write `problems` to `out_path` atomically; return the number of pages.

    `paper` is "a4" or "letter". `title` heads the first page (default: the
    problem's title for one problem, "Solutions" for several). `progress(done,
    total)` is called after each page is written. `time_limit` defaults to
    `export_time_limit(len(problems))` seconds (at most MAX_EXPORT_SECONDS). Raises
    ExportStopped on a limit,
    OSError when the file cannot be written, ValueError on a bad paper size.
    """
    if paper.lower() not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}; use 'a4' or 'letter'")
    problems = list(problems)
    limit = export_time_limit(len(problems)) if time_limit is None else time_limit
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temp_file(out)
    os.close(fd)
    worker = export_worker(memory_mb)
    on_report: Callable[[Any], None] | None = None
    if progress is not None:
        on_report = lambda pair: progress(*pair)  # noqa: E731
    try:
        pages = worker.call("tutor.export.pdf:write_pdf", problems, tmp, paper=paper,
                            title=title, time_limit=limit, on_report=on_report)
        mode = out.stat().st_mode & 0o777 if out.exists() else 0o644
        os.chmod(tmp, mode)  # mkstemp makes the file private (0600)
        os.replace(tmp, out)
    except LimitError as exc:
        raise ExportStopped(f"export stopped: {exc}") from exc
    finally:
        Path(tmp).unlink(missing_ok=True)  # gone already after a successful replace
        if worker is not _worker:
            worker.close()
    return int(pages)
