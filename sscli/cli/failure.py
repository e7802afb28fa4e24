"""How a command's failure reaches people: an `SscliError` as its message and hints on stderr
and its exit code, without a traceback (unless --debug), an interrupt as exit 130, a closed
stdout pipe as exit 1. The Typer app (sscli/cli/app.py) and the commands' fast paths without
Typer (fastscan, quickgate) share it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import NoReturn, TypeVar

from sscli.errors import ExitCode, InputError, SscliError

T = TypeVar("T")


def guarded(call: Callable[[], T], *, debug: Callable[[], bool] = lambda: False) -> T:
    """`call()`, its failures reported (and the process exited) as every command's are;
    `debug()` (asked after the call: --debug is read during it) adds the traceback."""
    try:
        return call()
    except SscliError as error:
        report(error, debug=debug())
        sys.exit(int(error.exit_code))
    except KeyboardInterrupt:
        print_error("interrupted")
        sys.exit(130)
    except RecursionError as error:  # a hostile, absurdly nested document in some parser
        report(InputError(f"input nested too deeply to process ({error})"), debug=debug())
        sys.exit(int(ExitCode.INPUT))


def run_command(call: Callable[[], int]) -> NoReturn:
    """Run a command's body outside Typer and exit as the Typer app would: its exit code, or
    as `guarded` says, or 1 when stdout is a closed pipe (`sscli scan ... | head`, as Click
    exits then)."""
    try:
        code = guarded(call)
    except BrokenPipeError:
        sys.stdout = None  # nothing left to flush at exit
        sys.exit(1)
    sys.exit(code)


def report(error: SscliError, *, debug: bool = False) -> None:
    """`error`'s diagnostics on stderr (its traceback first with --debug)."""
    if debug:
        import traceback

        traceback.print_exception(error)
    from sscli.cli.output import say_parts

    lines = error.diagnostics().splitlines()
    say_parts(("error:", "bold red"), (f" {lines[0]}", None))
    for line in lines[1:]:
        say_parts((f"  {line}", None))


def print_error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
