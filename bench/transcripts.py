"""Real reasoning-model transcripts through the checker and through the app.

    .venv/bin/python bench/transcripts.py [--file ../shared/eval/transcripts/r1_dev.jsonl]
                                          [--rate 100] [--no-app]

1. Checker: each transcript is split into thinking and solution steps and checked
   (tutor.reasoning.worked, the code the app and `check-solution` use). Per transcript:
   steps, verified, refuted (each refuted step with its reason) and seconds to check.
2. App: the real MainWindow offscreen replays one thinking chain of at least 50,000
   characters (the dev transcripts' thinking, joined) at `--rate` tokens per second.
   Printed: p95 and max time from a step's last token (its StepBoundary leaving the
   backend) to its verdict being on screen (the controller's signal on the GUI thread),
   and the largest GUI-thread gap while it streams.
Targets: no refuted step but the one real slip; verdict p95 <= 0.5 s; gap <= 50 ms.

`--file bench/data/plain_text_transcripts.jsonl` runs our own short transcripts in the
plain-text styles reasoning models write (issue 12); a record's `slips` lists text of
the steps that hold a slip on purpose, so a refutation elsewhere is a false alarm.
`--steps` prints every step with maths in it that was not verified, with its claims.

`--file bench/data/student_steps.jsonl` runs short solutions typed as a student types
steps into the app (session 42): records with a `steps` list are checked one step at a
time as the app checks them (`check_step`, the earlier steps as context); `slips` lists
the steps that state something false (the slip and the wrong results it leads to);
`unchecked` (optional) lists steps that are conventions or prose, never to be verified or
refuted. Printed: each step's verdict, slips caught, slips missed, and false alarms (target 0).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tutor.verify.verdict import Verdict  # noqa: E402

DEFAULT_FILE = ROOT.parent / "shared" / "eval" / "transcripts" / "r1_dev.jsonl"


def check_transcripts(records: list[dict], show_steps: bool = False) -> int:
    from tutor.reasoning.worked import check_worked_solution

    refuted_total = 0
    false_alarms = 0
    totals: dict[str, list[int]] = {"thinking": [0, 0, 0, 0], "solution": [0, 0, 0, 0]}
    print("id               part      steps verified refuted partly  seconds")
    for rec in records:
        t0 = time.perf_counter()
        result = check_worked_solution(rec["problem"], rec["output"])
        seconds = time.perf_counter() - t0
        slips = rec.get("slips", [])
        for part, steps in (("thinking", result.thinking), ("solution", result.solution)):
            verified = sum(s.status is Verdict.VERIFIED for s in steps)
            refuted = [s for s in steps if s.status is Verdict.REFUTED]
            partly = sum(bool(s.verdict is not None and s.verdict.partly) for s in steps)
            with_maths = sum(bool(s.verdict is not None and s.verdict.claims) for s in steps)
            refuted_total += len(refuted)
            false_alarms += sum(not any(slip in s.text for slip in slips) for s in refuted)
            for i, count in enumerate((len(steps), verified, len(refuted), with_maths)):
                totals[part][i] += count
            print(f"{rec['id']:<16} {part:<9} {len(steps):>5} {verified:>8} {len(refuted):>7} "
                  f"{partly:>6} {seconds if part == 'thinking' else 0.0:>8.2f}")
            for s in refuted:
                print(f"    refuted: {s.text[:160]!r}\n      reason: {s.reason}")
            if show_steps:
                print_unverified(steps)
        print(f"{'':16} answer: {result.answer!r}; {len(rec['output'])} characters")
    for part, (steps_n, verified_n, refuted_n, maths_n) in totals.items():
        share = verified_n / steps_n if steps_n else 0.0
        print(f"{part}: {steps_n} steps, {verified_n} verified ({share:.0%}), "
              f"{refuted_n} refuted, {steps_n - verified_n - refuted_n} unchecked; "
              f"{maths_n} steps with a claim, {verified_n} of them verified")
    print(f"refuted steps in all: {refuted_total}; outside the slips the records name: "
          f"{false_alarms} (r1_dev holds one real slip and names none)")
    return refuted_total


def check_student_steps(records: list[dict]) -> int:
    """Each record's steps checked one at a time, as the app checks a student's steps;
    returns the number of false alarms (refuted steps that are no slip)."""
    from tutor.verify.api import check_step

    counts = {"steps": 0, "verified": 0, "caught": 0, "missed": 0, "false alarms": 0,
              "slips verified": 0, "not claims but checked": 0}
    for rec in records:
        print(f"{rec['id']}: {rec['problem']}")
        for number, step in enumerate(rec["steps"]):
            verdict = check_step(rec["problem"], rec["steps"][:number], step)
            slip, refuted = step in rec.get("slips", []), verdict.verdict is Verdict.REFUTED
            counts["steps"] += 1
            counts["verified"] += verdict.verdict is Verdict.VERIFIED
            counts["caught" if slip and refuted else "missed"] += slip
            counts["false alarms"] += refuted and not slip
            verified = verdict.verdict is Verdict.VERIFIED
            counts["slips verified"] += slip and verified
            convention = step in rec.get("unchecked", [])
            counts["not claims but checked"] += convention and (verified or refuted)
            mark = (" SLIP VERIFIED" if slip and verified else " (slip)" if slip
                    else " FALSE ALARM" if refuted
                    else " CHECKED (should stay unchecked)" if convention and verified else "")
            print(f"    {verdict.verdict.value:<10} {step!r}{mark}  {verdict.reason[:100]}")
    print("; ".join(f"{name}: {count}" for name, count in counts.items()))
    return counts["false alarms"]


def print_unverified(steps: list) -> None:
    """Each step with a claim that is not verified, with how each claim came out."""
    for s in steps:
        if s.verdict is None or not s.verdict.claims or s.status is Verdict.VERIFIED:
            continue
        print(f"    [{s.status.value}] {s.text[:200]!r}")
        for c in s.verdict.claims:
            print(f"        {c.verdict.value:<10} {c.claim[:90]!r} {c.reason[:70]}")


def long_thinking(records: list[dict], minimum: int = 50_000) -> tuple[str, str]:
    """A problem and an output whose thinking has at least `minimum` characters."""
    parts = []
    for rec in records:
        out = rec["output"]
        start = out.find("<think>") + len("<think>")
        end = out.find("</think>")
        if start >= len("<think>") and end > start:
            parts.append(out[start:end].strip())
    thinking = "\n\n".join(parts)
    while len(thinking) < minimum and parts:
        thinking += "\n\n" + "\n\n".join(parts)
    last = records[-1]["output"]
    solution = last[last.find("</think>") + len("</think>"):]
    return records[-1]["problem"], f"<think>\n{thinking}\n</think>\n\n{solution.strip()}"


def app_replay(problem: str, output: str, rate: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    os.environ.setdefault("PROOF_TUTOR_HOME", tempfile.mkdtemp(prefix="bench-transcripts-"))
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from tutor.reasoning.events import StepBoundary
    from tutor.reasoning.registry import SteppedBackend
    from tutor.reasoning.worked import ReplayBackend
    from tutor.storage.settings import load_settings, save_settings
    from tutor.ui.application import create_window
    from tutor.ui.latency import GapMeter

    app = QApplication.instance() or QApplication(sys.argv)
    save_settings(replace(load_settings(), welcomed=True, backend="openai", samples=1))
    window = create_window(app)  # type: ignore[arg-type]
    window.show()
    released: dict[int, float] = {}
    shown: dict[int, float] = {}
    inner = SteppedBackend(ReplayBackend(output, tokens_per_second=rate))

    class Timed:
        name = inner.name

        def execute(self, request, cancel):  # noqa: ANN001, ANN202
            for event in inner.execute(request, cancel):
                if isinstance(event, StepBoundary):
                    released[id(event.step)] = time.perf_counter()
                yield event

    def on_verdict(part: str, position: int) -> None:
        session = window.solver.session
        steps = session.thinking if part == "thinking" else session.steps
        if position < len(steps) and steps[position].verdict is not None:
            shown.setdefault(id(steps[position]), time.perf_counter())

    window.solver.backend_factory = lambda _settings: Timed()
    window.solver.thinking_step.connect(lambda i: on_verdict("thinking", i))
    window.solver.verdict_ready.connect(lambda i: on_verdict("solution", i))
    deadline = time.monotonic() + 60  # the app's warm-up, as a user waits at the editor
    while (not (getattr(window, "warmed_up", True) and getattr(window, "backend_ready", True))
           and time.monotonic() < deadline):
        app.processEvents()
        time.sleep(0.01)
    window.editor.set_text(problem)
    t0 = time.perf_counter()
    meter = GapMeter()
    window.solve()
    session = window.solver.session
    limit = time.monotonic() + 60 + len(output) / 4 / rate * 3
    while time.monotonic() < limit and not (session.finished and not session.checking
                                            and not window.solver.running):
        app.processEvents()
        time.sleep(0.002)
    gap = meter.stop()
    lags = sorted(shown[k] - released[k] for k in shown if k in released)
    thinking_chars = output.find("</think>")
    print(f"\napp replay: {thinking_chars} characters of thinking at {rate:g} tok/s, "
          f"{time.perf_counter() - t0:.1f} s; {len(session.thinking)} thinking and "
          f"{len(session.steps)} solution steps; finished={session.finished}")
    if lags:
        p95 = lags[min(len(lags) - 1, int(0.95 * len(lags)))]
        print(f"step's last token -> verdict on screen: p95 {p95:.3f} s, max {lags[-1]:.3f} s "
              f"over {len(lags)} steps (target p95 <= 0.5 s)")
    print(f"largest GUI-thread gap while streaming: {gap * 1000:.1f} ms (target <= 50 ms)")
    window.runner.cancel_all()
    window.runner.wait(10000)
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(DEFAULT_FILE))
    parser.add_argument("--rate", type=float, default=100.0, help="tokens per second")
    parser.add_argument("--no-app", action="store_true", help="only the checker figures")
    parser.add_argument("--steps", action="store_true",
                        help="print each step with a claim that was not verified")
    args = parser.parse_args()
    path = Path(args.file)
    if not path.exists():
        print(f"no transcripts at {path}", file=sys.stderr)
        return 2
    records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    if all("steps" in rec for rec in records):
        check_student_steps(records)
        return 0
    check_transcripts(records, show_steps=args.steps)
    if not args.no_app:
        app_replay(*long_thinking(records), rate=args.rate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
