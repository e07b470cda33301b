"""`equivalent` in a child process with a hard time and memory limit.

`answers.equivalent` bounds itself with SIGALRM, which only works on the main
thread; in a worker thread (the app's "Check answer", consensus voting) only its
size guard applies, and math-verify has been seen to run for a minute on a
fuzzed pair. Callers off the main thread use `equivalent_bounded`: the same
function, run in a `tutor.workers.BoundedWorker` whose child runs it on its own
main thread, killed and replaced if it is still busy past the limit.
"""

from __future__ import annotations

import threading

from tutor.workers import BoundedWorker, LimitError

TIME_LIMIT = 5.0  # seconds per comparison, the child's own deadline included
MEMORY_MB = 1536
_lock = threading.Lock()
_worker: BoundedWorker | None = None


def answer_worker() -> BoundedWorker:
    """The shared child that compares answers (started on first use)."""
    global _worker
    with _lock:
        if _worker is None:
            _worker = BoundedWorker(memory_mb=MEMORY_MB, name="answers",
                                    warm="tutor.verify.answers:warm_up")
        return _worker


def equivalent_bounded(gold: str, pred: str, *, timeout: float = 2.0,
                       approximate: bool = False) -> bool:
    """`answers.equivalent(gold, pred)`, never longer than `timeout` + about a second.

    Anything over a limit, or a dead child, is "not equivalent", like any other
    answer the checker cannot confirm.
    """
    if not isinstance(gold, str) or not isinstance(pred, str):
        return False
    seconds = min(timeout, TIME_LIMIT)
    try:
        return bool(answer_worker().call("tutor.verify.answers:equivalent", gold, pred,
                                         timeout=seconds, approximate=approximate,
                                         time_limit=seconds + 0.5))
    except LimitError:
        return False


def compare_bounded(reference: str, stated: str, *, timeout: float = 2.0) -> str:
    """`answer_compare.compare` in the bounded child: "same", "approximate",
    "different" or "unknown" (also for anything over a limit)."""
    if not isinstance(reference, str) or not isinstance(stated, str):
        return "unknown"
    seconds = min(timeout, TIME_LIMIT)
    try:
        result = answer_worker().call("tutor.verify.answer_compare:compare", reference, stated,
                                      timeout=seconds, time_limit=seconds + 0.5)
    except LimitError:
        return "unknown"
    return result if result in ("same", "approximate", "different") else "unknown"


__all__ = ["answer_worker", "compare_bounded", "equivalent_bounded"]
