"""Benchmark: solve a 20-problem set with the symbolic engine and export it to PDF.

Run: .venv/bin/python bench/export.py [--paper a4|letter] [--out PATH]
Prints seconds for solving, for the PDF and in total (target: total < 30 s).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.export import export_pdf  # noqa: E402
from tutor.export.pipeline import InputProblem, load_inputs, solve_all  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 30.0


def twenty_problems() -> list[InputProblem]:
    """The bundled sets, topped up with equations of the same kinds to 20 problems."""
    problems: list[InputProblem] = []
    base = ROOT / "tutor" / "resources"  # where resources/ lives once it ships in the wheel
    if not base.is_dir():
        base = ROOT / "resources"
    for path in sorted((base / "problem_sets").glob("*")):
        if path.stem.startswith("olympiad_"):  # beyond the built-in engine: it declines them
            continue
        try:
            problems.extend(load_inputs(path)[1])
        except Exception as exc:  # a broken bundled file should not stop the benchmark
            print(f"skipping {path.name}: {exc}", file=sys.stderr)
    extra = [
        "Solve $3x + 4 = 19$.", "Solve $7x - 2 = 12$.", "Solve $5x + 5 = 30$.",
        *(f"Solve $x^2 - {s}x + {p} = 0$." for s, p in ((7, 12), (9, 20), (3, 2), (11, 30))),
        "Find the derivative of $f(x) = x^4 + 3x$.",
        r"Compute $\int_0^1 x^2 \, dx$.",
        r"Find $\gcd(120, 84)$.",
    ]
    problems.extend(InputProblem(text) for text in extra)
    return problems[:20]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.add_argument("--out", type=Path, default=None, help="keep the PDF here")
    args = parser.parse_args()
    problems = twenty_problems()
    started = time.perf_counter()
    solved = solve_all(problems, time_limit=20.0)
    solve_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "bench.pdf"
        t0, c0 = time.perf_counter(), time.process_time()
        pages = export_pdf(solved, out, paper=args.paper, title="Export benchmark")
        pdf_s, pdf_cpu = time.perf_counter() - t0, time.process_time() - c0
        size = out.stat().st_size
    total = time.perf_counter() - started
    print(json.dumps({
        "problems": len(solved),
        "solved": sum(1 for p in solved if p.solved),
        "steps": sum(len(p.steps) for p in solved),
        "pages": pages,
        "bytes": size,
        "solve_seconds": round(solve_s, 2),
        "pdf_seconds": round(pdf_s, 2),
        "pdf_cpu_seconds": round(pdf_cpu, 2),
        "total_seconds": round(total, 2),
        "target_seconds": TARGET_SECONDS,
        "ok": total < TARGET_SECONDS,
        "load_average": round(os.getloadavg()[0], 1),  # wall times mean little on a busy box
    }))
    return 0 if total < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
