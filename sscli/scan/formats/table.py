"""The default output: a rich table of findings for people (the CLI prints it on stderr)."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from sscli.scan.findings import ScanReport
from sscli.scan.severity import Level

_STYLE = {
    Level.CRITICAL: "bold red",
    Level.HIGH: "red",
    Level.MEDIUM: "yellow",
    Level.LOW: "cyan",
    Level.NONE: "dim",
    Level.UNKNOWN: "dim",
}


def findings_table(report: ScanReport) -> Table:
    """One row per finding; suppressed ones dimmed with their VEX status and justification."""
    table = Table()
    for name in ("package", "version", "advisory", "severity", "fix", "status"):
        table.add_column(name, no_wrap=True)
    table.add_column("summary", no_wrap=True, overflow="ellipsis", max_width=60)
    for f in report.findings:
        level = f.severity.level
        score = f" {f.severity.score:.1f}" if f.severity.score is not None else ""
        status = f.status.value
        if f.vex and f.vex.justification:
            status += f" ({f.vex.justification})"
        style = "dim" if f.suppressed else None
        table.add_row(
            escape(f.package),
            escape(f.version),
            escape(f.advisory_id),
            f"[{_STYLE[level]}]{level.value}{score}[/]",
            escape(f.smallest_fix or "-"),
            escape(status),
            escape(f.summary[:80]),
            style=style,
        )
    return table
