"""Entry point: `python main.py` opens the app; `python main.py COMMAND ...` runs the CLI."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Worker processes (maths rendering, PDF export, solves) are "spawn"/"forkserver"
    # children: in a frozen build they re-run this executable, which must hand them to
    # multiprocessing instead of treating their arguments as a command.
    multiprocessing.freeze_support()
    if len(sys.argv) > 1:
        from tutor.cli import main as cli_main

        sys.exit(cli_main())
    from tutor.app import main as app_main

    sys.exit(app_main())
