"""`--format sarif` of `source scan`: SARIF 2.1.0 for GitHub code scanning, one rule per
finding kind, one result per finding at its file and line. Findings the baseline, a waiver or
an honored `# nosec` accepts stay in the log with a suppression, so GitHub shows them
dismissed."""

from __future__ import annotations

import json
from typing import Any

import sscli
from sscli.source.scan import SourceFinding, SourceScanReport

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"high": "error", "medium": "warning", "low": "note"}
_SCORE = {"high": "8.0", "medium": "5.0", "low": "2.0"}


def _rule_id(finding: SourceFinding) -> str:
    return f"{finding.kind}/{finding.id}"


def _rule(finding: SourceFinding) -> dict[str, Any]:
    text = finding.title if finding.kind == "code" else f"Leaked secret: {finding.id}"
    return {
        "id": _rule_id(finding),
        "name": finding.id.replace(" ", ""),
        "shortDescription": {"text": text[:1024]},
        "defaultConfiguration": {"level": _LEVEL[finding.severity]},
        "properties": {
            "tags": ["security", "secret" if finding.kind == "secret" else "code"],
            "security-severity": _SCORE[finding.severity],
        },
    }


def _result(finding: SourceFinding, index: int) -> dict[str, Any]:
    where = f" (added in {finding.commit})" if finding.commit else ""
    result: dict[str, Any] = {
        "ruleId": _rule_id(finding),
        "ruleIndex": index,
        "level": _LEVEL[finding.severity] if finding.failing else "note",
        "message": {"text": f"{finding.title}{where}"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": finding.path, "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": max(finding.line, 1)},
                }
            }
        ],
        "partialFingerprints": {"sscliSourceFinding/v1": finding.fingerprint},
    }
    if finding.status in ("baseline", "waived", "nosec"):
        reason = finding.waiver.reason if finding.waiver else finding.status
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": reason}
        ]
    return result


def render_scan_sarif(report: SourceScanReport) -> str:
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for finding in report.findings:
        if _rule_id(finding) not in index:
            index[_rule_id(finding)] = len(rules)
            rules.append(_rule(finding))
    log = {
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "sscli",
                        "version": sscli.__version__,
                        "informationUri": "https://github.com/sscli/sscli",
                        "rules": rules,
                    }
                },
                "automationDetails": {"id": "sscli-source-scan/"},
                "results": [_result(f, index[_rule_id(f)]) for f in report.findings],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
