"""The policy's decision on a file's code findings: refuse (a denied severity, not waived),
warn, or pass; each finding is marked with what the policy did with it."""

from __future__ import annotations

from datetime import date
from typing import Any

from sscli.ingest.checks import CheckResult, Status
from sscli.ingest.code.engine import CodeReport
from sscli.ingest.code.model import SEVERITIES, Finding
from sscli.policy.model import Policy

RULE = "code"
MAX_RECORDED = 500  # findings kept in a check (the rest are counted)


def code_check(
    report: CodeReport,
    policy: Policy,
    package: str | None,
    version: str | None,
    today: date | None = None,
) -> CheckResult:
    """One `code` check for the file, with every finding and the policy's decision on it."""
    if report.error is not None:
        return CheckResult(RULE, Status.FAIL, f"code not inspected: {report.error}")
    rules = policy.ingest.code
    refused: list[Finding] = []
    warned: list[Finding] = []
    waived: list[str] = []
    expired: list[str] = []
    decided: list[dict[str, Any]] = []
    for finding in report.findings:
        decision = "info"
        if finding.severity in rules.deny:
            decision = "deny"
            valid, old = _waiver(policy, package, version, finding.rule, today)
            if valid is not None:
                decision = "waived"
                waived.append(f"{finding.rule} (until {valid.expires}: {valid.reason})")
            else:
                refused.append(finding)
                if old is not None:
                    expired.append(f"{finding.rule} (expired {old.expires})")
        elif finding.severity in rules.warn:
            decision = "warn"
            warned.append(finding)
        decided.append({**finding.to_json(), "decision": decision})
    kept = tuple(decided[:MAX_RECORDED])
    if len(decided) > MAX_RECORDED:
        kept += ({"truncated": len(decided) - MAX_RECORDED},)
    counts = _counts(report.findings)
    if report.previous:
        counts += f"; layout against {report.previous}"
    if refused:
        shown = "; ".join(_describe(f) for f in refused[:3])
        more = f" and {len(refused) - 3} more" if len(refused) > 3 else ""
        note = f" (waivers expired: {', '.join(sorted(set(expired)))})" if expired else ""
        return CheckResult(RULE, Status.FAIL, f"refused: {shown}{more}{note}", kept)
    if waived:
        return CheckResult(
            RULE, Status.EXCEPTED, f"waived: {', '.join(sorted(set(waived)))}; {counts}", kept
        )
    if warned:
        shown = "; ".join(_describe(f) for f in warned[:3])
        more = f" and {len(warned) - 3} more" if len(warned) > 3 else ""
        return CheckResult(RULE, Status.WARN, f"{shown}{more}", kept)
    return CheckResult(
        RULE, Status.PASS, f"{report.files_analysed} Python file(s) analysed; {counts}", kept
    )


def _waiver(
    policy: Policy, package: str | None, version: str | None, rule: str, today: date | None
) -> tuple[Any, Any]:
    if package is None:
        return None, None
    valid, expired = policy.exception_for(package, version, f"code:{rule}", today)
    if valid is None:
        whole, whole_expired = policy.exception_for(package, version, RULE, today)
        return whole, expired or whole_expired
    return valid, expired


def _describe(finding: Finding) -> str:
    where = f"{finding.location} ({finding.severity}, {finding.phase.value})"
    return f"{finding.rule} at {where}: {finding.message}"


def _counts(findings: list[Finding]) -> str:
    if not findings:
        return "no findings"
    by = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}
    return ", ".join(f"{n} {s}" for s, n in by.items() if n)
