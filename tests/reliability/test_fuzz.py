"""Hostile and generated text at every entry point that takes untrusted input.

For each entry point: nothing the text says is ever executed (a canary file that the
payloads would create stays absent), nothing raises except what the entry point
documents (parse_strict: ParseError; load_problem_set: ProblemSetError), and every
call returns within a bound. bench/fuzz.py runs the same properties for longer.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.append(str(Path(__file__).resolve().parents[2] / "bench"))

import fuzz_json  # noqa: E402
import fuzz_strategies as fz  # noqa: E402

from tutor.problems.loaders import ProblemSetError, load_problem_set  # noqa: E402
from tutor.verify.pool import CheckerPool  # noqa: E402

STEP_LIMIT = 1.0  # the pool's per-step time limit in these tests
IN_PROCESS_BOUND = 5.0  # seconds per call for entry points that run in this process
POOL_BOUND = STEP_LIMIT + 1.0  # per checked step: the pool's limit + 1 s
SLACK = 1.0  # per call to the checker: claim extraction and pipes on a loaded machine
SOLVE_LIMIT = 2.0
CHEAP = [
    "read_records",
    "read_json",
    "cli_options",
    "load_inputs",
    "parse_strict",
    "parse_lenient_expr",
    "find_segments",
    "extract_claims",
    "answers",
    "StepSplitter",
    "ThinkSplitter",
    "load_problem_set",
]
FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def pool() -> Iterator[CheckerPool]:
    p = CheckerPool(processes=1)
    p.warm_up()
    yield p
    p.close()


@pytest.fixture(scope="module")
def canary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("canary") / "CANARY"


@pytest.fixture(scope="module")
def entry_points(
    pool: CheckerPool, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, fz.Target]:
    return fz.targets(pool, tmp_path_factory.mktemp("files"), step_limit=STEP_LIMIT)


def _run(name: str, target: fz.Target, text: str, canary: Path, bound: float) -> None:
    start = time.perf_counter()
    try:
        target(text)
    except Exception as exc:
        if not fz.known_bug(name, exc):
            raise
    elapsed = time.perf_counter() - start
    assert not canary.exists(), f"{name} executed code from {text!r}"
    assert elapsed < bound, f"{name} took {elapsed:.1f} s (bound {bound} s) on {text!r}"


@pytest.mark.parametrize("name", CHEAP)
@settings(FUZZ, max_examples=100)
@given(data=st.data())
def test_in_process_entry_points_survive_hostile_text(
    name: str, data: st.DataObject, entry_points: dict[str, fz.Target], canary: Path
) -> None:
    text = data.draw(fz.strategy_for(name, canary), label="text")
    _run(name, entry_points[name], text, canary, IN_PROCESS_BOUND)


@pytest.mark.parametrize("name", ["check_steps", "check_step"])
@settings(FUZZ, max_examples=25)
@given(data=st.data())
def test_checker_survives_hostile_steps(
    name: str, data: st.DataObject, entry_points: dict[str, fz.Target], canary: Path
) -> None:
    text = data.draw(fz.texts(canary), label="text")
    steps = 2 if name == "check_steps" else 1
    _run(name, entry_points[name], text, canary, steps * POOL_BOUND + SLACK)


def test_every_hostile_payload_at_every_entry_point(
    entry_points: dict[str, fz.Target], canary: Path
) -> None:
    """The payload list in full, not left to the generator's choice."""
    for text in fz.hostile_payloads(canary):
        for name in CHEAP:
            _run(name, entry_points[name], text, canary, IN_PROCESS_BOUND)
        _run("check_step", entry_points["check_step"], text, canary, POOL_BOUND + SLACK)


def test_every_json_bomb_at_every_json_reader(entry_points: dict[str, fz.Target],
                                              canary: Path) -> None:
    """Issue 15: deep nesting and 5000-digit numbers, in full, at each JSON reader."""
    for text in fuzz_json.JSON_BOMBS:
        for name in (*fuzz_json.JSON_ENTRIES, "load_problem_set"):
            _run(name, entry_points[name], text, canary, IN_PROCESS_BOUND)


def test_canary_detects_execution(canary: Path) -> None:
    """The canary check is live: running a payload for real does create the file."""
    import subprocess

    payload = fz.hostile_payloads(canary)[0]
    subprocess.run([sys.executable, "-c", payload], check=True)
    assert canary.exists()
    canary.unlink()


@pytest.fixture(scope="module")
def warm_solver() -> None:
    """Start the solver's process server outside the timed calls."""
    fz.solve_target(30.0)("Solve 2x + 3 = 11")


@settings(FUZZ, max_examples=5)
@given(data=st.data())
def test_symbolic_solver_survives_hostile_problems(
    data: st.DataObject, canary: Path, warm_solver: None
) -> None:
    text = data.draw(fz.texts(canary), label="problem")
    _run("solve_problem", fz.solve_target(SOLVE_LIMIT), text, canary, SOLVE_LIMIT + 1.5)


@settings(FUZZ, max_examples=40)
@given(raw=st.binary(max_size=300), suffix=st.sampled_from([".json", ".jsonl", ".md"]))
def test_loader_rejects_arbitrary_bytes_cleanly(
    raw: bytes, suffix: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.getbasetemp() / f"bytes{suffix}"
    path.write_bytes(raw)
    try:
        problem_set = load_problem_set(path)
    except ProblemSetError as exc:
        assert path.name in str(exc)
    else:
        assert problem_set.problems


def test_deeply_nested_json_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 5000 + "]" * 5000)
    with pytest.raises(ProblemSetError, match="deep.json"):
        load_problem_set(path)


def test_huge_integer_json_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    path.write_text('{"problem": "x", "answer": ' + "9" * 5000 + "}\n")
    with pytest.raises(ProblemSetError, match="huge.jsonl"):
        load_problem_set(path)
