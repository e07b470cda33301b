"""Claim checks in bounded worker processes (a `tutor.workers.WorkerPool`).

SymPy can run for ever on an innocent-looking expression, and some of that
time is spent in C code that no signal interrupts. So every check runs in a
worker process: the worker stops itself with SIGALRM at the soft limit, and the
parent kills it outright at the hard limit and a warm spare takes over. A check
that does not finish in time is `unchecked`, never a frozen app.
"""

from __future__ import annotations

import atexit
import re
import sys
import threading
import time
from collections.abc import Sequence

from tutor.verify.check import Context, check_claim
from tutor.verify.claims import RawClaim
from tutor.verify.lenient_parser import parse_lenient_expr
from tutor.verify.verdict import ClaimResult, Verdict
from tutor.workers import BoundedWorker, LimitError, WorkerOutOfMemory, WorkerPool

DEFAULT_TIME_LIMIT = 2.0
DEFAULT_MEMORY_MB = 2048
_KILL_GRACE = 0.4  # past a claim's share of the step's budget
_CHECK = "tutor.verify.pool:check_in_worker"
# The parsers work out powers of up to MAX_POWER_DIGITS digits (`(10^{2014} + 1)^4`), and
# a check writes its numbers out (messages, sampling seeds); Python refuses to write an int
# of over 4300 digits unless told. 50,000 digits take under 0.1 s to write.
_INT_DIGITS_WRITTEN = 50_000


def check_in_worker(claim: RawClaim, ctx: Context) -> ClaimResult:
    """In the worker: one claim's check; a checker bug is `unchecked`, not a dead worker."""
    sys.set_int_max_str_digits(_INT_DIGITS_WRITTEN)
    try:
        return check_claim(claim, ctx)
    except RecursionError:
        return _unchecked(claim, "too deeply nested", "limit")
    except Exception as exc:  # noqa: BLE001 - a checker bug must not kill the worker
        return _unchecked(claim, f"checker error: {exc!r}"[:200], "error")


# The broad reader's parser (ANTLR) builds its prediction tables as it meets each kind of
# input, and a kind met for the first time costs it about 0.15 s a parse; warmed up, 0.02 s.
# One side of each common kind (the letters and numbers do not matter, only the forms),
# parsed once in a new worker's warm-up, so no step pays that cost: the 50k-character
# transcript bench spent 39% of its check time in first parses.
_LENIENT_WARM_UP = (
    r"\ln(3^k + 1)", r"\frac{2}{m} \left( \ln(\ln 5) - \ln(3^m + 2) \right)", r"e^{-(3y)^k}",
    r"5e^{-(4t)^m} - e^{-t^m}", r"\sqrt{y^2 + 4}", r"\log_3 27", r"\int_1^2 t^3 \, dt",
    r"\lim_{t \to 0} \frac{\sin t}{t}", r"\sum_{j=1}^{m} j^3", r"(y + 4)(y - 5)", r"|y - 7|",
    r"a_{m} + a_{m-1} - c_1", r"[\ln 3 / (5^k + 1)]^{1/k}", r"\cos^2 \phi + \sin^2 \phi",
    r"\tan(45^\circ)", r"\frac{d}{dt} t^4", r"\binom{7}{3}", r"g(t) \cdot h(t)",
    r"\frac{\sqrt{3}}{2} \times 4", r"2\pi r^2", r"\arctan(1) + \arcsin(1/2)",
    r"(1 + 1/m)^m", r"\frac{y^2 - 16}{y - 4}", r"\log(100) - \log_{10} 5", r"3.5 \div 0.7",
)


def warm_up_worker() -> None:
    """In a new worker: import and exercise the parsers once, so the first check is fast."""
    warm = RawClaim(r"\\frac{d}{dx} x^2", "=", "2x", "warm-up", True, False, False, True)
    try:
        check_claim(warm, Context())
        for side in _LENIENT_WARM_UP:
            parse_lenient_expr(side)
    except Exception:  # noqa: BLE001, S110 - warming up is best effort
        pass


_COMMAND = re.compile(r"\\[A-Za-z]+")


