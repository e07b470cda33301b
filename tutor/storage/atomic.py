"""Atomic file writes and bounded JSON reads.

Writes: a reader (or a crash) never sees half a file. Reads: a JSON file from the
user, a model or an attacker is read with a cap on its size (`/dev/zero` ends), its
nesting and its numbers, and every way it can be bad is one `JSONReadError` whose
message says what was wrong, never a RecursionError or a traceback. Every reader of
untrusted JSON (record files, problem sets, settings, the local model list) uses
`read_json`, `read_text_capped` or `loads_json`.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

MAX_JSON_BYTES = 5 * 1024 * 1024  # settings, model lists, problem sets
MAX_JSON_DEPTH = 100  # objects and arrays inside each other; real files need under 10


class JSONReadError(ValueError):
    """JSON that cannot be used; the message names what was wrong (and the file, if any)."""

    def __init__(self, message: str, lineno: int | None = None) -> None:
        super().__init__(message)
        self.lineno = lineno


def loads_json(text: str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """`json.loads(text)`, or JSONReadError: bad syntax, nesting past `max_depth`
    levels, or an integer too long for Python to convert (over 4300 digits)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise JSONReadError(
            f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}", exc.lineno
        ) from exc
    except RecursionError as exc:
        raise JSONReadError(f"JSON nested more than {max_depth} levels deep") from exc
    except ValueError as exc:  # int('1' * 5000): Python's limit on integer digits
        raise JSONReadError("JSON holds a number too long to read (over 4300 digits)") from exc
    if _depth_over(data, max_depth):
        raise JSONReadError(f"JSON nested more than {max_depth} levels deep")
    return data


def _depth_over(data: Any, max_depth: int) -> bool:
    """True when containers nest more than `max_depth` levels (iterative: no recursion)."""
    stack = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > max_depth:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def read_text_capped(path: str | os.PathLike[str], max_bytes: int) -> str:
    """A UTF-8 file's text (a byte-order mark dropped), reading at most `max_bytes`.

    Raises JSONReadError naming the file: missing, a folder, unreadable (a symlink
    loop, no permission), larger than `max_bytes` (also for endless files such as
    /dev/zero, which report size 0), or not UTF-8.
    """
    name = str(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise JSONReadError(f"{name}: no such file") from exc
    except IsADirectoryError as exc:
        raise JSONReadError(f"{name}: is a folder, not a file") from exc
    except OSError as exc:
        raise JSONReadError(f"{name}: cannot read the file ({exc.strerror or exc})") from exc
    return decode_capped(raw, name, max_bytes)


def decode_capped(raw: bytes, name: str, max_bytes: int) -> str:
    """`raw` as UTF-8 text; JSONReadError when it is over `max_bytes` or not UTF-8."""
    if len(raw) > max_bytes:
        raise JSONReadError(f"{name}: file is too large (limit {_size(max_bytes)})")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JSONReadError(f"{name}: cannot read: not UTF-8 text (byte {exc.start})") from exc


def read_json(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = MAX_JSON_BYTES,
    max_depth: int = MAX_JSON_DEPTH,
) -> Any:
    """The JSON value in `path`, read within the caps; JSONReadError names the file."""
    text = read_text_capped(path, max_bytes)
    try:
        return loads_json(text, max_depth=max_depth)
    except JSONReadError as exc:
        raise JSONReadError(f"{Path(path).name}: {exc}", exc.lineno) from exc


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n} bytes"


def write_json_atomic(path: Path, data: Any, *, sort_keys: bool = False) -> None:
    """Write JSON to a temp file in the same folder, fsync, os.replace, fsync the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=sort_keys)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
