"""`sscli scan` without Typer for the plain forms CI runs (`sscli scan LOCK --db DB --format
json -o out.json`): importing Typer and Click and building the command cost more than a
1,000-pin scan's matching. `parse` takes only arguments whose meaning is unambiguous and
returns None for anything else (help, a selection option, `--opt=value`, a value that starts
with `-`, an environment variable it does not read itself), which the Typer app then parses,
errors included; tests/cli/test_fastscan.py checks that every form it takes gives the command
exactly the values Typer gives it."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sscli.inventory.selection import Selection

# option -> (parameter, converter, repeatable); flags have no converter
_VALUES: dict[str, tuple[str, type[Path] | type[str], bool]] = {
    "--python": ("python", Path, False),
    "--service": ("service", str, False),
    "--service-url": ("service_url", str, False),
    "--format": ("fmt", str, False),
    "--fail-on": ("fail_on", str, False),
    "--vex": ("vex", Path, True),
    "--output": ("outputs", str, True),
    "-o": ("outputs", str, True),
    "--db": ("db", Path, False),
}
_FLAGS = {"--require-fresh-db": "require_fresh_db", "--wide": "wide"}
# Variables that some option of the command or the root reads and `parse` does not
_DECLINED_ENV = ("SSCLI_DEBUG", "SSCLI_DB_MAX_AGE_DAYS", "_SSCLI_COMPLETE")
_DEFAULTS: dict[str, Any] = {
    "input_path": None,
    "python": None,
    "service": "osv-db",
    "service_url": None,
    "fmt": "table",
    "fail_on": None,
    "vex": None,
    "outputs": None,
    "db": None,
    "max_db_age": 7.0,
    "require_fresh_db": False,
    "wide": False,
}


def parse(
    arguments: Sequence[str], environ: Mapping[str, str]
) -> tuple[Path, dict[str, Any]] | None:
    """The state directory and the scan's options from the arguments after `scan`, or None
    when the Typer app should parse them."""
    if any(environ.get(name) for name in _DECLINED_ENV):
        return None
    values = dict(_DEFAULTS)
    if environ.get("SSCLI_SCAN_SERVICE_URL"):  # Click ignores an empty variable
        values["service_url"] = environ["SSCLI_SCAN_SERVICE_URL"]
    if environ.get("SSCLI_VULNDB"):
        values["db"] = Path(environ["SSCLI_VULNDB"])
    state_dir = Path(environ.get("SSCLI_STATE_DIR") or ".sscli")
    given: dict[str, list[Any]] = {}
    positional: list[str] = []
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        index += 1
        if not argument.startswith("-"):
            positional.append(argument)
        elif argument in _FLAGS:
            values[_FLAGS[argument]] = True
        elif argument in _VALUES and index < len(arguments):
            value = arguments[index]
            index += 1
            if value.startswith("-"):
                return None
            name, convert, _ = _VALUES[argument]
            given.setdefault(name, []).append(convert(value))
        else:
            return None
    if len(positional) > 1:
        return None
    for option_name, _convert, repeatable in _VALUES.values():
        if option_name in given:
            found = given[option_name]
            values[option_name] = found if repeatable else found[-1]
    if positional:
        values["input_path"] = Path(positional[0])
    return state_dir, values


def default_selection() -> Selection:
    """The selection without any selection option: what the command gets from Typer then."""
    from sscli.cli.selection_input import make_selection

    return make_selection(
        group=None, all_groups=False, extra=None, all_extras=False, package=None,
        all_packages=False, python_version=None, platform=None, universal=False,
        allow_unpinned=False,
    )  # fmt: skip


def main(arguments: Sequence[str]) -> None:
    """Run the scan and exit when `parse` takes `arguments`; return otherwise."""
    parsed = parse(arguments, os.environ)
    if parsed is None:
        return
    state_dir, values = parsed
    import gc

    from sscli.cli import context
    from sscli.cli.failure import run_command

    context.STATE_DIR = state_dir

    def call() -> int:
        from sscli.cli.scanning import run

        code = run(**values, selection=default_selection(), input_format=None)
        gc.freeze()  # the process exits now: its last collection need not walk every object
        return code

    # No cyclic collection in a process that imports, scans and exits (the scan's objects hold
    # no cycle, sscli/scan/run.py): about a tenth of a 1,000-pin scan's CPU went to it.
    enabled = gc.isenabled()
    gc.disable()
    try:
        run_command(call)
    finally:
        if enabled:  # for a caller that catches the exit (a test in its own process)
            gc.enable()
