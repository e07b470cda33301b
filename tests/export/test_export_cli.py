"""`tutor export`: a file in, a PDF and one JSON summary line out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tutor.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict | None, str]:
    code = main(["export", *args, "--quiet"])
    out, err = capsys.readouterr()
    lines = [line for line in out.splitlines() if line.strip()]
    return code, (json.loads(lines[-1]) if lines else None), err


def test_problem_set_with_a_declined_problem(tmp_path: Path, capsys, read_pages) -> None:
    src = tmp_path / "set.jsonl"
    records = [
        {"title": "Easy", "problem": "Solve $x^2 - 4 = 0$."},
        {"title": "Hard", "problem": "Prove that there are infinitely many primes."},
    ]
    src.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    out = tmp_path / "set.pdf"
    code, summary, err = run_cli(capsys, str(src), "--pdf", str(out))
    assert code == 0, err
    assert summary == {**summary, "problems": 2, "solved": 1}
    text = " ".join(read_pages(out))
    assert "Problem 1: Easy" in text and "Problem 2: Hard" in text
    hard = text[text.index("Problem 2: Hard"):]
    assert "Not solved:" in hard and "Answer:" not in hard  # no made-up answer


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("missing.json", None, "no such file"),
        ("broken.json", "{not json", "broken.json"),
        ("empty.txt", "   \n", "empty"),
        ("notes.docx", "x", "notes.docx"),
    ],
)
def test_bad_input_is_a_usage_error(tmp_path: Path, capsys, name, content, expected) -> None:
    src = tmp_path / name
    if content is not None:
        src.write_text(content, encoding="utf-8")
    code, summary, err = run_cli(capsys, str(src), "--pdf", str(tmp_path / "o.pdf"))
    assert code == 2 and summary is None
    assert err.startswith("error: ") and expected in err
    assert not (tmp_path / "o.pdf").exists()


def test_output_must_be_a_pdf(tmp_path: Path, capsys) -> None:
    src = tmp_path / "p.txt"
    src.write_text("Solve $x + 1 = 2$.", encoding="utf-8")
    code, _, err = run_cli(capsys, str(src), "--pdf", str(tmp_path / "o.png"))
    assert code == 2 and ".pdf" in err


def test_python_dash_m_tutor_export(tmp_path: Path, read_pages) -> None:
    """One problem through the real entry point, in a child process."""
    src = tmp_path / "linear.tex"
    src.write_text("Solve $2x + 3 = 11$ for $x$.\n", encoding="utf-8")
    out = tmp_path / "out" / "linear.pdf"
    proc = subprocess.run(
        [sys.executable, "-m", "tutor", "export", str(src), "--pdf", str(out),
         "--paper", "letter"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout.strip().splitlines()[-1])  # stdout is only JSON
    assert summary["pdf"] == str(out) and summary["problems"] == 1 and summary["solved"] == 1
    assert "solved 1/1" in proc.stderr  # progress goes to stderr
    texts = read_pages(out)
    assert summary["pages"] == len(texts)
    text = " ".join(texts)
    assert "Solve 2x + 3 = 11 for x." in text
    assert "Answer: 4" in text
    assert any(f"{mark} Step 1" in text for mark in "✓✗?") and "backend: symbolic" in text
    assert float(PdfReader(str(out)).pages[0].mediabox.width) == pytest.approx(612)
