"""Command-line interface: `python -m tutor COMMAND ...`.

Each command lives in its own module under `tutor.cli` and exposes
`register(subparsers)`, which adds a sub-parser whose `func` default takes the
parsed arguments and returns an exit code. Stdout carries only JSON/JSONL (or the
plain `true`/`false` of `equiv`); errors go to stderr with exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

COMMAND_MODULES = (
    "tutor.cli.check_steps",
    "tutor.cli.check_solution",
    "tutor.cli.equiv",
    "tutor.cli.solve",
    "tutor.cli.models",
    "tutor.cli.export",
    "tutor.cli.solve_set",
)


class UsageError(Exception):
    """Bad input from the user: printed as a message, exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tutor", description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # command not built yet
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from tutor.storage.logs import setup_logging

    try:
        setup_logging(read_keyring=False)  # keyring costs ~0.3 s; key patterns still apply
    except OSError:
        pass  # no writable log folder: the command still runs
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `tutor ... | head`: the reader left; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # else the flush at exit fails once more
        return 141  # 128 + SIGPIPE, as a shell reports it
