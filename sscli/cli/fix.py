"""`sscli fix`: the smallest safe upgrade of each vulnerable pin, written into the lock."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sscli.cli.context import db_path
from sscli.cli.db import DbOpt
from sscli.cli.output import TextOrJson, console, emit_json, escape

if TYPE_CHECKING:
    from sscli.fix import FixResult


def fix_command(
    input_path: Annotated[
        Path,
        typer.Argument(
            help="uv.lock, poetry.lock, pylock.toml, a hashed requirements file, or a project "
            "directory.",
            metavar="INPUT",
        ),
    ] = Path(),
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the diff; write nothing.")
    ] = False,
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            help="Fix findings at or above: low, medium, high, critical, or any; exit 1 when "
            "one remains.",
        ),
    ] = "any",
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", help="An advisory id (or alias) to leave alone (repeatable)."),
    ] = None,
    index_url: Annotated[
        str,
        typer.Option(
            "--index-url", envvar="SSCLI_INDEX_URL", help="The index the new releases come from."
        ),
    ] = "https://pypi.org/simple/",
    fmt: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.TEXT,
    db: DbOpt = None,
) -> None:
    """Raise each vulnerable pin to the smallest release that fixes every finding at or above
    --fail-on, through uv (uv.lock), poetry (poetry.lock), uv or pip (pylock.toml) or in place
    with the new hashes (requirements files); the fixed lock is re-scanned."""
    from sscli.cli.scanning import threshold_of
    from sscli.fix import fix_lock
    from sscli.scan import open_service

    threshold = threshold_of(fail_on)
    service = open_service("osv-db", db_path=db_path(db), cache_dir=Path())
    result = fix_lock(
        input_path,
        service,
        index_url=index_url,
        threshold=threshold,
        ignored=ignore or (),
        dry_run=dry_run,
    )
    if fmt is TextOrJson.JSON:
        emit_json(_json(result), None)
    else:
        _print(result, dry_run=dry_run)
    if result.remaining:
        raise typer.Exit(1)


def _json(result: "FixResult") -> dict[str, object]:
    return {
        "input": str(result.path),
        "kind": result.kind,
        "written": result.written,
        "files": [str(path) for path in result.files],
        "changes": [
            {"package": u.package, "from": u.current, "to": u.target, "fixes": list(u.fixed)}
            for u in result.plan.upgrades
        ],
        "remaining": [
            {
                "package": r.package,
                "version": r.version,
                "advisory": r.advisory,
                "level": r.level,
                "reason": r.reason,
            }
            for r in result.remaining
        ],
        "diff": result.diff,
    }


def _print(result: "FixResult", *, dry_run: bool) -> None:
    import sys

    from rich.table import Table

    out = console()
    if dry_run and result.diff:
        sys.stdout.write(result.diff)
    table = Table("package", "from", "to", "advisories fixed", "left (reason)", box=None)
    for upgrade in result.plan.upgrades:
        left = [r for r in result.remaining if r.package == upgrade.package]
        table.add_row(
            escape(upgrade.package), escape(upgrade.current), escape(upgrade.target),
            escape(", ".join(upgrade.fixed)),
            escape(", ".join(f"{r.advisory} ({r.reason})" for r in left) or "-"),
        )  # fmt: skip
    upgraded = {u.package for u in result.plan.upgrades}
    for rest in result.remaining:
        if rest.package not in upgraded:
            table.add_row(
                escape(rest.package), escape(rest.version), "-", "-",
                escape(f"{rest.advisory} ({rest.reason})"),
            )  # fmt: skip
    if table.row_count:
        out.print(table)
    verb = "would write" if dry_run else ("wrote" if result.written else "left unchanged")
    files = ", ".join(escape(path) for path in result.files or (result.path,))
    out.print(
        f"{len(result.plan.upgrades)} upgrade(s), {len(result.remaining)} finding(s) left; "
        f"{verb} {files}"
    )
