"""`--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it.

One rule per advisory (with `security-severity` so GitHub ranks it), one result per affected
package version, located at the lock-file line that pins it. VEX-suppressed findings stay in the
log with an external `suppressions` entry, which GitHub shows as dismissed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import sscli
from sscli.scan.findings import Finding, ScanReport
from sscli.scan.severity import Level

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/sscli/sscli"
_SARIF_LEVEL = {
    Level.CRITICAL: "error",
    Level.HIGH: "error",
    Level.MEDIUM: "warning",
    Level.LOW: "note",
    Level.NONE: "note",
    Level.UNKNOWN: "warning",
}


def _artifact_uri(path: str) -> str:
    """A repository-relative URI when the file is under the working directory."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return candidate.as_uri()
    return candidate.as_posix()


def _rule(finding: Finding) -> dict[str, Any]:
    severity = finding.severity
    properties: dict[str, Any] = {"tags": ["security", "vulnerability", "dependency"]}
    if severity.score is not None:
        properties["security-severity"] = f"{severity.score:.1f}"
    text = finding.summary or finding.advisory_id
    rule: dict[str, Any] = {
        "id": finding.advisory_id,
        "name": finding.advisory_id.replace("-", ""),
        "shortDescription": {"text": f"{finding.advisory_id}: {text}"[:1024]},
        "fullDescription": {"text": text},
        "help": {
            "text": f"{text}\nAliases: {', '.join(finding.aliases) or '-'}",
            "markdown": f"**{finding.advisory_id}** {text}\n\n"
            f"Aliases: {', '.join(finding.aliases) or '-'}",
        },
        "defaultConfiguration": {"level": _SARIF_LEVEL[severity.level]},
        "properties": properties,
    }
    if finding.references:
        rule["helpUri"] = finding.references[0]
    return rule


def _result(finding: Finding, rule_index: int, fallback_path: str | None) -> dict[str, Any]:
    upgrade = f"; upgrade to {finding.smallest_fix}" if finding.smallest_fix else "; no fix yet"
    result: dict[str, Any] = {
        "ruleId": finding.advisory_id,
        "ruleIndex": rule_index,
        "level": _SARIF_LEVEL[finding.severity.level],
        "message": {
            "text": f"{finding.package} {finding.version} is affected by {finding.advisory_id}"
            f" ({finding.severity.level.value}){upgrade}"
        },
        "partialFingerprints": {
            "sscliFinding/v1": hashlib.sha256(
                f"{finding.package}\0{finding.version}\0{finding.advisory_id}".encode()
            ).hexdigest()
        },
        "properties": {
            "package": finding.package,
            "version": finding.version,
            "purl": finding.purl,
        },
    }
    location = finding.location
    path = location.path if location else fallback_path
    if path:
        physical: dict[str, Any] = {"artifactLocation": {"uri": _artifact_uri(path)}}
        physical["region"] = {"startLine": location.line if location and location.line else 1}
        result["locations"] = [{"physicalLocation": physical}]
    if finding.vex and finding.suppressed:
        justification = finding.vex.justification or finding.vex.detail or finding.vex.status
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": str(justification)}
        ]
    return result


def sarif_log(report: ScanReport) -> dict[str, Any]:
    """The SARIF log of `report` as a dict."""
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for finding in report.findings:
        if finding.advisory_id not in index:
            index[finding.advisory_id] = len(rules)
            rules.append(_rule(finding))
    results = [_result(f, index[f.advisory_id], report.input_path) for f in report.findings]
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "sscli",
                        "version": sscli.__version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "automationDetails": {"id": f"sscli-scan/{report.service}/"},
                "results": results,
            }
        ],
    }


def render_sarif(report: ScanReport) -> str:
    return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"
