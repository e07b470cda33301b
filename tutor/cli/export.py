"""`tutor export FILE --pdf OUT.pdf`: solve, check and print a problem or a problem set.

Prints one JSON line: {"pdf": path, "pages": n, "problems": k, "solved": m}.
The PDF is drawn in a worker process under a time limit (--export-time-limit, default
10 s + 5 s a problem) and a memory limit; past either, the command prints
"error: export stopped: ..." and exits 2, leaving no file at --pdf.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from tutor.cli import UsageError
from tutor.cli.options import seconds

BACKENDS = ("symbolic",)
MAX_TIME_LIMIT = 600.0  # per problem, for the engine
MAX_EXPORT_TIME_LIMIT = 1800.0  # tutor.export.bounded.MAX_EXPORT_SECONDS


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export",
        help="solve a problem (.txt/.tex) or a problem set (.json/.jsonl/.md) into a PDF",
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    p.add_argument("source", metavar="SET_OR_PROBLEM_FILE",
                   help="a problem set (.json, .jsonl, .md) or one problem (.txt, .tex)")
    p.add_argument("--pdf", required=True, metavar="OUT.pdf", help="where to write the PDF")
    p.add_argument("--backend", choices=BACKENDS, default="symbolic",
                   help="the reasoning backend that solves the problems (default: symbolic)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="page size")
    p.add_argument("--title", default=None, help="document title (default: the set's title)")
    p.add_argument("--time-limit", type=seconds(MAX_TIME_LIMIT), default=20.0,
                   metavar="SECONDS", help="time limit per problem for the symbolic engine "
                   f"(default: 20, at most {MAX_TIME_LIMIT:g})")
    p.add_argument("--export-time-limit", type=seconds(MAX_EXPORT_TIME_LIMIT), default=None,
                   metavar="SECONDS", help="time limit for drawing the PDF (default: 10 + 5 "
                   f"per problem, at most {MAX_EXPORT_TIME_LIMIT:g})")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tutor.export import ExportStopped, export_pdf
    from tutor.export.bounded import check_destination, prestart
    from tutor.export.pipeline import InputError, load_inputs, solve_all

    out = Path(args.pdf)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"--pdf {args.pdf}: the output file must end in .pdf")
    if os.path.isdir(out):  # False, not OSError, for a name too long: reported below
        raise UsageError(f"--pdf {args.pdf}: is a folder")
    try:
        title, inputs = load_inputs(args.source)
    except InputError as exc:
        raise UsageError(str(exc)) from exc
    try:  # a read-only folder is reported now, not after every problem is solved
        check_destination(out)
    except OSError as exc:
        raise UsageError(f"--pdf {args.pdf}: cannot write there ({exc.strerror or exc})") from exc

    def progress(done: int, total: int) -> None:
        if not args.quiet:
            print(f"solved {done}/{total}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    prestart()  # the PDF worker loads matplotlib while the problems are solved
    solved = solve_all(inputs, time_limit=args.time_limit, progress=progress)
    try:
        pages = export_pdf(solved, out, paper=args.paper, title=args.title or title,
                           time_limit=args.export_time_limit)
    except ExportStopped as exc:
        raise UsageError(str(exc)) from exc
    except OSError as exc:
        raise UsageError(f"--pdf {args.pdf}: cannot write ({exc.strerror or exc})") from exc
    summary = {
        "pdf": str(out),
        "pages": pages,
        "problems": len(solved),
        "solved": sum(1 for p in solved if p.solved),
        "seconds": round(time.perf_counter() - started, 2),
    }
    print(json.dumps(summary))
    return 0
