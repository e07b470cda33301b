"""`python -m tutor check-solution` as a user runs it: JSONL out, clear errors, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WITH_THINKING = (
    "<think>\nTickets: 6 * 8 = 48.\n\nHmm, and the bus: 48 + 12 = 60.\n</think>\n\n"
    "Six tickets cost $6 \\times 8 = 48$.\n\nWith the bus fare, $48 + 12 = 60$.\n\n"
    "The trip costs $\\boxed{60}$."
)
PLAIN_WRONG = "First, 9 * 7 = 63.\n\nThen 63 - 8 = 54.\n\nAnswer: $\\boxed{54}$"


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tutor", "check-solution", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=180, input=stdin,
    )


def test_jsonl_with_and_without_thinking(tmp_path: Path) -> None:
    records = [
        {"id": "trip", "problem": "Six tickets at 8 dollars and a 12 dollar bus fare: total?",
         "output": WITH_THINKING},
        {"id": 7, "problem": "", "output": PLAIN_WRONG},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    proc = run_cli(str(path), "--no-cross-check")
    assert proc.returncode == 0, proc.stderr
    first, second = [json.loads(line) for line in proc.stdout.splitlines()]
    assert first["id"] == "trip" and first["answer"] == "60"
    assert [s["verdict"] for s in first["thinking"]] == ["verified", "verified"]
    assert [s["verdict"] for s in first["solution"]][:2] == ["verified", "verified"]
    assert set(first["solution"][0]) >= {"text", "verdict", "reason"}
    assert second["id"] == 7 and second["thinking"] == []
    assert [s["verdict"] for s in second["solution"]][:2] == ["verified", "refuted"]
    assert "54" in second["solution"][1]["reason"] or "55" in second["solution"][1]["reason"]
    assert second["answer"] == "54" and second["answer_check"] is None


def test_json_array_from_stdin_and_cross_check() -> None:
    records = [{"id": "sum", "problem": "Solve $3x + 4 = 19$.",
                "output": "Subtract 4: $3x = 15$.\n\nSo $x = \\boxed{6}$."}]
    proc = run_cli("-", stdin=json.dumps(records))
    assert proc.returncode == 0, proc.stderr
    [line] = [json.loads(x) for x in proc.stdout.splitlines()]
    assert line["answer"] == "6"
    # The built-in engine solves it independently (x = 5): the stated answer is refuted.
    check = line["answer_check"]
    if check is not None:
        assert check["verdict"] == "refuted" and "5" in check["reason"]


def test_bad_records_are_named_by_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": 1, "problem": "", "output": "1 + 1 = 2"}) + "\n"
                    + json.dumps({"id": 2, "problem": ""}) + "\n")
    proc = run_cli(str(path))
    assert proc.returncode == 2 and proc.stdout == ""
    assert f"{path}:2" in proc.stderr and "'output'" in proc.stderr
    missing = run_cli(str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and "nope.jsonl" in missing.stderr
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": 1, "output": "x"\n')
    proc = run_cli(str(broken))
    assert proc.returncode == 2 and f"{broken}:1" in proc.stderr
