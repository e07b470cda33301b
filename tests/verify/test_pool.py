"""Bounded work: checks that blow up become `unchecked` and the pool recovers."""

from __future__ import annotations

import os
import signal
import time

import pytest

from tutor.verify.api import check_steps
from tutor.verify.check import Context
from tutor.verify.claims import RawClaim
from tutor.verify.lenient_parser import parse_lenient_expr
from tutor.verify.pool import _LENIENT_WARM_UP, CheckerPool
from tutor.verify.verdict import Verdict


@pytest.fixture(scope="module")
def pool() -> CheckerPool:
    p = CheckerPool(processes=1)
    yield p
    p.close()


def claim(lhs: str, rhs: str) -> RawClaim:
    return RawClaim(lhs, "=", rhs, f"{lhs} = {rhs}", True, True, False, True)


@pytest.mark.parametrize(
    "lhs, rhs",
    [
        (r"\left(x+y\right)^{10000}", "z"),  # expand((x+y)**10000)
        (r"2^{2^{30}}", "5"),
        (r"\sqrt{\sqrt{\sqrt{\sqrt{2+\sqrt{3}}+\sqrt{5}}+\sqrt{7}}+\sqrt{11}}", "2.3412906"),
        (r"(10^{9})!", "1"),
    ],
)
def test_pathological_claims_end_unchecked_within_the_limit(
    pool: CheckerPool, lhs: str, rhs: str
) -> None:
    pool.check_claims([claim("1 + 1", "2")], Context(), 5.0)  # warm the worker up
    start = time.monotonic()
    [result] = pool.check_claims([claim(lhs, rhs)], Context(), time_limit=1.0)
    assert result.verdict is not Verdict.REFUTED
    assert time.monotonic() - start < 1.0 + 0.5 + 0.3


def test_a_killed_worker_is_replaced(pool: CheckerPool) -> None:
    pool.check_claims([claim("1 + 1", "2")], Context(), 5.0)
    pid = pool.workers[0].pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while pool.workers[0].pid == pid and time.monotonic() < deadline:
        time.sleep(0.01)  # it is gone (a call racing the kill would time out, as it should)
    [result] = pool.check_claims([claim("2 + 2", "4")], Context(), 10.0)
    assert result.verdict is Verdict.VERIFIED


def test_a_hung_check_is_killed_and_the_next_one_works(pool: CheckerPool) -> None:
    # factorint of a 155-digit number runs in C-level loops for far longer than 1 s.
    slow = claim(r"\frac{d}{dx} e^{x^{x^{x^{x}}}}", r"\int e^{e^{e^{x}}} dx")
    restarts = pool.restarts
    start = time.monotonic()
    pool.check_claims([slow], Context(), time_limit=0.5)
    assert time.monotonic() - start < 0.5 + 0.5 + 0.3
    [ok] = pool.check_claims([claim("3 * 3", "9")], Context(), 10.0)
    assert ok.verdict is Verdict.VERIFIED
    assert pool.restarts >= restarts


def test_step_budget_leaves_remaining_claims_unchecked(pool: CheckerPool) -> None:
    pool.check_claims([claim("1 + 1", "2")], Context(), 5.0)
    claims = [claim(rf"\left(x+{k}\right)^{{3000}}", "y") for k in range(6)]
    start = time.monotonic()
    results = pool.check_claims(claims, Context(), time_limit=1.0)
    assert len(results) == 6
    assert time.monotonic() - start < 1.0 + 0.5 + 0.3
    assert all(r.verdict is not Verdict.REFUTED for r in results)


def test_arithmetic_is_checked_before_algebra_that_runs_long(pool: CheckerPool) -> None:
    pool.check_claims([claim("1 + 1", "2")], Context(), 5.0)
    slow = [claim(r"\frac{d}{dx} e^{x^{x^{x^{x}}}}", r"\int e^{e^{e^{x}}} dx")]
    slip = claim(r"\frac{36}{4} + 2", "12")
    results = pool.check_claims([*slow, slip, claim("7 \\cdot 8", "56")], Context(),
                                time_limit=1.0)
    assert [r.claim for r in results][-2:] == ["\\frac{36}{4} + 2 = 12", "7 \\cdot 8 = 56"]
    assert results[-2].verdict is Verdict.REFUTED
    assert results[-1].verdict is Verdict.VERIFIED


def test_check_steps_with_explicit_pool(pool: CheckerPool) -> None:
    [v] = check_steps("", ["So 6 * 7 = 42."], pool=pool)
    assert v.verdict is Verdict.VERIFIED


def test_every_side_of_the_parser_warm_up_is_read() -> None:
    """The warm-up builds the broad parser's tables by reading one side of each common form;
    a side it refuses warms little, so each must be read."""
    assert [side for side in _LENIENT_WARM_UP if parse_lenient_expr(side) is None] == []
