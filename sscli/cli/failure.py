"""How a command's failure reaches people: the error's message and hints on stderr, and its
exit code (shared by the Typer app and the commands' fast paths, without Typer)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import NoReturn

from sscli.errors import ExitCode, InputError, SscliError


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


def run_command(call: Callable[[], int]) -> NoReturn:
    """Run a command's body outside Typer and exit as the Typer app would: its exit code, an
    `SscliError`'s message and code, 130 for ^C, an input error for a hostile nesting depth,
    1 when stdout is a closed pipe."""
    try:
        code = call()
    except SscliError as error:
        report(error)
        sys.exit(int(error.exit_code))
    except KeyboardInterrupt:
        print_error("interrupted")
        sys.exit(130)
    except RecursionError as error:  # a hostile, absurdly nested document in some parser
        report(InputError(f"input nested too deeply to process ({error})"))
        sys.exit(int(ExitCode.INPUT))
    except BrokenPipeError:  # `sscli scan ... | head`: as Click exits then
        sys.stdout = None  # nothing left to flush at exit
        sys.exit(1)
    sys.exit(code)
