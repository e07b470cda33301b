"""Issue 15 cases for bench/reliability.py: hostile files, option values and limits at
the command line, each run as `python -m tutor ...` would be, in a fresh process.

Each case is held when the command answers as promised (exit code, an `error: ...`
message, or the right output), prints no traceback, and ends within its limit + 1 s;
each prints its wall time and the command process's own peak RSS (its worker children
are bounded on their own). Also: the checker on one step of "7 ÷ 2 = 3 R 1, " repeated
to a few MB (issue 15 item 2: within the 2 s step limit + 1 s).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARGIN = 1.0  # seconds over a limit that still count as within it
START_LIMIT = 8.0  # an interpreter that imports the CLI and says "error: ..."
# This process's own peak RSS on stderr: VmHWM, since ru_maxrss carries the parent's
# peak across fork and exec on Linux (every case would show the bench's own size).
PRINT_RSS = """
try:
    kb = next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM'))
except OSError:
    import resource
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print('maxrss_kb', kb, file=sys.stderr)
"""
# The command in-process, then its peak RSS.
WITH_RSS = "import sys\nfrom tutor.cli import main\nrc = main(sys.argv[1:])\n" + PRINT_RSS + (
    "sys.exit(rc)\n")
DEEP = "[" * 100_000 + "]" * 100_000
LONG_INT = "1" * 5000


@dataclass
class Case:
    category: str
    name: str
    argv: list[str]
    rc: int  # the exit code promised
    limit: float  # seconds, start-up included
    err: str = "error: "  # what stderr must contain ("" for nothing at all)
    out: str | None = None  # stdout, when it is promised exactly
    env: dict[str, str] = field(default_factory=dict)
    code: str = WITH_RSS  # python -c CODE ARGV...


@dataclass
class Outcome:
    case: Case
    held: bool
    seconds: float
    rss_mb: float
    traceback: bool
    note: str = ""


def run_case(case: Case) -> Outcome:
    env = {**os.environ, **case.env}
    start = time.monotonic()
    try:
        proc = subprocess.run([sys.executable, "-c", case.code, *case.argv], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=case.limit + 60)
    except subprocess.TimeoutExpired:
        return Outcome(case, False, time.monotonic() - start, 0.0, False, "killed: no answer")
    seconds = time.monotonic() - start
    err_lines = proc.stderr.splitlines()
    rss = [int(line.split()[1]) for line in err_lines if line.startswith("maxrss_kb ")]
    stderr = "\n".join(line for line in err_lines if not line.startswith("maxrss_kb "))
    traceback = "Traceback" in proc.stderr
    problems = []
    if proc.returncode != case.rc:
        problems.append(f"exit {proc.returncode}, promised {case.rc}")
    if case.err and case.err not in stderr or not case.err and stderr.strip():
        problems.append(f"stderr {stderr.strip()[-160:]!r}")
    if case.out is not None and proc.stdout != case.out:
        problems.append(f"stdout {proc.stdout[:80]!r}")
    if seconds > case.limit + MARGIN:
        problems.append(f"{seconds:.1f} s > {case.limit:g} s + {MARGIN:g}")
    held = not problems and not traceback
    return Outcome(case, held, seconds, (rss[0] / 1024) if rss else 0.0, traceback,
                   "; ".join(problems))


def _write(folder: Path, name: str, content: str | bytes) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def _equiv_baseline() -> float:
    """Seconds for `equiv 1 1`: interpreter, CLI and the answer child's start-up."""
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "tutor", "equiv", "1", "1"], cwd=ROOT,
                   capture_output=True, timeout=120)
    return time.monotonic() - start


