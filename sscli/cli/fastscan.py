"""`sscli scan` without Typer for the plain forms CI runs (`sscli scan LOCK --db DB --format
json -o out.json`): importing Typer and Click and building the command cost more than a
1,000-pin scan's matching. `parse` takes only what sscli/cli/plainargs.py reads plainly and no
selection option, and returns None for anything else, which the Typer app then parses, errors
included; tests/cli/test_fastscan.py checks that every form it takes gives the command exactly
the values Typer gives it."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sscli.cli.plainargs import Form, path, read

if TYPE_CHECKING:
    from sscli.inventory.selection import Selection

_FORM = Form(
    command=("scan",),
    options={"--python": "python", "--service": "service", "--service-url": "service_url",
             "--format": "fmt", "--fail-on": "fail_on", "--vex": "vex", "--output": "outputs",
             "-o": "outputs", "--db": "db"},
    repeatable=frozenset(("vex", "outputs")),
    flags={"--require-fresh-db": "require_fresh_db", "--wide": "wide"},
    environment={"SSCLI_SCAN_SERVICE_URL": "service_url", "SSCLI_VULNDB": "db"},
)  # fmt: skip
_PATHS = frozenset(("python", "db"))
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
    reading = read(["scan", *arguments], environ, _FORM)
    if reading is None or len(reading.positional) > 1:
        return None
    values = dict(_DEFAULTS)
    values.update(reading.values)
    values.update(reading.lists)
    for keyword in _PATHS & values.keys():
        if values[keyword] is not None:
            values[keyword] = path(values[keyword])
    if values["vex"] is not None:
        values["vex"] = [path(value) for value in values["vex"]]
    if None in (values["vex"] or ()) or any(
        keyword in reading.values and values[keyword] is None for keyword in _PATHS
    ):
        return None  # a path Typer would refuse
    for flag in reading.flags:
        values[flag] = True
    if reading.positional:
        values["input_path"] = path(reading.positional[0])
        if values["input_path"] is None:
            return None
    return Path(reading.state_dir or ".sscli"), values


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
