"""The built-in solver and the checker run in tutor.workers: real SymPy, real processes."""

from __future__ import annotations

import threading
import time

from tutor.reasoning.symbolic import runner, solve_problem
from tutor.verify.check import Context
from tutor.verify.claims import RawClaim
from tutor.verify.pool import CheckerPool
from tutor.verify.verdict import Verdict

MARGIN = 1.0  # seconds for pipes and process bookkeeping on a loaded machine
LONG = "Expand $(x+y)^{10000}$."  # seconds of work inside SymPy


def test_a_solve_cancelled_from_another_thread_ends_at_once_and_the_next_is_right() -> None:
    runner.warm_up()
    stop = threading.Event()
    pressed: list[float] = []

    def press_stop() -> None:
        pressed.append(time.perf_counter())
        stop.set()

    threading.Timer(0.5, press_stop).start()
    solution = solve_problem(LONG, time_limit=30.0, should_stop=stop.is_set)
    assert solution.kind == "cancelled" and solution.answer is None
    assert time.perf_counter() - pressed[0] < MARGIN
    assert solve_problem("Solve $5x - 4 = 21$.", time_limit=30.0).answer == "5"


def test_a_solve_over_its_time_limit_gives_up_and_the_solver_goes_on() -> None:
    start = time.perf_counter()
    solution = solve_problem(LONG, time_limit=1.0)
    assert solution.kind == "timeout" and "gave up" in (solution.declined or "")
    assert time.perf_counter() - start < 1.0 + MARGIN
    assert solve_problem("Compute $7 \\cdot 8$.", time_limit=30.0).answer == "56"


def test_concurrent_solves_each_get_their_own_answer() -> None:
    problems = {f"Solve $x + {n} = {2 * n + 1}$.": str(n + 1) for n in range(6)}
    answers: dict[str, str | None] = {}

    def solve(text: str) -> None:
        answers[text] = solve_problem(text, time_limit=30.0).answer

    threads = [threading.Thread(target=solve, args=(p,)) for p in problems]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert answers == problems


def test_the_checker_pool_checks_in_order_on_its_worker() -> None:
    pool = CheckerPool(processes=1)
    try:
        claims = [RawClaim(f"{n} \\cdot 3", "=", str(3 * n + (n == 4)), f"{n}*3", True, True,
                           False, True) for n in range(8)]
        results = pool.check_claims(claims, Context(), time_limit=30.0)
        assert [r.claim for r in results] == [c.source for c in claims]
        assert [r.verdict for r in results] == [
            Verdict.REFUTED if n == 4 else Verdict.VERIFIED for n in range(8)]
    finally:
        pool.close()
