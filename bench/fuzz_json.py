"""The JSON readers and option parsers of the command line as fuzz entry points
(issue 15): the record reader behind check-steps, equiv --jsonl and solve-set, the
bounded JSON reader behind settings and the model list, every numeric option, and
what `tutor export` reads.

Used by bench/fuzz_strategies.py (its `targets` and `strategy_for` include these).
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable
from pathlib import Path

from hypothesis import strategies as st

# JSON that broke the command-line record readers (issue 15): nesting far past the
# interpreter's recursion limit, integers past its 4300-digit conversion limit.
JSON_BOMBS: tuple[str, ...] = (
    "[" * 100_000 + "]" * 100_000,
    '{"a":' * 50_000 + "1" + "}" * 50_000,
    '{"steps": ["1 = 1"], "id": ' + "1" * 5000 + "}",
    "[" + "9" * 5000 + "]",
    '{"problem": "x", "answer": -' + "7" * 4301 + "}",
)
JSON_ENTRIES = ("read_records", "read_json", "load_inputs")


def json_texts(texts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """`texts`, plus JSON bombs and those texts inside otherwise valid records."""
    inside = texts.map(lambda t: json.dumps({"problem": t, "steps": [t], "gold": t,
                                             "pred": t}))
    return st.one_of(texts, st.sampled_from(JSON_BOMBS), inside)


def json_targets(workdir: Path, expect: Callable[[bool, str], None]
                 ) -> dict[str, Callable[[str], object]]:
    """Each entry point as `f(text)`; `expect(ok, what)` raises on a broken contract."""
    from tutor.cli.options import count, jobs, seconds
    from tutor.cli.records import RecordsError, read_records
    from tutor.export.pipeline import InputError, load_inputs
    from tutor.storage.atomic import JSONReadError, read_json

    def records(text: str) -> object:
        """The reader behind check-steps, equiv --jsonl and solve-set: RecordsError only."""
        read = 0
        for name, content in (("r.jsonl", text), ("r.json", f"[{text}]"),
                              ("two.jsonl", '{"a": 1}\n' + text)):
            path = workdir / name
            path.write_text(content, encoding="utf-8")
            try:
                read += len(read_records(path))
            except RecordsError:
                pass
        return read

    def json_file(text: str) -> object:
        """Settings, the local model list: JSONReadError only, nesting capped."""
        path = workdir / "settings.json"
        path.write_text(text, encoding="utf-8")
        try:
            return read_json(path, max_bytes=1 << 20)
        except JSONReadError:
            return None

    def options(text: str) -> object:
        """Every numeric option's parser: a value in range or ArgumentTypeError."""
        values = []
        for parse, low, high in ((seconds(600.0), 0.0, 600.0),
                                 (count(10**9, minimum=0), 0, 10**9), (jobs, 1, 1_000_000)):
            try:
                value = parse(text)
            except argparse.ArgumentTypeError:
                continue
            expect(math.isfinite(value) and low <= value <= high, f"option gave {value!r}")
            values.append(value)
        return values

    def export_inputs(text: str) -> object:
        """What `tutor export` reads (a set or one problem): InputError only."""
        loaded = 0
        for name in ("in.txt", "in.md", "in.json"):
            path = workdir / name
            path.write_text(text, encoding="utf-8")
            try:
                loaded += len(load_inputs(path)[1])
            except InputError:
                pass
        return loaded

    return {"read_records": records, "read_json": json_file, "cli_options": options,
            "load_inputs": export_inputs}
