"""`python -m tutor equiv`, run as a real subprocess from the project root."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _tutor(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tutor", "equiv", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_two_answers_print_true_or_false(capsys: pytest.CaptureFixture[str]) -> None:
    same = _tutor("\\frac{1}{2}", "0.5")
    assert (same.returncode, same.stdout) == (0, "true\n")
    assert main(["equiv", "1/2", "0.6"]) == 0  # in-process: one start-up is enough
    assert capsys.readouterr().out == "false\n"


def test_jsonl_file_gives_one_line_per_record(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    records = [
        {"gold": "033", "pred": "33"},
        {"a": "\\{1, 2\\}", "b": "\\{2, 1\\}"},
        {"gold": "x+1", "pred": "x+2"},
        {"gold": 12, "pred": "12.0"},  # AMC-style numeric gold
    ]
    cases.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    done = _tutor("--jsonl", str(cases))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines == [{"equivalent": v} for v in (True, True, False, True)]


def test_bad_jsonl_line_is_a_usage_error_naming_file_and_line(tmp_path: Path) -> None:
    cases = tmp_path / "broken.jsonl"
    cases.write_text('{"gold": "1", "pred": "1"}\n{"gold": "1", "pred": \n', encoding="utf-8")
    done = _tutor("--jsonl", str(cases))
    assert done.returncode == 2
    assert done.stdout == ""  # nothing judged when the file is bad
    assert f"{cases}:2" in done.stderr and "JSON" in done.stderr



# The remaining error paths run in-process: same code, no interpreter start-up.
def test_other_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["equiv", "--jsonl", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl" in capsys.readouterr().err

    monkeypatch.setattr(sys, "stdin", io.StringIO('{"gold": "1"}\n'))
    assert main(["equiv", "--jsonl", "-"]) == 2
    err = capsys.readouterr().err
    assert "<stdin>:1" in err and "'pred'" in err

    assert main(["equiv", "42"]) == 2
    assert "two answers" in capsys.readouterr().err

    assert main(["equiv", "1", "2", "--jsonl", "x.jsonl"]) == 2
    assert "not both" in capsys.readouterr().err
    assert capsys.readouterr().out == ""