def cases(work: Path) -> list[Case]:
    """Every command-line case of issue 15 items 5, 6, 7 and 9."""
    deep = _write(work, "deep.jsonl", DEEP + "\n")
    long_int = _write(work, "long_int.jsonl", '{"id": ' + LONG_INT + ', "steps": ["1=1"]}\n')
    array = _write(work, "deep.json", DEEP)
    hostile = "hostile files"
    out: list[Case] = []
    for label, path in (("nested 100k", deep), ("5000-digit int", long_int)):
        out += [Case(hostile, f"check-steps, {label}", ["check-steps", path], 2, START_LIMIT),
                Case(hostile, f"equiv --jsonl, {label}", ["equiv", "--jsonl", path], 2,
                     START_LIMIT),
                Case(hostile, f"solve-set, {label}", ["solve-set", path], 2, START_LIMIT)]
    out += [Case(hostile, "check-steps, nested JSON array", ["check-steps", array], 2,
                 START_LIMIT),
            Case(hostile, "check-steps /dev/zero", ["check-steps", "/dev/zero"], 2,
                 START_LIMIT, err="too large"),
            Case(hostile, "export, nested problem set", ["export", array, "--pdf",
                 str(work / "x.pdf")], 2, START_LIMIT)]
    long = str(work / ("a" * 300))  # over NAME_MAX: Path.exists() raises, not False
    out += [Case(hostile, "check-steps, a path too long", ["check-steps", long + ".jsonl"], 2,
                 START_LIMIT),
            Case(hostile, "models add, a path too long", ["models", "add", long + ".gguf"], 2,
                 START_LIMIT),
            Case(hostile, "export, a PDF name too long (before solving)",
                 ["export", _write(work, "p.txt", "Solve $x + 1 = 2$."), "--pdf",
                  str(work / ("n" * 252 + ".pdf"))], 2, START_LIMIT, err="longer than")]
    out += _model_cases(work)
    out += _option_cases()
    baseline = _equiv_baseline()
    out.append(Case("equiv bounded", f"equiv --timeout 0.5 eye(20000) (limit: 'equiv 1 1' "
                    f"took {baseline:.1f} s, + 0.5 s + 0.5 s to kill)",
                    ["equiv", "--timeout", "0.5", "\\operatorname{eye}(20000)", "1"], 0,
                    baseline + 0.5 + 0.5, err="", out="false\n"))
    pairs = _write(work, "eyes.jsonl", "\n".join(
        json.dumps({"gold": f"\\operatorname{{eye}}({n})", "pred": "1"}) for n in (3000, 20000)))
    out.append(Case("equiv bounded", "equiv --jsonl, two huge matrices",
                    ["equiv", "--timeout", "0.5", "--jsonl", pairs], 0,
                    baseline + 2 * (0.5 + 0.5) + baseline, err=""))
    out += _export_cases(work)
    return out


def _model_cases(work: Path) -> list[Case]:
    from tutor.reasoning.gguf import smollm2_gguf

    models = "models and settings"
    loop = work / "loop.gguf"
    if not loop.is_symlink():
        loop.symlink_to(work / "loop2.gguf")
        (work / "loop2.gguf").symlink_to(loop)
    out = [Case(models, "models add, symlink loop", ["models", "add", str(loop)], 2,
                START_LIMIT, env={"PROOF_TUTOR_HOME": str(work / "home-loop")})]
    for label, content in (("nested", DEEP.encode()), ("not UTF-8", b'[{"path": "\xff"}]')):
        home = work / f"home-{label.replace(' ', '-')}"
        _write(home, "data/local_models.json", content)
        _write(home, "config/settings.json", content)
        out.append(Case(models, f"models list, {label} local_models.json", ["models", "list"],
                        2, START_LIMIT, env={"PROOF_TUTOR_HOME": str(home)}))
        out.append(Case(models, f"settings at start-up, {label} settings.json", [], 0,
                        START_LIMIT, err="", env={"PROOF_TUTOR_HOME": str(home)},
                        code="from tutor.storage.settings import load_settings; "
                             "assert load_settings().load_problems"))
    model = smollm2_gguf()
    if model is not None:
        home = work / "home-file"
        _write(home, "data", "a file where the data folder should be")
        out.append(Case(models, "models add, unusable data folder", ["models", "add",
                        str(model)], 2, START_LIMIT, err="data folder",
                        env={"PROOF_TUTOR_HOME": str(home)}))
    return out


