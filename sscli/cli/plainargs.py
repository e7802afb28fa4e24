"""A command line read without Typer, for the commands' fast paths (sscli/cli/fastscan.py,
quickgate.py, quickingest.py): Typer, Click and the command tree cost more to import than a
plain scan or a one-artifact gate spends working.

Only plain forms are read: `[--state-dir DIR] COMMAND... ARGUMENTS`, where each argument is a
positional, a flag, `--name VALUE`, `--name=VALUE` or a short alias followed by its value.
Anything whose meaning is less than plain returns None, and the Typer app then reads the
whole command line itself, errors and help included: an unknown option or an abbreviation,
`--` or `-`, a value that is empty or starts with `-`, an option given twice that does not
repeat, and any variable sscli reads (KNOWN_VARIABLES) that the form does not (one may be
an option's, or `SSCLI_DEBUG`). An empty variable counts as unset, as Click reads it. Each
fast path's tests compare what it takes with what Typer gives the command.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

_ROOT_ENVIRONMENT = {"SSCLI_STATE_DIR": "state_dir"}


@dataclass(frozen=True)
class Form:
    """The plain form of one command."""

    command: tuple[str, ...]  # ("verify", "artifact")
    options: Mapping[str, str]  # spelling (--output, -o) -> keyword
    repeatable: frozenset[str] = frozenset()  # keywords an option may fill more than once
    flags: Mapping[str, str] = field(default_factory=dict)  # spelling -> keyword
    environment: Mapping[str, str] = field(default_factory=dict)  # variable -> keyword


@dataclass(frozen=True)
class Reading:
    """What a plain command line says, as strings: each option's last value (or all of
    them, for a repeatable one), then an environment variable's, when the option is absent."""

    state_dir: str | None
    positional: list[str]
    values: dict[str, str]
    lists: dict[str, list[str]]
    flags: frozenset[str]


def read(arguments: Sequence[str], environ: Mapping[str, str], form: Form) -> Reading | None:
    """`arguments` (after `sscli`) read as `form`, or None when Typer must read them."""
    read_here = {*form.environment, *_ROOT_ENVIRONMENT}
    if any(_sscli_variable(name) and name not in read_here for name in environ):
        return None
    remaining = list(arguments)
    state_dir = None
    if remaining[:1] == ["--state-dir"] and len(remaining) > 1:
        state_dir = remaining[1]
        del remaining[:2]
    elif remaining[:1] and remaining[0].startswith("--state-dir="):
        state_dir = remaining.pop(0).partition("=")[2]
    if state_dir is not None and _doubtful(state_dir):
        return None
    if tuple(remaining[: len(form.command)]) != form.command:
        return None
    del remaining[: len(form.command)]
    positional: list[str] = []
    values: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    flags: set[str] = set()
    tokens = iter(remaining)
    for token in tokens:
        if not token.startswith("-"):
            positional.append(token)
            continue
        if token in form.flags:
            flags.add(form.flags[token])
            continue
        name, equals, value = token.partition("=") if token.startswith("--") else (token, "", "")
        keyword = form.options.get(name)
        if keyword is None:
            return None
        if not equals:
            value = next(tokens, "")
        if _doubtful(value):
            return None
        if keyword in form.repeatable:
            lists.setdefault(keyword, []).append(value)
        elif keyword in values:
            return None
        else:
            values[keyword] = value
    for variable, keyword in form.environment.items():
        if environ.get(variable) and keyword not in values and keyword not in lists:
            values[keyword] = environ[variable]
    if state_dir is None and environ.get("SSCLI_STATE_DIR"):
        state_dir = environ["SSCLI_STATE_DIR"]
    return Reading(state_dir, positional, values, lists, frozenset(flags))


# Every variable sscli reads (tests/cli/test_plainargs.py finds each in the source): one a
# form does not read may mean something to the command, so Typer's full path runs then.
# Others (a CI harness's SSCLI_NETWORK_ISOLATED) mean nothing to any command.
KNOWN_VARIABLES = frozenset(
    ("SSCLI_ALLOW_INSECURE_REGISTRY", "SSCLI_BUILDER_ID", "SSCLI_DB_MAX_AGE_DAYS",
     "SSCLI_DEBUG", "SSCLI_INDEX_BACKOFF", "SSCLI_INDEX_PASSWORD", "SSCLI_INDEX_RETRIES",
     "SSCLI_INDEX_TIMEOUT", "SSCLI_INDEX_TOKEN", "SSCLI_INDEX_URL", "SSCLI_INDEX_USERNAME",
     "SSCLI_METADATA_INDEX", "SSCLI_OIDC_TOKEN", "SSCLI_REGISTRY_PASSWORD",
     "SSCLI_REGISTRY_TOKEN", "SSCLI_REGISTRY_USERNAME", "SSCLI_S3_ENDPOINT",
     "SSCLI_SCAN_SERVICE_URL",
     "SSCLI_SOURCE_REF", "SSCLI_STATE_DIR", "SSCLI_VAULT", "SSCLI_VERIFIER_ID",
     "SSCLI_VULNDB", "SSCLI_VULNDB_SOURCE", "_SSCLI_COMPLETE")
)  # fmt: skip


def _sscli_variable(name: str) -> bool:
    return name in KNOWN_VARIABLES


def _doubtful(value: str) -> bool:
    """A value Click could read otherwise than as itself (or refuse)."""
    return not value or value.startswith("-")


def path(value: str) -> Path | None:
    """`value` as Typer's Path conversion gives it; None where Typer would refuse it (an
    existing file this process cannot read) or convert it otherwise."""
    if _doubtful(value) or (os.path.lexists(value) and not os.access(value, os.R_OK)):
        return None
    return Path(value)
