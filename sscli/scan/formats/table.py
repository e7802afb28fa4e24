"""The default output: a rich table of findings for people (the CLI prints it on stderr).

It is read in terminals of 80 columns and more: the package, version, advisory id, severity
and fix never truncate; the summary takes the width left (wrapped to two lines at most) or goes
when too little is left; `wide` shows every column whole (aliases, every fixed version, the full
summary) and is printed as wide as it is.
"""

from __future__ import annotations

import textwrap

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sscli.scan.findings import Finding, ScanReport
from sscli.scan.severity import Level

_STYLE = {
    Level.CRITICAL: "bold red",
    Level.HIGH: "red",
    Level.MEDIUM: "yellow",
    Level.LOW: "cyan",
    Level.NONE: "dim",
    Level.UNKNOWN: "dim",
}
MIN_SUMMARY = 24  # narrower than this, a summary is noise: the column goes
_SUMMARY_LINES = 2


def print_findings(report: ScanReport, console: Console, *, wide: bool = False) -> None:
    """Print the findings table on `console`, fitted to its width (or whole, with `wide`). A
    table that cannot fit (a very long package name) is printed as wide as it is: the terminal
    wraps its lines, nothing is cut."""
    from rich.measure import Measurement

    table = findings_table(report, width=None if wide else console.width, wide=wide)
    needed = Measurement.get(console, console.options.update_width(10**6), table).maximum
    width = console.width
    console.width = max(needed, width)
    try:
        console.print(table)
    finally:
        console.width = width


def findings_table(report: ScanReport, *, width: int | None = None, wide: bool = False) -> Table:
    """One row per finding (suppressed ones dimmed with their VEX status and justification),
    fitted to `width` columns; no `width` (or `wide`) keeps every cell whole."""
    findings = list(report.findings)
    columns = ["package", "version", "advisory", "severity", "fix"]
    if wide or any(f.vex for f in findings):
        columns.append("status")
    if wide:
        columns.append("aliases")
    rows = [_cells(f, wide) for f in findings]
    fixed = _width(columns, [[row[c] for c in columns] for row in rows])
    room = None if width is None else width - fixed - 3  # the summary's padding and rule
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for name in columns:
        table.add_column(name, no_wrap=True, overflow="ignore")
    show_summary = room is None or room >= MIN_SUMMARY
    if show_summary:
        table.add_column("summary", no_wrap=room is None, overflow="fold", width=room)
    for finding, row in zip(findings, rows, strict=True):
        cells = [row[c] for c in columns]
        if show_summary:
            cells.append(_summary(finding.summary, room))
        styled = [escape(c) for c in cells]
        level = finding.severity.level
        styled[columns.index("severity")] = f"[{_STYLE[level]}]{escape(row['severity'])}[/]"
        table.add_row(*styled, style="dim" if finding.suppressed else None)
    return table


def _cells(finding: Finding, wide: bool) -> dict[str, str]:
    level = finding.severity.level
    score = f" {finding.severity.score:.1f}" if finding.severity.score is not None else ""
    status = finding.status.value
    if finding.vex and finding.vex.justification:
        status += f" ({finding.vex.justification})"
    fix = ", ".join(finding.fixed_versions) if wide else finding.smallest_fix
    return {
        "package": finding.package,
        "version": finding.version,
        "advisory": finding.advisory_id,
        "severity": f"{level.value}{score}",
        "fix": fix or "-",
        "status": status,
        "aliases": ", ".join(finding.aliases) or "-",
    }


def _width(headers: list[str], rows: list[list[str]]) -> int:
    """The table's width without the summary: each column's widest cell, its padding of one
    space on each side (none at the table's edges) and a one-space rule between columns."""
    widths = [
        max([cell_len(header), *(cell_len(row[i]) for row in rows)])
        for i, header in enumerate(headers)
    ]
    return sum(widths) + 2 * len(widths) - 2 + (len(widths) - 1)


def _summary(text: str, room: int | None) -> str:
    """The summary's first line; in `room` columns, wrapped to two lines at most."""
    first = " ".join(text.split("\n", 1)[0].split())
    if room is None:
        return first
    lines = textwrap.wrap(first, room, break_on_hyphens=False) or [""]
    if len(lines) > _SUMMARY_LINES:
        last = textwrap.shorten(" ".join(lines[_SUMMARY_LINES - 1 :]), room, placeholder="…")
        lines = [*lines[: _SUMMARY_LINES - 1], last]
    return "\n".join(lines)
