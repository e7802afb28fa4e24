"""`sscli verify artifact` without Typer, for the invocations a deploy gate makes.

Importing Typer and building the command tree costs about as much as the gate's own work on
one artifact. This reads the arguments of the common case (files, --policy, --format, --output,
--db, --attestations, --vault, --summary, --trusted-root) as sscli/cli/plainargs.py reads a
plain command line, exactly as Typer would, and runs the gate (sscli/cli/gate.py); anything
else returns None and the command goes through Typer, which gives it its own handling and its
own error messages.
tests/cli/test_quickgate.py checks these readings against Typer's.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

from sscli.cli.plainargs import Form, path, read

_FORM = Form(
    command=("verify", "artifact"),
    options={"--policy": "policy", "--output": "output", "-o": "output", "--db": "db",
             "--vault": "vault", "--summary": "summary", "--trusted-root": "trusted_root",
             "--attestations": "attestations", "--format": "fmt"},
    repeatable=frozenset(("trusted_root", "attestations")),
    environment={"SSCLI_VULNDB": "db"},
)  # fmt: skip
_PATHS = frozenset(("policy", "output", "db", "vault", "summary"))
_FORMATS = ("text", "json", "markdown")


def parse(arguments: Sequence[str], environ: Mapping[str, str]) -> dict[str, Any] | None:
    """The keywords of `verify_artifacts` (and `state_dir`) that Typer would give for
    `sscli [--state-dir DIR] verify artifact ARGUMENTS`, or None where this reading is not
    sure to match."""
    reading = read(arguments, environ, _FORM)
    if reading is None or not reading.positional or "policy" not in reading.values:
        return None
    found: dict[str, Any] = {"artifacts": reading.positional}
    for keyword, value in reading.values.items():
        found[keyword] = path(value) if keyword in _PATHS else value
    found["trusted_root"] = [path(value) for value in reading.lists.get("trusted_root", ())]
    if "attestations" in reading.lists:
        found["attestations"] = reading.lists["attestations"]
    if not found["trusted_root"]:
        del found["trusted_root"]
    if reading.state_dir is not None:
        found["state_dir"] = path(reading.state_dir)
    if "fmt" in found:
        if found["fmt"] not in _FORMATS:
            return None
        from sscli.cli.gate import ReportFormat

        found["fmt"] = ReportFormat(found["fmt"])
    if any(value is None for value in found.values()) or None in found.get("trusted_root", ()):
        return None  # a path Typer would refuse
    return found


def run(arguments: Sequence[str]) -> None:
    """Run `sscli ARGUMENTS` (the gate) and exit, when `parse` reads them; else return."""
    found = parse(arguments, os.environ)
    if found is None:
        return
    from sscli.cli import context
    from sscli.cli.failure import run_command
    from sscli.cli.gate import verify_artifacts

    state_dir = found.pop("state_dir", None)
    if state_dir is not None:
        context.STATE_DIR = state_dir
    run_command(lambda: 0 if verify_artifacts(**found) else 1)
