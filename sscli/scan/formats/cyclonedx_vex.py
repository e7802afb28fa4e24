"""`--format cyclonedx-vex`: a CycloneDX 1.6 document whose `vulnerabilities` section carries the
findings, each with its affected component and, for VEX-assessed findings, its `analysis`."""

from __future__ import annotations

import json
import uuid
from typing import Any

import sscli
from sscli.scan.findings import Finding, ScanReport, Status
from sscli.scan.severity import Level

SPEC_VERSION = "1.6"
_STATE = {
    Status.NOT_AFFECTED: "not_affected",
    Status.FIXED: "resolved",
    Status.AFFECTED: "exploitable",
    Status.UNDER_INVESTIGATION: "in_triage",
}
# OpenVEX justifications expressed in CycloneDX's vocabulary.
_JUSTIFICATION = {
    "component_not_present": "code_not_present",
    "vulnerable_code_not_present": "code_not_present",
    "vulnerable_code_not_in_execute_path": "code_not_reachable",
    "vulnerable_code_cannot_be_controlled_by_adversary": "protected_by_mitigating_control",
    "inline_mitigations_already_exist": "protected_by_mitigating_control",
}
_CYCLONEDX_JUSTIFICATIONS = frozenset(
    {
        "code_not_present",
        "code_not_reachable",
        "requires_configuration",
        "requires_dependency",
        "requires_environment",
        "protected_by_compiler",
        "protected_at_runtime",
        "protected_at_perimeter",
        "protected_by_mitigating_control",
    }
)
_SEVERITY = {Level.NONE: "none", Level.UNKNOWN: "unknown"}


def _source(advisory_id: str) -> dict[str, str]:
    if advisory_id.startswith("CVE-"):
        return {"name": "NVD", "url": f"https://nvd.nist.gov/vuln/detail/{advisory_id}"}
    if advisory_id.startswith("GHSA-"):
        return {"name": "GitHub", "url": f"https://github.com/advisories/{advisory_id}"}
    return {"name": "OSV", "url": f"https://osv.dev/vulnerability/{advisory_id}"}


def _vulnerability(finding: Finding) -> dict[str, Any]:
    severity = finding.severity
    rating: dict[str, Any] = {"severity": _SEVERITY.get(severity.level, severity.level.value)}
    if severity.score is not None:
        rating["score"] = severity.score
    if severity.method:
        rating["method"] = severity.method
    if severity.vector:
        rating["vector"] = severity.vector
    entry: dict[str, Any] = {
        "bom-ref": f"{finding.advisory_id}/{finding.purl}",
        "id": finding.advisory_id,
        "source": _source(finding.advisory_id),
        "references": [{"id": a, "source": _source(a)} for a in finding.aliases],
        "ratings": [rating],
        "description": finding.summary,
        "affects": [
            {"ref": finding.purl, "versions": [{"version": finding.version, "status": "affected"}]}
        ],
    }
    if finding.smallest_fix:
        entry["recommendation"] = f"Upgrade {finding.package} to {finding.smallest_fix} or later."
    if finding.published:
        entry["published"] = finding.published
    if finding.modified:
        entry["updated"] = finding.modified
    if finding.vex:
        analysis: dict[str, Any] = {"state": _STATE[finding.vex.status]}
        justification = finding.vex.justification
        justification = _JUSTIFICATION.get(justification or "", justification)
        if justification in _CYCLONEDX_JUSTIFICATIONS:
            analysis["justification"] = justification
        if finding.vex.detail:
            analysis["detail"] = finding.vex.detail
        entry["analysis"] = analysis
    return entry


def cyclonedx_vex(report: ScanReport) -> dict[str, Any]:
    """The CycloneDX VEX document of `report` as a dict."""
    components: dict[str, dict[str, Any]] = {}
    for finding in report.findings:
        components.setdefault(
            finding.purl,
            {
                "type": "library",
                "bom-ref": finding.purl,
                "name": finding.package,
                "version": finding.version,
                "purl": finding.purl,
            },
        )
    return {
        "bomFormat": "CycloneDX",
        "specVersion": SPEC_VERSION,
        "serialNumber": f"urn:uuid:{uuid.uuid4()}",
        "version": 1,
        "metadata": {
            "timestamp": report.finished.isoformat(),
            "tools": {
                "components": [
                    {"type": "application", "name": "sscli", "version": sscli.__version__}
                ]
            },
        },
        "components": list(components.values()),
        "vulnerabilities": [_vulnerability(f) for f in report.findings],
    }


def render_cyclonedx_vex(report: ScanReport) -> str:
    return json.dumps(cyclonedx_vex(report), indent=2, ensure_ascii=False) + "\n"
