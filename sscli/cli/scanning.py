"""What `sscli scan` does once its arguments are known, without Typer: the Typer command
(sscli/cli/scan.py) and the fast path that parses a plain scan's arguments itself
(sscli/cli/fastscan.py) both call `run`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sscli.cli.output import say_parts, warn

if TYPE_CHECKING:
    from sscli.inventory.selection import Selection
    from sscli.scan import Level, ScanReport


def run(
    *,
    input_path: Path | None,
    python: Path | None,
    service: str,
    service_url: str | None,
    fmt: str,
    fail_on: str | None,
    vex: list[Path] | None,
    outputs: list[str] | None,
    db: Path | None,
    max_db_age: float,
    require_fresh_db: bool,
    wide: bool,
    selection: Selection,
    input_format: str | None,
) -> int:
    """Scan and report; the exit code (1: findings at or above --fail-on)."""
    from sscli.cli import context
    from sscli.cli.output import emit
    from sscli.cli.outputs import parse_outputs
    from sscli.cli.selection_input import read_input
    from sscli.errors import UsageError
    from sscli.scan import OutputFormat, open_service, renderer, scan_inventory
    from sscli.scan.run import without_cycle_collection
    from sscli.vulndb.store import default_db_path

    choices = [f.value for f in OutputFormat]
    if fmt not in choices:
        raise UsageError(f"unknown format {fmt!r} (one of {', '.join(choices)})")
    targets = [(OutputFormat(name), path) for name, path in parse_outputs(outputs, fmt, choices)]
    threshold = threshold_of(fail_on)
    if any(f is OutputFormat.TABLE and path is not None for f, path in targets):
        raise UsageError("--output needs a machine format: --format json, sarif, ...")
    statements = []
    if vex:
        from sscli.scan import load_vex

        statements = [s for path in vex for s in load_vex(path)]
    database = db if db is not None else default_db_path(context.STATE_DIR)
    with without_cycle_collection():  # tens of thousands of acyclic objects
        inventory = read_input(input_path, python, selection, input_format)
        backend = open_service(
            service,
            db_path=database,
            cache_dir=context.STATE_DIR / "cache" / "pip-audit",
            base_url=service_url,
        )
        if service == "osv-db":
            _check_freshness(database, max_db_age, require_fresh_db)
        report = scan_inventory(inventory, backend, vex=statements)
        for skipped in report.skipped:
            warn(f"not scanned: {skipped.name} {skipped.version or ''}: {skipped.reason}")
        rendered = [
            (path, renderer(f)(report)) for f, path in targets if f is not OutputFormat.TABLE
        ]
    if report.findings and fmt == OutputFormat.TABLE:  # on stderr, beside -o FORMAT=PATH files
        from sscli.cli.output import console
        from sscli.scan.formats.table import print_findings

        print_findings(report, console(), wide=wide)
    for path, text in rendered:
        emit(text, path)
    _summary(report)
    failing = report.over_threshold(threshold) if fail_on is not None else ()
    if failing:
        say_parts((f"{len(failing)} finding(s) at or above --fail-on {fail_on}", "bold red"))
        return 1
    return 0


def threshold_of(fail_on: str | None) -> Level | None:
    """The level `--fail-on` names; None for any finding (or no --fail-on)."""
    from sscli.errors import UsageError
    from sscli.scan import Level

    if fail_on is None or fail_on == "any":
        return None
    try:
        level = Level(fail_on)
    except ValueError:
        level = Level.UNKNOWN
    if level in (Level.UNKNOWN, Level.NONE):
        raise UsageError(f"--fail-on {fail_on!r}: one of low, medium, high, critical, any")
    return level


def _check_freshness(path: Path, max_age_days: float, required: bool) -> None:
    from datetime import timedelta

    from sscli.errors import EnvironmentFailure
    from sscli.vulndb.store import VulnDb

    with VulnDb(path) as database:
        status = database.provenance()
    if not status.is_stale(timedelta(days=max_age_days)):
        return
    age = status.age()
    message = (
        f"the vulnerability database is {age.days if age else '?'} days old "
        f"(newest record; limit {max_age_days:g} days)"
    )
    if required:
        raise EnvironmentFailure(message, hint="run `sscli db update`")
    warn(message + ": run `sscli db update`")


def _summary(report: ScanReport) -> None:
    from collections import Counter

    active = report.active
    levels = {k.value: n for k, n in Counter(f.severity.level for f in active).items()}
    by_level = ", ".join(f"{count} {level}" for level, count in sorted(levels.items()))
    say_parts(
        (
            f"{report.scanned} package(s) scanned with {report.service}: "
            f"{len(active)} finding(s)"
            + (f" ({by_level})" if by_level else "")
            + f", {len(report.suppressed)} suppressed by VEX, {len(report.skipped)} not scanned",
            None,
        )
    )
