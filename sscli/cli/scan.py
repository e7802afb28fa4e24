"""`sscli scan`: find known vulnerabilities in any Inventory input."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sscli.cli.context import db_path
from sscli.cli.db import DbOpt, MaxAgeOpt
from sscli.cli.output import console, emit, escape, warn
from sscli.cli.selection import read_input, with_selection

if TYPE_CHECKING:
    from sscli.inventory.selection import Selection
    from sscli.scan import Level, ScanReport


@with_selection
def scan_command(
    input_path: Annotated[
        Path | None,
        typer.Argument(
            help="Lock file, wheel, sdist, CycloneDX SBOM or project directory.",
            metavar="INPUT",
            show_default=False,
        ),
    ] = None,
    python: Annotated[
        Path | None,
        typer.Option("--python", help="Interpreter or venv whose installed packages to scan."),
    ] = None,
    service: Annotated[
        str,
        typer.Option(
            "--service", help="osv-db (offline), pip-audit-pypi or pip-audit-osv (online)."
        ),
    ] = "osv-db",
    service_url: Annotated[
        str | None,
        typer.Option(
            "--service-url",
            envvar="SSCLI_SCAN_SERVICE_URL",
            help="Base URL of a PyPI or OSV API mirror for the pip-audit services.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="table, json, sarif, cyclonedx-vex or in-toto.")
    ] = "table",
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 on findings at or above: low, medium, high, critical, or any.",
            show_default=False,
        ),
    ] = None,
    vex: Annotated[
        list[Path] | None,
        typer.Option("--vex", help="OpenVEX or CycloneDX VEX file (repeatable)."),
    ] = None,
    outputs: Annotated[
        list[str] | None,
        typer.Option(
            "--output",
            "-o",
            help="Write here instead of stdout; FORMAT=PATH (repeatable) writes several formats "
            "from one scan, e.g. -o json=scan.json -o sarif=scan.sarif -o in-toto=vulns.json.",
            show_default=False,
        ),
    ] = None,
    db: DbOpt = None,
    max_db_age: MaxAgeOpt = 7.0,
    require_fresh_db: Annotated[
        bool,
        typer.Option(
            "--require-fresh-db", help="A database older than --max-age is an error (exit 3)."
        ),
    ] = False,
    wide: Annotated[
        bool,
        typer.Option(
            "--wide", help="The table with every column whole (aliases, all fixes, summaries)."
        ),
    ] = False,
    *,
    selection: "Selection",  # the selection options, from @with_selection
    input_format: str | None,
) -> None:
    """Report known vulnerabilities of INPUT's pinned packages (or --python's environment)."""
    from sscli.cli import context
    from sscli.cli.outputs import parse_outputs
    from sscli.errors import UsageError
    from sscli.scan import OutputFormat, open_service, renderer, scan_inventory
    from sscli.scan.run import without_cycle_collection

    choices = [f.value for f in OutputFormat]
    if fmt not in choices:
        raise UsageError(f"unknown format {fmt!r} (one of {', '.join(choices)})")
    targets = [(OutputFormat(name), path) for name, path in parse_outputs(outputs, fmt, choices)]
    threshold = _threshold(fail_on)
    if any(f is OutputFormat.TABLE and path is not None for f, path in targets):
        raise UsageError("--output needs a machine format: --format json, sarif, ...")
    statements = []
    if vex:
        from sscli.scan import load_vex

        statements = [s for path in vex for s in load_vex(path)]
    with without_cycle_collection():  # tens of thousands of acyclic objects
        inventory = read_input(input_path, python, selection, input_format)
        backend = open_service(
            service,
            db_path=db_path(db),
            cache_dir=context.STATE_DIR / "cache" / "pip-audit",
            base_url=service_url,
        )
        if service == "osv-db":
            _check_freshness(db_path(db), max_db_age, require_fresh_db)
        report = scan_inventory(inventory, backend, vex=statements)
        for skipped in report.skipped:
            warn(f"not scanned: {skipped.name} {skipped.version or ''}: {skipped.reason}")
        rendered = [
            (path, renderer(f)(report)) for f, path in targets if f is not OutputFormat.TABLE
        ]
    if report.findings and fmt == OutputFormat.TABLE:  # on stderr, beside -o FORMAT=PATH files
        from sscli.scan.formats.table import print_findings

        print_findings(report, console(), wide=wide)
    for path, text in rendered:
        emit(text, path)
    _summary(report)
    failing = report.over_threshold(threshold) if fail_on is not None else ()
    if failing:
        console().print(f"[bold red]{len(failing)} finding(s) at or above --fail-on {fail_on}[/]")
        raise typer.Exit(1)


def _threshold(fail_on: str | None) -> "Level | None":
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
    from sscli.vulndb import VulnDb

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


def _summary(report: "ScanReport") -> None:
    active = report.active
    from collections import Counter

    levels = {k.value: n for k, n in Counter(f.severity.level for f in active).items()}
    by_level = ", ".join(f"{count} {level}" for level, count in sorted(levels.items()))
    console().print(
        f"{report.scanned} package(s) scanned with {escape(report.service)}: "
        f"{len(active)} finding(s)"
        + (f" ({by_level})" if by_level else "")
        + f", {len(report.suppressed)} suppressed by VEX, {len(report.skipped)} not scanned"
    )
