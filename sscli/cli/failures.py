"""How a command's failure reaches people: an `SscliError` as its message and exit code,
without a traceback (unless --debug), an interrupt as exit 130. The Typer app
(sscli/cli/app.py) and the gate's direct path (sscli/cli/quickgate.py) share it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

from sscli.errors import ExitCode, InputError, SscliError

T = TypeVar("T")


def guarded(call: Callable[[], T], *, debug: Callable[[], bool]) -> T:
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


def report(error: SscliError, *, debug: bool) -> None:
    if debug:
        import traceback

        traceback.print_exception(error)
    from sscli.cli.output import console, escape

    lines = error.diagnostics().splitlines()
    console().print(f"[bold red]error:[/] {escape(lines[0])}")
    for line in lines[1:]:
        console().print(f"  {escape(line)}")


def print_error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
