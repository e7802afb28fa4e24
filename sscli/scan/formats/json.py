"""`--format json`: every finding (suppressed ones with their VEX status), skips and warnings."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import sscli
from sscli.scan.findings import Finding, ScanReport

REPORT_VERSION = "1"


def finding_json(finding: Finding) -> dict[str, Any]:
    severity = finding.severity
    location = finding.location
    return {
        "id": finding.advisory_id,
        "aliases": list(finding.aliases),
        "summary": finding.summary,
        "severity": {
            "level": severity.level.value,
            "score": severity.score,
            "vector": severity.vector,
            "method": severity.method,
        },
        "package": {
            "name": finding.package,
            "version": finding.version,
            "purl": finding.purl,
            "location": {"path": location.path, "line": location.line} if location else None,
        },
        "fixed_versions": list(finding.fixed_versions),
        "smallest_fix": finding.smallest_fix,
        "status": finding.status.value,
        "vex": {
            "justification": finding.vex.justification,
            "detail": finding.vex.detail,
            "source": finding.vex.source,
        }
        if finding.vex
        else None,
        "published": finding.published,
        "modified": finding.modified,
        "references": list(finding.references),
    }


def report_json(report: ScanReport, *, findings: bool = True) -> dict[str, Any]:
    """The report as a JSON-ready dict (version `1` of sscli's scan report); without
    `findings`, their list is left empty."""
    levels = Counter(f.severity.level.value for f in report.active)
    database = report.database
    return {
        "report_version": REPORT_VERSION,
        "scanner": {"name": "sscli", "version": sscli.__version__, "service": report.service},
        "database": {
            "uri": database.uri,
            "version": database.version,
            "last_update": database.last_update.isoformat() if database.last_update else None,
        },
        "input": report.input_path,
        "started": report.started.isoformat(),
        "finished": report.finished.isoformat(),
        "summary": {
            "scanned": report.scanned,
            "findings": len(report.active),
            "suppressed": len(report.suppressed),
            "skipped": len(report.skipped),
            "by_level": dict(sorted(levels.items())),
        },
        "findings": [finding_json(f) for f in report.findings] if findings else [],
        "skipped": [
            {"name": s.name, "version": s.version, "reason": s.reason} for s in report.skipped
        ],
        "warnings": list(report.warnings),
    }


def render_json(report: ScanReport) -> str:
    """The compact JSON text of `report_json(report)`. Each finding is encoded on its own and
    its dict dropped, so that tens of thousands of findings never exist as one tree of dicts
    (the C encoder only runs without `indent`)."""
    document = report_json(report, findings=False)
    document["findings"] = _SLOT
    head = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    before, slot, after = head.partition(json.dumps(_SLOT))
    assert slot, "the findings' place in the report"
    parts = [before, "["]
    for finding in report.findings:
        parts += (encode(finding_json(finding)), ",")
    if report.findings:
        parts.pop()
    parts += ("]", after, "\n")
    return "".join(parts)


_SLOT = "\x00findings\x00"  # a string no report holds: where the findings go
