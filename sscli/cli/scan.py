"""`sscli scan`: find known vulnerabilities in any Inventory input. Its options are declared
here; what it does is sscli/cli/scanning.py, which a plain scan reaches without Typer
(sscli/cli/fastscan.py)."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sscli.cli.db import DbOpt, MaxAgeOpt
from sscli.cli.selection import with_selection

if TYPE_CHECKING:
    from sscli.inventory.selection import Selection


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
    from sscli.cli.scanning import run

    code = run(
        input_path=input_path,
        python=python,
        service=service,
        service_url=service_url,
        fmt=fmt,
        fail_on=fail_on,
        vex=vex,
        outputs=outputs,
        db=db,
        max_db_age=max_db_age,
        require_fresh_db=require_fresh_db,
        wide=wide,
        selection=selection,
        input_format=input_format,
    )
    if code:
        raise typer.Exit(code)
