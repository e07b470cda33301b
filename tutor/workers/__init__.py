"""Run a function in a child process under a time limit and a memory limit.

Drawing maths and writing PDFs run matplotlib on text that a user typed or a model
wrote, and some formulas take mathtext minutes or gigabytes. A `BoundedWorker` is one
long-lived child process that runs calls one at a time. The child caps its address
space (RLIMIT_AS: a blow-up is a MemoryError, after which the child is replaced to
start on a clean heap) and stops a call with SIGALRM at the time limit; code deaf to
the signal (long C calls) is killed by the parent `KILL_GRACE` seconds later. A child
that is killed or dies is replaced at once, so the next one warms up in the background
(with `standby`, a spare that is already warm takes over). A call can be cancelled from
another thread (`cancel()`, or a `should_stop` it polls): its child is killed and
replaced, and the call raises WorkerCancelled within about 10 ms. A `WorkerPool` is N
such workers sharing one warm spare; the checker (`tutor.verify.pool`), the built-in
solver (`tutor.reasoning.symbolic.runner`), drawing, PDF export and answer comparison
all run through this one sandbox.

Children come from multiprocessing's "spawn" context (a new interpreter, never a fork
of a process that may run Qt threads) and import only this Qt-free package, `preload`
and each call's target, named "package.module:function" so that the caller need not
import what only the child runs (matplotlib, for instance).
"""

from tutor.workers.child import STARTUP_LIMIT, report
from tutor.workers.pool import WorkerPool
from tutor.workers.process import (
    LimitError,
    WorkerCancelled,
    WorkerDied,
    WorkerOutOfMemory,
    WorkerTimeout,
    start_without_main,
)
from tutor.workers.worker import KILL_GRACE, BoundedWorker

__all__ = [
    "KILL_GRACE", "STARTUP_LIMIT", "BoundedWorker", "LimitError", "WorkerCancelled",
    "WorkerDied", "WorkerOutOfMemory", "WorkerPool", "WorkerTimeout", "report",
    "start_without_main",
]
