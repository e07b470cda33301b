"""The backend's event stream, the time limit and cancel, the solve-set CLI, plots."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from tutor.reasoning.events import CancelToken, Done, Error, Request, StepBoundary  # noqa: E402
from tutor.reasoning.symbolic import SymbolicBackend, solve_problem  # noqa: E402
from tutor.reasoning.symbolic.plots import render_plot  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]


def test_event_stream_steps_then_done():
    events = list(SymbolicBackend().execute(Request("Solve 2x+3=11"), CancelToken()))
    steps = [e.step for e in events if isinstance(e, StepBoundary)]
    assert [s.index for s in steps] == list(range(len(steps))) and len(steps) >= 2
    assert steps[0].rule == "subtract 3 from both sides" and steps[0].hint
    assert isinstance(events[-1], Done) and events[-1].answer == "4"
    assert events[-1].usage.first_token_seconds is not None


def test_unsupported_is_a_decline_not_an_error():
    events = list(SymbolicBackend().execute(
        Request("A train leaves at noon. When does it arrive?"), CancelToken()))
    assert not any(isinstance(e, Error) for e in events)
    assert isinstance(events[-1], Done) and events[-1].declined and events[-1].answer is None


# Expanding this has 12,341 terms: many seconds of SymPy on any machine. (An integral that
# SymPy cannot do stopped being slow once the solver's workers kept SymPy's caches warm.)
SLOW = "Expand $(x+y+z+1)^{40}$."


def test_timeout_gives_up_clearly():
    sol = solve_problem(SLOW, time_limit=0.3)
    assert sol.answer is None and sol.kind == "timeout"
    assert "gave up" in sol.declined and sol.seconds < 3
    events = list(SymbolicBackend(time_limit=0.3).execute(
        Request(SLOW), CancelToken()))
    assert isinstance(events[-1], Done) and "gave up" in (events[-1].declined or "")


def test_cancel_before_start():
    token = CancelToken()
    token.cancel()
    events = list(SymbolicBackend().execute(Request("Solve 2x+3=11"), token))
    assert isinstance(events[-1], Done) and events[-1].cancelled
    assert not any(isinstance(e, StepBoundary) for e in events)


def test_render_every_plot_kind():
    specs = [s for text in ("Solve x^2 - 5x + 6 = 0", "solve x^2 > 4",
                            "Solve the system $2x+y=5$ and $x-y=1$.",
                            "Find the center and radius of the circle $x^2 + y^2 - 4x = 5$.")
             for s in solve_problem(text).plots]
    assert {s["kind"] for s in specs} >= {"function", "interval", "system", "circle"}
    for spec in specs:
        fig, ax = plt.subplots()
        render_plot(json.loads(json.dumps(spec)), ax)
        plt.close(fig)


def test_solve_set_cli(tmp_path):
    data = tmp_path / "set.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in [
        {"problem": "Solve 2x+3=11", "unique_id": "a"},
        {"question": "Ann has 3 cats. How many legs?", "id": 7},
        {"problem": "Simplify: $\\sqrt{180}$"},
    ]) + "\n")
    out = subprocess.run([sys.executable, "-m", "tutor", "solve-set", str(data),
                          "--backend", "symbolic", "--jsonl"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, check=True)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", 7, 2]
    assert rows[0]["answer"] == "4" and rows[0]["steps"]
    assert rows[1]["answer"] is None
    assert rows[2]["answer"] == "6 \\sqrt{5}" and rows[2]["seconds"] >= 0


def test_cancel_while_solving_stops_the_worker():
    import threading
    import time

    token = CancelToken()
    threading.Timer(0.5, token.cancel).start()
    start = time.perf_counter()
    events = list(SymbolicBackend(time_limit=20).execute(
        Request(SLOW), token))
    assert isinstance(events[-1], Done) and events[-1].cancelled
    assert time.perf_counter() - start < 5
