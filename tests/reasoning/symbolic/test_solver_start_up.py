"""The solver's start-up is not the solve's time: a first solve on a machine slow to
start the solver (SymPy and every reader imported in a fresh child: 3-6 s on a quiet
machine, 20-30 s on a loaded one) is answered, not given up at the solve's time limit.
A solve that is slow itself still gives up."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tutor.reasoning.symbolic import runner
from tutor.workers import WorkerPool

START_UP = 6.0  # seconds the solver's start-up takes here, on any machine
LIMIT = 3.0  # the solve's own time: ample for a linear equation, less than the start-up


def slow_start_up() -> None:
    """The child's warm-up, made slow as on a loaded machine (runs in the child)."""
    time.sleep(START_UP)


@pytest.fixture
def slow_solver(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The solver's own pool, never started, whose start-up takes `START_UP` seconds."""
    pool = WorkerPool(1, memory_mb=runner.MEMORY_LIMIT_MB, name="slow-start-solver",
                      preload=("tutor.reasoning.symbolic.engine",
                               "tutor.reasoning.symbolic.warm"),
                      warm=f"{__name__}:slow_start_up", standby=False)
    monkeypatch.setattr(runner, "_pool", pool)
    yield
    pool.close()


def test_a_slow_start_up_is_not_a_give_up(slow_solver: None) -> None:
    sol = runner.solve_problem("Solve 3x - 5 = 16 for x.", time_limit=LIMIT)
    assert (sol.kind, sol.answer) == ("solved", "7"), sol.declined
    assert sol.seconds > START_UP  # the start-up was waited for, not counted


def test_after_a_slow_start_up_a_slow_solve_still_gives_up(slow_solver: None) -> None:
    sol = runner.solve_problem("Expand $(a+b+c+d+1)^{40}$.", time_limit=1.0)
    assert sol.kind == "timeout" and "gave up after 1 s" in (sol.declined or "")
