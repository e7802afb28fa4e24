"""`--format in-toto`: the body of an in-toto vulnerability-scan predicate, for `attest` to sign.

Predicate type https://in-toto.io/attestation/vulns/v0.1, fields as in
https://github.com/in-toto/attestation/blob/main/spec/predicates/vulns_02.md. Only findings
that VEX did not suppress are results; each carries its package and fix as annotations.
"""

from __future__ import annotations

import json
from typing import Any

import sscli
from sscli.inventory import pypi_purl
from sscli.scan.findings import Finding, ScanReport

PREDICATE_TYPE = "https://in-toto.io/attestation/vulns/v0.1"


def _result(finding: Finding) -> dict[str, Any]:
    severity = finding.severity
    scores = [{"method": "sscli-level", "score": severity.level.value}]
    if severity.score is not None and severity.method:
        scores.insert(0, {"method": severity.method, "score": f"{severity.score:.1f}"})
    return {
        "id": finding.advisory_id,
        "severity": scores,
        "annotations": [
            {"package": finding.purl},
            {"aliases": list(finding.aliases)},
            {"fixedIn": finding.smallest_fix},
        ],
    }


def vulns_predicate(report: ScanReport) -> dict[str, Any]:
    """The predicate body (a dict) describing `report`."""
    database = report.database
    db: dict[str, Any] = {"uri": database.uri}
    if database.version:
        db["version"] = database.version
    if database.last_update:
        db["lastUpdate"] = database.last_update.isoformat().replace("+00:00", "Z")
    return {
        "invocation": {
            "parameters": [
                f"--service={report.service}",
                *([report.input_path] if report.input_path else []),
            ],
        },
        "scanner": {
            "uri": pypi_purl("sscli", sscli.__version__),
            "version": sscli.__version__,
            "db": db,
            "result": [_result(f) for f in report.active],
        },
        "metadata": {
            "scanStartedOn": report.started.isoformat().replace("+00:00", "Z"),
            "scanFinishedOn": report.finished.isoformat().replace("+00:00", "Z"),
        },
    }


def render_intoto(report: ScanReport) -> str:
    return json.dumps(vulns_predicate(report), indent=2, ensure_ascii=False) + "\n"
