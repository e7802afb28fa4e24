"""`sscli verify artifact` without Typer, for the invocations a deploy gate makes.

Importing Typer and building the command tree costs about as much as the gate's own work on
one artifact. This reads the arguments of the common case (files, --policy, --format, --output,
--db, --attestations, --vault, --summary, --trusted-root) exactly as Typer would and runs the
gate (sscli/cli/gate.py); anything else (another option, --help, a malformed or doubtful
argument, an environment variable of an option it does not read) returns None and the command
goes through Typer, which gives it its own handling and its own error messages.
tests/cli/test_quickgate.py checks these readings against Typer's.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

# Option names and the keyword of sscli.cli.gate.verify_artifacts they fill.
_PATHS = {"--policy": "policy", "--output": "output", "-o": "output", "--db": "db",
          "--vault": "vault", "--summary": "summary"}  # fmt: skip
_PATH_LISTS = {"--trusted-root": "trusted_root"}
_STRING_LISTS = {"--attestations": "attestations"}
_FORMATS = ("text", "json", "markdown")
# The environment variables Typer would read for this command (and the root's): these two are
# read here as Typer does; with any other set, Typer runs the command.
_READ_ENV = {"SSCLI_VULNDB": "db", "SSCLI_STATE_DIR": "state_dir"}
LEFT_TO_TYPER_ENV = ("SSCLI_DEBUG", "SSCLI_REGISTRY_USERNAME", "SSCLI_REGISTRY_PASSWORD",
                     "SSCLI_REGISTRY_TOKEN", "SSCLI_ALLOW_INSECURE_REGISTRY")  # fmt: skip


def parse(arguments: Sequence[str], environ: Mapping[str, str]) -> dict[str, Any] | None:
    """The keywords of `verify_artifacts` (and `state_dir`) that Typer would give for
    `sscli [--state-dir DIR] verify artifact ARGUMENTS`, or None where this reading is not
    sure to match."""
    if any(name in environ for name in LEFT_TO_TYPER_ENV):
        return None
    found: dict[str, Any] = {"artifacts": []}
    remaining = list(arguments)
    if remaining[:1] == ["--state-dir"] and len(remaining) > 1:
        found["state_dir"] = _path(remaining[1])
        del remaining[:2]
    elif remaining[:1] and remaining[0].startswith("--state-dir="):
        found["state_dir"] = _path(remaining.pop(0).partition("=")[2])
    if remaining[:2] != ["verify", "artifact"]:
        return None
    del remaining[:2]
    while remaining:
        argument = remaining.pop(0)
        if not argument.startswith("-"):
            found["artifacts"].append(argument)
            continue
        name, equals, value = argument.partition("=")
        if not name.startswith("--"):
            name, equals, value = argument, "", ""  # -o only as its own argument
        if not equals:
            if not remaining or remaining[0].startswith("-"):
                return None
            value = remaining.pop(0)
        if not _take(found, name, value):
            return None
    for variable, keyword in _READ_ENV.items():
        if variable in environ and keyword not in found:
            found[keyword] = _path(environ[variable])
    if not found["artifacts"] or "policy" not in found:
        return None
    if any(value is None for value in found.values()):
        return None
    if any(p is None for p in found.get("trusted_root", ())):
        return None
    return found


def _take(found: dict[str, Any], name: str, value: str) -> bool:
    """Record option `name`'s `value`; False where Typer must judge it."""
    if name in _PATHS:
        keyword = _PATHS[name]
        if keyword in found:
            return False  # given twice
        found[keyword] = _path(value)
    elif name in _PATH_LISTS:
        found.setdefault(_PATH_LISTS[name], []).append(_path(value))
    elif name in _STRING_LISTS:
        found.setdefault(_STRING_LISTS[name], []).append(value)
    elif name == "--format" and "fmt" not in found and value in _FORMATS:
        from sscli.cli.gate import ReportFormat

        found["fmt"] = ReportFormat(value)
    else:
        return False
    return True


def _path(value: str) -> Path | None:
    """`value` as Typer's Path conversion gives it, None where Typer would refuse or convert
    it otherwise (empty; an existing file that is not readable)."""
    if not value:
        return None
    if os.path.lexists(value) and not os.access(value, os.R_OK):
        return None
    return Path(value)


def run(arguments: Sequence[str]) -> None:
    """Run `sscli ARGUMENTS` (the gate) and exit, when `parse` reads them; else return."""
    found = parse(arguments, os.environ)
    if found is None:
        return
    from sscli.cli import context
    from sscli.cli.failures import guarded
    from sscli.cli.gate import verify_artifacts

    state_dir = found.pop("state_dir", None)
    if state_dir is not None:
        context.STATE_DIR = state_dir
    try:
        allowed = guarded(lambda: verify_artifacts(**found), debug=lambda: False)
    except OSError as error:  # as Typer's: a closed pipe ends the command quietly
        if error.errno != errno.EPIPE:
            raise
        sys.stdout = _Pacified(sys.stdout)
        sys.stderr = _Pacified(sys.stderr)
        sys.exit(1)
    sys.exit(0 if allowed else 1)


class _Pacified:
    """A stream whose flush ignores a closed pipe (click's PacifyFlushWrapper)."""

    def __init__(self, wrapped: Any) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.wrapped, attribute)
