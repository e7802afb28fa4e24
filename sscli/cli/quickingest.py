"""`sscli ingest` of an unchanged lock, answered before Typer and the command tree are loaded
(sscli.ingest.reingest says from what, and when it answers nothing).

Only a plain command line (sscli/cli/plainargs.py) is taken here: `--state-dir` before the
command; the lock; `--index-url`, `--metadata-index`, `--vault` (a directory), `--policy`,
`--db`, `--format`, `--jobs`, each at most once; and their environment variables. Anything
else, and any error, leaves the run to the full CLI, which reads and
reports everything itself: nothing is printed here unless the whole answer is.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sscli.cli.plainargs import Form, read

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any

# option -> (environment variable, default)
_VALUED = {
    "--index-url": ("SSCLI_INDEX_URL", "https://pypi.org/simple/"),
    "--metadata-index": ("SSCLI_METADATA_INDEX", "https://pypi.org/pypi/"),
    "--vault": ("SSCLI_VAULT", None),
    "--policy": (None, None),
    "--db": ("SSCLI_VULNDB", None),
    "--format": (None, "text"),
    "--jobs": (None, "4"),
}
_FORM = Form(
    command=("ingest",),
    options={**{option: option for option in _VALUED}, "-j": "--jobs"},
    environment={variable: option for option, (variable, _d) in _VALUED.items() if variable},
)


def run(arguments: list[str]) -> int | None:
    """The exit code of the quick answer to `sscli ARGUMENTS`, which is then printed; None
    when it is not one to answer here."""
    try:
        values = _parse(arguments)
        answered = _answer(values) if values is not None else None
    except Exception:
        return None
    if answered is None:
        return None
    from sscli.cli.output import emit_json, say

    report, fmt = answered
    try:
        if fmt == "json":
            emit_json(report.to_json(), None)
        else:
            say("all files accepted", "green", f": {len(report.outcomes)} already-vaulted")
    except BrokenPipeError:  # `sscli ingest ... | head`: exit 1, as Click's standalone mode
        sys.stdout = None  # nothing left to flush at exit
        return 1
    return 0


def _parse(arguments: list[str]) -> dict[str, Any] | None:
    """The option values of a plain `sscli [--state-dir DIR] ingest LOCK [OPTIONS]`, as Click
    would give them, or None."""
    reading = read(arguments, os.environ, _FORM)
    if reading is None or len(reading.positional) != 1:
        return None
    values: dict[str, Any] = {"lock": reading.positional[0]}
    for option, (_variable, default) in _VALUED.items():
        values[option] = reading.values.get(option, default)
    values["state_dir"] = reading.state_dir or ".sscli"
    jobs = values["--jobs"]
    if values["--format"] not in ("text", "json") or not (
        jobs.isascii() and jobs.isdigit() and 1 <= int(jobs) <= 32
    ):
        return None
    if values["--vault"] is not None and values["--vault"].startswith("s3://"):
        return None
    return values


def _answer(values: dict[str, Any]) -> Any:
    from sscli.ingest import reingest

    policy_option = values["--policy"]
    db_option = values["--db"]
    request = reingest.Request(
        state_dir=Path(values["state_dir"]),
        lock=Path(values["lock"]),
        policy=None if policy_option is None else Path(policy_option),
        vault=values["--vault"],
        index_url=values["--index-url"],
        metadata_index=values["--metadata-index"],
        db=None if db_option is None else Path(db_option),
    )
    if not request.key_path.is_file():
        return None
    from sscli.ingest.manifest import manifest_key

    key = manifest_key(request.key_path)
    recalled = reingest.recall(request, key) if key is not None else None
    if key is None or recalled is None:
        return None
    packages, digest = recalled
    from sscli.policy import PolicyCache, load_policy

    policy = load_policy(request.policy, cache=PolicyCache.in_state_dir(request.state_dir))
    if any(p.name in policy.ingest.build_from_source for p in packages):
        return None
    lookup: Any = None
    if policy.ingest.vulnerabilities_fail_on != "none":
        from sscli.ingest.vulnerabilities import database_lookup
        from sscli.vulndb import default_db_path

        lookup = database_lookup(request.db or default_db_path(request.state_dir))
    from sscli.vault.store import Vault

    report = reingest.answer(Vault(request.vault_dir), packages, digest, policy, key, lookup)
    if report is None or not report.ok:
        return None  # a refusal is reported by the full path, table and all
    return report, values["--format"]
