"""The `sscli` console script: `sscli --help` (and bare `sscli`, which prints the same help)
from the registry without loading Typer or the command tree (sscli/cli/overview.py), the
common invocations of some commands without Typer (the deploy gate: sscli/cli/quickgate.py;
a plain `sscli scan`: sscli/cli/fastscan.py; a re-ingest of an unchanged lock from its memo:
sscli/cli/quickingest.py; each returns when Typer must read the arguments), everything else
through the Typer app."""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import NoReturn


def main() -> None:
    """Console-script entry point."""
    arguments = sys.argv[1:]
    try:
        _quick(arguments)
    except SystemExit as answered:
        _leave(answered.code)
    from sscli.cli.app import main as run

    run()


def _quick(arguments: list[str]) -> None:
    """The quick answers: each exits (SystemExit) when it answered, else returns."""
    if arguments in ([], ["--help"], ["-h"]):
        from sscli.cli.overview import overview

        text = overview()
        if text is not None:
            # Bare `sscli` is a usage error (exit 2) showing the help, as Typer's
            # no_args_is_help does: without the empty line Click echoes after --help.
            _write(text if arguments else text[:-1])
            sys.exit(0 if arguments else 2)
    if "artifact" in arguments[1:4]:
        from sscli.cli.quickgate import run as gate

        gate(arguments)  # returns when Typer must read the arguments
    if arguments[:1] == ["scan"]:
        from sscli.cli.fastscan import main as scan

        scan(arguments[1:])  # exits, unless the arguments need Typer to parse them
    if "ingest" in arguments:  # a re-ingest of an unchanged lock, before Typer is loaded
        from sscli.cli.quickingest import run as quick

        code = quick(arguments)
        if code is not None:
            sys.exit(code)


def _leave(code: object) -> NoReturn:
    """End a quick answer with `code` (as `sys.exit` takes it) without the interpreter's
    teardown of every module and object, which costs a quick answer as much as a fifth of its
    run: as at a normal exit, threads are joined, atexit's callbacks run and what was printed
    is flushed first.
    Every file a quick answer writes is closed (and renamed into place) before it returns."""
    import atexit
    import os

    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): printed, exit 1
        print(code, file=sys.stderr)
        status = 1
    if "threading" in sys.modules:  # as at a normal exit: threads joined, their hooks run
        sys.modules["threading"]._shutdown()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: as Python's own exit, status 120
            status = status or 120
    os._exit(status & 0xFF)


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `sscli --help | head`: as Typer's help exits then
        sys.stdout = None  # nothing left to flush at exit
        sys.exit(1)
