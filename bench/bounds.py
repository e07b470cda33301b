"""Bounded work (issue 7): pathological formulas and exports against their limits.

1. Render: formulas that take mathtext seconds to minutes (long flat runs), deep
   nesting, and images too big for the worker's memory, through tutor.ui.mathrender's
   worker. Each must come back within the time limit + kill grace + 1 s, and an
   ordinary formula must render right after it. Then the worker is SIGKILLed (3 s after
   the previous trial) and the next formula must render anyway.
2. Export: PDFs that cannot be drawn within the time limit, and one over the memory
   limit, through tutor.export.export_pdf. Each must raise ExportStopped naming the
   limit, leave the destination's previous file untouched and no temporary file, and
   the next export must work.

Run by bench/reliability.py; alone: python bench/bounds.py [--formulas N] [--trials N]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tutor.export import ExportStopped, SolvedProblem, export_pdf  # noqa: E402
from tutor.export.bounded import export_worker  # noqa: E402
from tutor.problems.step import Step  # noqa: E402
from tutor.ui import mathrender  # noqa: E402
from tutor.workers import KILL_GRACE  # noqa: E402

MARGIN = 1.0  # seconds over a limit that still count as within it


@dataclass
class RenderFigures:
    formulas: int = 0
    past_bound: list[str] = field(default_factory=list)
    not_recovered: int = 0  # an ordinary formula failed right after a pathological one
    restarts: int = 0
    slowest: float = 0.0
    kills: int = 0
    kills_recovered: int = 0
    restart_seconds: list[float] = field(default_factory=list)


@dataclass
class ExportFigures:
    trials: int = 0
    clean: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def pathological(rng: random.Random) -> tuple[str, str, float]:
    """(family, formula, font size): one formula meant to hit a limit."""
    family = rng.choice(["flat", "sum", "frac-run", "nest-frac", "nest-sqrt", "tower",
                         "left", "huge"])
    n = rng.randint(3000, 30000)
    deep = rng.randint(60, 3000)
    formulas = {
        "flat": "x" * n,
        "sum": "x+" * (n // 3),
        "frac-run": r"\frac{a}{b}" * (n // 10),
        "nest-frac": r"\frac{1}{" * deep + "x" + "}" * deep,
        "nest-sqrt": r"\sqrt{" * deep + "x" + "}" * deep,
        "tower": "x^{" * deep + "x" + "}" * deep,
        "left": r"\left(" * deep + "x" + r"\right)" * deep,
        "huge": r"\sum_{i=1}^{n} x_i",
    }
    return family, formulas[family], rng.uniform(5500.0, 6500.0) if family == "huge" else 12.0


def render_bounds(count: int, kills: int, rng: random.Random) -> RenderFigures:
    figures = RenderFigures()
    mathrender.load_renderer()
    bound = mathrender.RENDER_TIME_LIMIT + KILL_GRACE + MARGIN
    before = mathrender.worker_restarts()
    for i in range(count):
        family, tex, size = pathological(rng)
        start = time.monotonic()
        mathrender.render_math(tex, fontsize=size)
        seconds = time.monotonic() - start
        figures.formulas += 1
        figures.slowest = max(figures.slowest, seconds)
        if seconds > bound:
            figures.past_bound.append(f"{family} ({len(tex)} chars): {seconds:.1f} s")
        if mathrender.render_math(f"a_{{{i}}} + b = c") is None:
            figures.not_recovered += 1
        print(f"  formula {i + 1}: {family}, {len(tex)} chars, {seconds:.2f} s",
              file=sys.stderr, flush=True)
    for i in range(kills):
        time.sleep(3.0)  # as in use: kills are rare, and the standby worker warms meanwhile
        pid = mathrender.worker_pid()
        if pid is None:
            mathrender.load_renderer()
            pid = mathrender.worker_pid()
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        start = time.monotonic()
        ok = mathrender.render_math(rf"\frac{{{i}}}{{k}} + \sqrt{{{i}}}") is not None
        figures.restart_seconds.append(time.monotonic() - start)
        figures.kills += 1
        figures.kills_recovered += ok and mathrender.worker_pid() != pid
    figures.restarts = mathrender.worker_restarts() - before
    return figures


def _slow_problem() -> SolvedProblem:
    step = Step("A step no one can typeset quickly: $" + "x" * 20000 + "$")
    return SolvedProblem("Typeset this.", (step,), answer="x", title="Slow")


def _big_plot_problem() -> SolvedProblem:
    n = 3_000_000
    spec = {"kind": "function", "x": [i / n for i in range(n)],
            "y": [(i * 7919 % 1000) / 1000 for i in range(n)]}
    return SolvedProblem("Plot it.", (Step("The plot.", plot=spec),), answer="done")


def export_bounds(trials: int, rng: random.Random) -> ExportFigures:
    figures = ExportFigures()
    ordinary = SolvedProblem("Solve $2x = 8$.", (Step("Divide by 2: $x = 4$"),),
                             answer="x = 4", title="Ordinary")
    cases = [("time", _slow_problem(), {"time_limit": round(rng.uniform(1.0, 3.0), 1)})
             for _ in range(trials)]
    cases.append(("memory", _big_plot_problem(), {"memory_mb": 500, "time_limit": 120.0}))
    export_worker().wait_ready()  # the limits are on drawing; the start has its own
    with tempfile.TemporaryDirectory(prefix="proof-tutor-bounds-") as tmp:
        for i, (kind, problem, limits) in enumerate(cases):
            out = Path(tmp) / f"trial{i}" / "out.pdf"
            out.parent.mkdir()
            out.write_bytes(b"previous export")
            start = time.monotonic()
            try:
                export_pdf([problem], out, **limits)  # type: ignore[arg-type]
                message = "finished (no limit hit)"
            except ExportStopped as exc:
                message = str(exc)
            seconds = time.monotonic() - start
            expected = "took longer than" if kind == "time" else "ran out of memory"
            bound = float(limits["time_limit"]) + KILL_GRACE + MARGIN
            within = kind == "memory" or seconds <= bound
            clean = (expected in message and within
                     and out.read_bytes() == b"previous export"
                     and sorted(p.name for p in out.parent.iterdir()) == ["out.pdf"]
                     and export_pdf([ordinary], out) == 1)
            figures.trials += 1
            figures.clean += clean
            figures.kinds[kind] = figures.kinds.get(kind, 0) + 1
            if not clean:
                figures.problems.append(f"{kind} trial {i + 1}: {message} in {seconds:.1f} s")
            print(f"  export trial {i + 1} ({kind}): {message}, {seconds:.2f} s",
                  file=sys.stderr, flush=True)
    return figures


def print_figures(render: RenderFigures, export: ExportFigures) -> bool:
    restarts = ", ".join(f"{s:.2f}" for s in render.restart_seconds) or "-"
    print(f"pathological formulas:       {render.formulas} rendered, "
          f"{len(render.past_bound)} past limit+margin, slowest {render.slowest:.1f} s, "
          f"worker restarts {render.restarts}")
    print(f"formulas after them failing: {render.not_recovered}")
    print(f"render worker kills:         {render.kills_recovered}/{render.kills} recovered"
          f" (next render after the kill: {restarts} s)")
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(export.kinds.items()))
    print(f"exports over limit stopped cleanly: {export.clean}/{export.trials} ({kinds})")
    for line in render.past_bound + export.problems:
        print(f"  ! {line}")
    return (not render.past_bound and render.not_recovered == 0
            and render.kills_recovered == render.kills and export.clean == export.trials)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formulas", type=int, default=12)
    parser.add_argument("--trials", type=int, default=3, help="kills and slow exports")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    render = render_bounds(args.formulas, args.trials, rng)
    export = export_bounds(args.trials, rng)
    return 0 if print_figures(render, export) else 1


if __name__ == "__main__":
    sys.exit(main())