def has_letters(claim: RawClaim) -> bool:
    """The claim names something (`2x + 1 = 7`), beyond numbers and LaTeX commands
    (`\\frac{12}{4} = 3`)."""
    return bool(re.search(r"[A-Za-z]", _COMMAND.sub("", claim.lhs + claim.rhs)))


def _unchecked(claim: RawClaim, reason: str, kind: str) -> ClaimResult:
    return ClaimResult(claim.source, Verdict.UNCHECKED, reason, kind)


def _check(worker: BoundedWorker, claim: RawClaim, ctx: Context, limit: float) -> ClaimResult:
    try:
        result = worker.call(_CHECK, claim, ctx, time_limit=max(limit - 0.05, 0.01),
                             hard_limit=limit + _KILL_GRACE)
    except WorkerOutOfMemory:
        return _unchecked(claim, "too much memory", "limit")
    except LimitError:  # over its time, or the worker died (it is replaced)
        return _unchecked(claim, "timed out", "timeout")
    except Exception as exc:  # noqa: BLE001 - e.g. a result that could not be pickled
        return _unchecked(claim, f"checker error: {exc!r}"[:200], "error")
    return result if isinstance(result, ClaimResult) else _unchecked(claim, "no result", "error")


class CheckerPool:
    """A fixed set of worker processes; safe to use from several threads."""

    def __init__(self, processes: int = 1, memory_mb: int = DEFAULT_MEMORY_MB) -> None:
        self._pool = WorkerPool(processes, memory_mb=memory_mb, name="checker",
                                preload=("tutor.verify.pool",),
                                warm="tutor.verify.pool:warm_up_worker")
        self._pool.start()  # they warm up in the background
        self.size = self._pool.size

    @property
    def workers(self) -> list[BoundedWorker]:
        return self._pool.workers

    def check_claims(
        self,
        claims: Sequence[RawClaim],
        ctx: Context,
        time_limit: float = DEFAULT_TIME_LIMIT,
        contexts: Sequence[Context] | None = None,
    ) -> list[ClaimResult]:
        """Check claims within one budget of `time_limit` seconds (those in numbers
        alone first; the results in the claims' order), each
        against `ctx`, or against its own entry of `contexts` when given.

        Claims left when the budget is spent are `unchecked`, so one step never
        takes more than `time_limit` plus the kill grace (a worker's start-up aside).
        """
        with self._pool.worker() as worker:
            _wait_ready(worker)
            deadline = time.monotonic() + time_limit
            results: dict[int, ClaimResult] = {}
            # Claims in numbers alone first: they are quick, and they are the ones a slip
            # is refuted in, so algebra that runs long cannot leave them unchecked.
            for index in sorted(range(len(claims)), key=lambda i: has_letters(claims[i])):
                claim = claims[index]
                claim_ctx = contexts[index] if contexts is not None else ctx
                remaining = deadline - time.monotonic()
                if remaining <= 0.05:
                    results[index] = _unchecked(claim, "timed out", "timeout")
                    continue
                restarts = worker.restarts
                results[index] = _check(worker, claim, claim_ctx, remaining)
                if worker.restarts != restarts:  # replaced: let the new one warm up first
                    _wait_ready(worker)
                    deadline = max(deadline, time.monotonic() + 0.2)
            return [results[i] for i in range(len(claims))]

    def warm_up(self) -> None:
        """Wait until every worker, and the warm spare started after them, has imported
        its libraries (so no start-up shares the CPU with the checks that follow)."""
        for worker in self._pool.workers:
            _wait_ready(worker)
        self._pool.wait_spare()

    @property
    def restarts(self) -> int:
        return self._pool.restarts

    def close(self) -> None:
        self._pool.close()


def _wait_ready(worker: BoundedWorker) -> None:
    try:
        worker.wait_ready()
    except LimitError:
        pass  # its calls say "timed out" and the next one starts a fresh worker


_default: CheckerPool | None = None
_default_lock = threading.Lock()


def default_pool() -> CheckerPool:
    """The process-wide pool (one worker), started on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = CheckerPool(processes=1)
            atexit.register(_default.close)
        return _default
