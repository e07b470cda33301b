"""One reader for the record files the commands take: a JSON array or JSON Lines.

`check-steps`, `equiv --jsonl` and `solve-set` all read "a file of JSON objects".
Reading it here means every command names a bad file the same way: the file (or
`<stdin>` for `-`) and the line, and what was wrong there. The file is read with the
same caps as every other untrusted JSON (tutor.storage.atomic): at most
`MAX_RECORD_BYTES` (so `/dev/zero` ends), nesting and number length bounded.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor.storage.atomic import JSONReadError, decode_capped, loads_json, read_text_capped

MAX_RECORD_BYTES = 64 * 1024 * 1024


class RecordsError(Exception):
    """A record file that cannot be used; the message names file and line."""


@dataclass(frozen=True)
class Record:
    data: dict[str, Any]
    index: int  # position among the file's lines (JSONL) or array items, from 0
    where: str  # "FILE:LINE" (JSONL) or "FILE, record N" (array), for messages


def _read_text(source: str | Path, max_bytes: int) -> tuple[str, str]:
    if str(source) != "-":
        try:
            return str(source), read_text_capped(source, max_bytes)
        except JSONReadError as exc:
            raise RecordsError(str(exc)) from exc
    name = "<stdin>"
    stream = getattr(sys.stdin, "buffer", None)
    try:
        if stream is None:  # a text stream without bytes underneath (tests)
            text = sys.stdin.read(max_bytes + 1)
            return name, decode_capped(text.encode("utf-8", "surrogatepass"), name, max_bytes)
        return name, decode_capped(stream.read(max_bytes + 1), name, max_bytes)
    except JSONReadError as exc:
        raise RecordsError(str(exc)) from exc
    except OSError as exc:
        raise RecordsError(f"{name}: cannot read: {exc}") from exc


def read_records(source: str | Path, *, max_bytes: int = MAX_RECORD_BYTES) -> list[Record]:
    """Every object of a JSON array or JSONL file (blank lines skipped); `-` is stdin."""
    name, text = _read_text(source, max_bytes)
    records: list[Record] = []
    if text.lstrip().startswith("["):
        try:
            data = loads_json(text)
        except JSONReadError as exc:
            line = f":{exc.lineno}" if exc.lineno else ""
            raise RecordsError(f"{name}{line}: not valid JSON ({exc})") from exc
        for i, item in enumerate(data):
            records.append(_object(item, i, f"{name}, record {i + 1}"))
        return records
    for i, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        where = f"{name}:{i + 1}"
        try:
            item = loads_json(line)
        except JSONReadError as exc:
            raise RecordsError(f"{where}: line {i + 1} is not valid JSON ({exc})") from exc
        records.append(_object(item, i, where))
    return records


def _object(item: object, index: int, where: str) -> Record:
    if not isinstance(item, dict):
        raise RecordsError(f"{where}: expected a JSON object, got {type(item).__name__}")
    return Record(item, index, where)


__all__ = ["MAX_RECORD_BYTES", "Record", "RecordsError", "read_records"]
