"""The one record-file reader behind check-steps, equiv --jsonl and solve-set."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.cli.records import RecordsError, read_records

ROOT = Path(__file__).resolve().parents[2]


def test_jsonl_keeps_line_positions_and_skips_blank_lines(tmp_path: Path) -> None:
    f = tmp_path / "r.jsonl"
    f.write_text('{"a": 1}\n\n{"a": 2}\n', encoding="utf-8")
    recs = read_records(f)
    assert [r.data["a"] for r in recs] == [1, 2]
    assert [r.index for r in recs] == [0, 2]
    assert recs[1].where == f"{f}:3"


def test_json_array_with_byte_order_mark(tmp_path: Path) -> None:
    f = tmp_path / "r.json"
    f.write_bytes("\ufeff".encode() + json.dumps([{"a": 1}, {"a": 2}]).encode())
    assert [r.data["a"] for r in read_records(f)] == [1, 2]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"a": 1}\n{"a": \n', "r.jsonl:2: line 2 is not valid JSON"),
        ('{"a": 1}\n[1, 2]\n', "r.jsonl:2: expected a JSON object, got list"),
        ('[{"a": 1}, 3]', "r.jsonl, record 2: expected a JSON object, got int"),
        ('[{"a": 1},\n', "r.jsonl:2: not valid JSON"),
    ],
)
def test_bad_files_are_named_with_the_line(tmp_path: Path, content: str, expected: str) -> None:
    f = tmp_path / "r.jsonl"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(RecordsError) as err:
        read_records(f)
    assert str(err.value).startswith(f"{tmp_path}/") and expected in str(err.value)


def test_missing_file_folder_and_binary(tmp_path: Path) -> None:
    with pytest.raises(RecordsError, match="no such file"):
        read_records(tmp_path / "nope.jsonl")
    with pytest.raises(RecordsError, match="is a folder"):
        read_records(tmp_path)
    binary = tmp_path / "b.jsonl"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(RecordsError, match="cannot read"):
        read_records(binary)


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"gold": "1", "pred": "1.0"}\n'))
    (rec,) = read_records("-")
    assert rec.where == "<stdin>:1" and rec.data["pred"] == "1.0"


def test_solve_set_rejects_a_bad_record_before_solving_anything(tmp_path: Path) -> None:
    f = tmp_path / "set.jsonl"
    f.write_text('{"problem": "Compute $2+3$."}\n{"question": 7}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "tutor", "solve-set", str(f)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2 and proc.stdout == ""
    assert f"{f}:2: no `problem` or `question` text" in proc.stderr