def _option_cases() -> list[Case]:
    out = []
    commands = {"check-steps": ["check-steps", "--text", "1 + 1 = 2", "--time-limit"],
                "solve-set": ["solve-set", "x.jsonl", "--time-limit"],
                "export": ["export", "x.txt", "--pdf", "x.pdf", "--export-time-limit"],
                "equiv": ["equiv", "1", "1", "--timeout"]}
    for name, argv in commands.items():
        for value in ("inf", "1e300", "nan", "-1"):
            out.append(Case("option values", f"{name} {argv[-1]} {value}", [*argv, value], 2,
                            START_LIMIT, err="error: argument --"))
    out.append(Case("option values", "check-steps --jobs 100000 (capped at the cores)",
                    ["check-steps", "--text", "1 + 1 = 2", "--jobs", "100000"], 0, 60.0, err=""))
    return out


def _export_cases(work: Path) -> list[Case]:
    export = "export"
    huge = _write(work, "huge.md", "".join(f"# {i}\nx\n" for i in range(400_000)))
    one = _write(work, "one.txt", "Solve $2x + 3 = 11$ for $x$.")
    locked = work / "locked"
    locked.mkdir(exist_ok=True)
    locked.chmod(0o555)
    try:
        (locked / "probe").touch()
        (locked / "probe").unlink()
        locked = Path("/sys")  # root with CAP_DAC_OVERRIDE: sysfs refuses new files anyway
    except PermissionError:
        pass
    return [
        Case(export, "1,000,000-line Markdown set (4 MB)", ["export", huge, "--pdf",
             str(work / "huge.pdf")], 2, START_LIMIT, err="more than 1000 problems"),
        Case(export, "read-only destination, before solving", ["export", one, "--pdf",
             str(locked / "o.pdf")], 2, START_LIMIT, err="cannot write there"),
        Case(export, "249-character name, --quiet: nothing on stderr",
             ["export", one, "--quiet", "--pdf", str(work / ("n" * 245 + ".pdf"))], 0, 120.0,
             err=""),
    ]


def quadratic_step_case(megabytes: float = 3.0) -> Outcome:
    """Issue 15 item 2 (the checker's fix): one step of "7 ÷ 2 = 3 R 1, " repeated."""
    limit = 2.0
    code = ("import sys, time\nfrom tutor.verify.api import check_steps\n"
            "from tutor.verify.pool import CheckerPool\npool = CheckerPool(processes=1)\n"
            "pool.warm_up()\nstep = '7 ÷ 2 = 3 R 1, ' * int(sys.argv[1])\nt = time.monotonic()\n"
            f"check_steps('Divide 7 by 2.', [step], time_limit={limit}, pool=pool)\n"
            "print('seconds', time.monotonic() - t)\npool.close()\n" + PRINT_RSS)
    repeats = int(megabytes * 1024 * 1024 / len("7 ÷ 2 = 3 R 1, ".encode()))
    case = Case("step checks", f"'7 ÷ 2 = 3 R 1, ' x {repeats:,} ({megabytes:g} MB)",
                [str(repeats)], 0, limit, err="", code=code)
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code, str(repeats)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    wall = time.monotonic() - start
    seconds = next((float(line.split()[1]) for line in proc.stdout.splitlines()
                    if line.startswith("seconds ")), wall)
    rss = [int(line.split()[1]) for line in proc.stderr.splitlines()
           if line.startswith("maxrss_kb ")]
    traceback = "Traceback" in proc.stderr
    held = proc.returncode == 0 and not traceback and seconds <= limit + MARGIN
    note = "" if held else f"exit {proc.returncode}, {seconds:.1f} s (limit {limit:g} s + 1)"
    return Outcome(case, held, seconds, rss[0] / 1024 if rss else 0.0, traceback, note)


def run_all(work: Path, progress: Callable[[str], None] | None = None,
            step_megabytes: float = 3.0) -> list[Outcome]:
    outcomes = []
    for case in cases(work):
        outcome = run_case(case)
        outcomes.append(outcome)
        if progress:
            progress(f"  {case.category}: {case.name}: {'held' if outcome.held else 'BROKE'}, "
                     f"{outcome.seconds:.2f} s, {outcome.rss_mb:.0f} MB {outcome.note}")
    outcomes.append(quadratic_step_case(step_megabytes))
    (work / "locked").chmod(0o755)
    return outcomes
