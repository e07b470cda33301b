"""Entry point: `python main.py` opens the app; `python main.py COMMAND ...` runs the CLI."""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1:
        from tutor.cli import main as cli_main

        sys.exit(cli_main())
    from tutor.app import main as app_main

    sys.exit(app_main())
