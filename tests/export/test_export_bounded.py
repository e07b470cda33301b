"""export_pdf under its limits: a real worker process, real matplotlib, real PDFs.

Past the time or the memory limit the export stops with a message that says which,
the destination keeps what it had (or stays absent), no temporary file is left, and
the next export works.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.step_factory import checked
from tutor.cli import main
from tutor.export import ExportStopped, SolvedProblem, export_pdf
from tutor.export.bounded import export_time_limit, export_worker
from tutor.workers import KILL_GRACE

SLOW_STEP = "A step no one can typeset quickly: $" + "x" * 20000 + "$"


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_an_ordinary_export_reads_back_and_reports_progress(
    tmp_path: Path, linear_problem: SolvedProblem, read_pages
) -> None:
    out = tmp_path / "ok.pdf"
    seen: list[tuple[int, int]] = []
    assert export_pdf([linear_problem], out, progress=lambda d, t: seen.append((d, t))) == 1
    assert seen == [(1, 1)]  # sent from the worker, delivered here
    text = read_pages(out)[0]
    assert "Linear equation" in text and "Answer: x = 4" in text
    assert names(tmp_path) == ["ok.pdf"]


def test_over_the_time_limit_the_export_stops_and_leaves_the_old_file(
    tmp_path: Path, linear_problem: SolvedProblem, read_pages
) -> None:
    out = tmp_path / "slow.pdf"
    out.write_bytes(b"the previous export")
    slow = SolvedProblem("Typeset this.", (checked(SLOW_STEP),), answer="x")
    export_worker().wait_ready()  # the limit is for drawing, not for the worker's start
    start = time.monotonic()
    with pytest.raises(ExportStopped, match=r"^export stopped: took longer than 2 s$"):
        export_pdf([slow], out, time_limit=2.0)
    assert time.monotonic() - start < 2.0 + KILL_GRACE + 1.5
    assert out.read_bytes() == b"the previous export"  # untouched, not half-written
    assert names(tmp_path) == ["slow.pdf"]  # and no temporary file beside it
    assert export_pdf([linear_problem], out) == 1  # the app goes on exporting
    assert "Linear equation" in read_pages(out)[0]


def test_a_tiny_time_limit_leaves_no_file(tmp_path: Path, linear_problem: SolvedProblem) -> None:
    out = tmp_path / "sub" / "never.pdf"
    with pytest.raises(ExportStopped, match="took longer than 0.01 s"):
        export_pdf([linear_problem], out, time_limit=0.01)
    assert names(out.parent) == []


def test_over_the_memory_limit_the_export_stops(tmp_path: Path) -> None:
    n = 3_000_000  # a plot this big needs more than 1 GB to draw
    spec = {"kind": "function", "x": [i / n for i in range(n)],
            "y": [(i * 7919 % 1000) / 1000 for i in range(n)]}
    big = SolvedProblem("Plot it.", (checked("The plot.", plot=spec),), answer="done")
    out = tmp_path / "big.pdf"
    with pytest.raises(ExportStopped, match=r"^export stopped: ran out of memory \(limit 500 MB"):
        export_pdf([big], out, memory_mb=500, time_limit=60)
    assert names(tmp_path) == []
    small = SolvedProblem("Plot it.", (checked("The plot.", plot={"x": [0, 1], "y": [1, 0]}),))
    assert export_pdf([small], out, memory_mb=500) == 1  # the same cap fits a normal export


def test_default_limit_grows_with_the_problems() -> None:
    assert export_time_limit(1) == 15.0 and export_time_limit(7) == 45.0


def test_cli_reports_the_limit_and_exits_2(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    src = tmp_path / "p.txt"
    src.write_text("Solve $x + 1 = 2$.", encoding="utf-8")
    out = tmp_path / "o.pdf"
    code = main(["export", str(src), "--pdf", str(out), "--quiet", "--export-time-limit", "0.01"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.strip() == "error: export stopped: took longer than 0.01 s"
    assert names(tmp_path) == ["p.txt"]
    code = main(["export", str(src), "--pdf", str(out), "--quiet"])
    assert code == 0 and json.loads(capsys.readouterr().out)["pages"] >= 1
