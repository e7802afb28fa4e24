"""The `sscli` console script: `sscli --help` from the registry without loading Typer or the
command tree (sscli/cli/overview.py), everything else through the Typer app."""

import sys


def main() -> None:
    """Console-script entry point."""
    if sys.argv[1:] in (["--help"], ["-h"]):
        from sscli.cli.overview import overview

        text = overview()
        if text is not None:
            try:
                sys.stdout.write(text)
                sys.stdout.flush()
            except BrokenPipeError:  # `sscli --help | head`: as Typer's help exits then
                sys.stdout = None  # nothing left to flush at exit
                sys.exit(1)
            sys.exit(0)
    from sscli.cli.app import main as run

    run()
