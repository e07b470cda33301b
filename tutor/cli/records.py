"""One reader for the record files the commands take: a JSON array or JSON Lines.

`check-steps`, `equiv --jsonl` and `solve-set` all read "a file of JSON objects".
Reading it here means every command names a bad file the same way: the file (or
`<stdin>` for `-`) and the line, and what was wrong there.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class RecordsError(Exception):
    """A record file that cannot be used; the message names file and line."""


@dataclass(frozen=True)
class Record:
    data: dict[str, Any]
    index: int  # position among the file's lines (JSONL) or array items, from 0
    where: str  # "FILE:LINE" (JSONL) or "FILE, record N" (array), for messages


def _read_text(source: str | Path) -> tuple[str, str]:
    name = "<stdin>" if str(source) == "-" else str(source)
    try:
        if str(source) == "-":
            return name, sys.stdin.read()
        return name, Path(source).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise RecordsError(f"{name}: no such file") from exc
    except IsADirectoryError as exc:
        raise RecordsError(f"{name}: is a folder, not a file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordsError(f"{name}: cannot read: {exc}") from exc


def read_records(source: str | Path) -> list[Record]:
    """Every object of a JSON array or JSONL file (blank lines skipped); `-` is stdin."""
    name, text = _read_text(source)
    records: list[Record] = []
    if text.lstrip().startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordsError(f"{name}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
        for i, item in enumerate(data):
            records.append(_object(item, i, f"{name}, record {i + 1}"))
        return records
    for i, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        where = f"{name}:{i + 1}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordsError(f"{where}: line {i + 1} is not valid JSON ({exc.msg})") from exc
        records.append(_object(item, i, where))
    return records


def _object(item: object, index: int, where: str) -> Record:
    if not isinstance(item, dict):
        raise RecordsError(f"{where}: expected a JSON object, got {type(item).__name__}")
    return Record(item, index, where)


__all__ = ["Record", "RecordsError", "read_records"]
