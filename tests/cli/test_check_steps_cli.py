"""`python -m tutor check-steps` as a user runs it: JSONL out, clear errors, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tutor", "check-steps", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def test_inline_steps() -> None:
    proc = run_cli(
        "--problem", "Solve 2x + 3 = 11",
        "--text", "which gives us 2x = 11 - 3 = 8.",
        "--text", "so x = 5.",
    )
    assert proc.returncode == 0, proc.stderr
    [line] = [json.loads(x) for x in proc.stdout.splitlines()]
    assert line["verdicts"] == ["verified", "refuted"]
    assert line["first_refuted"] == 1
    assert "x = 5" in line["reasons"][1]


def test_jsonl_and_json_files(tmp_path: Path) -> None:
    records = [
        {"id": "a", "problem": "", "steps": ["So 6 * 7 = 42.", "Then 42 + 1 = 44."]},
        {"id": "b", "problem": "", "steps": ["Nothing to check here."]},
        {"id": "c", "problem": "", "steps": ["3 + 4 = 7"]},
    ]
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in records))
    array = tmp_path / "r.json"
    array.write_text(json.dumps(records))
    for path in (jsonl, array):
        proc = run_cli(str(path), "--limit", "2", "--jobs", "2")
        assert proc.returncode == 0, proc.stderr
        lines = [json.loads(x) for x in proc.stdout.splitlines()]
        assert [x["id"] for x in lines] == ["a", "b"]
        assert lines[0]["verdicts"] == ["verified", "refuted"]
        assert lines[0]["first_refuted"] == 1
        assert lines[1] == {"id": "b", "verdicts": ["unchecked"], "first_refuted": -1,
                            "reasons": [""], "answer": None}


def test_bad_input_is_a_clear_message_and_exit_2(tmp_path: Path) -> None:
    missing = run_cli(str(tmp_path / "nope.json"))
    assert missing.returncode == 2
    assert "nope.json" in missing.stderr and missing.stdout == ""
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": 1, "steps": ["1 + 1 = 2"]}\n{not json\n')
    proc = run_cli(str(broken))
    assert proc.returncode == 2
    assert "line 2" in proc.stderr
    nosteps = tmp_path / "nosteps.json"
    nosteps.write_text('[{"id": 1, "problem": "x"}]')
    proc = run_cli(str(nosteps))
    assert proc.returncode == 2 and "steps" in proc.stderr


def test_main_py_runs_the_cli() -> None:
    proc = subprocess.run(
        [sys.executable, "main.py", "check-steps", "--text", "2 + 2 = 5"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["verdicts"] == ["refuted"]


def test_final_answer_is_cross_checked_with_the_engine() -> None:
    proc = run_cli(
        "--problem", "Solve 3y + 5 = 20",
        "--text", "Subtract 5: $3y = 15$.",
        "--text", "So the final answer is $\\boxed{6}$.",
    )
    assert proc.returncode == 0, proc.stderr
    [line] = [json.loads(x) for x in proc.stdout.splitlines()]
    assert line["answer"]["value"] == "6"
    assert line["answer"]["verdict"] == "refuted"
    assert line["answer"]["reason"] == "the answer 6 disagrees with an independent solution: 5"


def test_answer_is_null_when_nothing_is_stated_or_known() -> None:
    proc = run_cli("--problem", "Solve 3y + 5 = 20", "--text", "Subtract 5: $3y = 15$.")
    [line] = [json.loads(x) for x in proc.stdout.splitlines()]
    assert line["answer"] is None
    proc = run_cli("--problem", "", "--text", "So the answer is $\\boxed{6}$.", "--no-reference")
    [line] = [json.loads(x) for x in proc.stdout.splitlines()]
    assert line["answer"] is None
