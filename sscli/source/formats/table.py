"""Rich tables of source reports for people (printed on stderr). Everything from the
repository (paths, names, messages) is untrusted: markup is escaped and control characters,
such as terminal escapes in a commit message, are shown as escapes."""

from __future__ import annotations

import re

from rich.markup import escape
from rich.table import Table

from sscli.source.rules import Status
from sscli.source.scan import SourceScanReport
from sscli.source.verify import VerifyReport

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_STYLE = {Status.PASS: "green", Status.FAIL: "bold red", Status.SKIP: "dim"}


def safe(text: object) -> str:
    """`text` escaped for rich, control and bidi characters made visible."""
    return escape(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text)))


def verify_table(report: VerifyReport, *, all_checks: bool = False) -> Table:
    """The failed checks (all of them with `all_checks`), one row each."""
    table = Table()
    for name in ("rule", "status", "commit", "reason"):
        table.add_column(name, no_wrap=name != "reason")
    for check in report.checks:
        if check.status is Status.FAIL or all_checks:
            table.add_row(
                safe(check.rule),
                f"[{_STYLE[check.status]}]{check.status.value}[/]",
                safe((check.commit or "")[:12]),
                safe(check.message),
            )
    return table


def scan_table(report: SourceScanReport) -> Table:
    table = Table()
    for name in ("status", "kind", "id", "severity", "location", "finding"):
        table.add_column(name, no_wrap=name != "finding")
    for f in report.findings:
        style = "bold red" if f.failing else "dim"
        location = f"{f.path}:{f.line}" + (f" @{f.commit[:12]}" if f.commit else "")
        note = f" [{f.note}]" if f.note else ""
        table.add_row(
            f"[{style}]{f.status}[/]",
            f.kind,
            safe(f.id),
            f"{f.severity}/{f.confidence}",
            safe(location),
            safe(f.title + note),
        )
    return table
