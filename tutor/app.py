"""Desktop app entry point (the `proof-tutor` GUI launcher)."""

from __future__ import annotations

import sys


def main() -> int:
    from tutor.storage.logs import install_excepthook, setup_logging

    try:
        # Not reading the keyring here: a locked desktop keyring would prompt at
        # start-up. tutor.storage.secrets registers the key for redaction when used.
        setup_logging(read_keyring=False)
    except OSError as exc:  # no writable log folder: run without a log file
        print(f"proof-tutor: no log file ({exc})", file=sys.stderr)
    install_excepthook()
    try:
        from tutor.ui.application import run  # type: ignore[import-not-found]
    except ModuleNotFoundError:
        from tutor.cli import build_parser

        build_parser().print_help()
        return 0
    return int(run(sys.argv))


if __name__ == "__main__":
    sys.exit(main())
