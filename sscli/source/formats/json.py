"""`--format json` of `source scan`: every finding with its status (never a secret's value)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import sscli
from sscli.source.scan import SourceScanReport

SCAN_REPORT_FORMAT = "https://sscli.dev/source-scan-report/v1"


def scan_report_json(report: SourceScanReport) -> dict[str, Any]:
    statuses = Counter(f.status for f in report.findings)
    return {
        "format": SCAN_REPORT_FORMAT,
        "result": "pass" if report.passed else "fail",
        "scanner": {"name": "sscli", "version": sscli.__version__},
        "tools": report.tools,
        "root": report.root,
        "commit": report.commit,
        "tree": report.tree,
        "history": report.history,
        "started": report.started.isoformat(),
        "finished": report.finished.isoformat(),
        "summary": {"files": report.files, "findings": len(report.findings), **statuses},
        "findings": [f.to_json() | {"note": f.note or None} for f in report.findings],
        "skipped": report.skipped,
        "warnings": report.warnings,
    }


def render_scan_json(report: SourceScanReport) -> str:
    return json.dumps(scan_report_json(report), indent=2, ensure_ascii=False) + "\n"
