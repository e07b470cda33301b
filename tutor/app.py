"""Desktop app entry point (the `proof-tutor` GUI launcher)."""

from __future__ import annotations

import sys


def main() -> int:
    try:
        from tutor.ui.application import run  # type: ignore[import-not-found]
    except ModuleNotFoundError:
        from tutor.cli import build_parser

        build_parser().print_help()
        return 0
    return int(run(sys.argv))


if __name__ == "__main__":
    sys.exit(main())
