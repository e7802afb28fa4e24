"""The gate's decision: allow or deny, with one line per rule and the findings behind it (stable
JSON, documented in docs/verify-report.md, and a Markdown summary for CI job summaries)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sscli.verify.evidence import Evidence

REPORT_FORMAT = "https://sscli.dev/verify-report/v1"


class RuleStatus(StrEnum):
    PASS = "pass"  # noqa: S105 - a status, not a password
    FAIL = "fail"
    SKIP = "skip"
    WAIVED = "waived"


class Severity(StrEnum):
    """How much a failure of the rule says about the artifact (every failure denies)."""

    CRITICAL = "critical"  # the evidence is forged, or not about this artifact
    HIGH = "high"  # the evidence says the artifact was not made as the policy requires
    MEDIUM = "medium"  # the evidence is stale, or the artifact is not the expected one


@dataclass(frozen=True)
class Finding:
    """One reason a rule failed: what is wrong, and where the evidence for it is (an
    attestation's `file:line`, a bundle, an SBOM component), when it is somewhere."""

    rule: str
    severity: Severity
    message: str
    location: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"message": self.message, "location": self.location}


@dataclass(frozen=True)
class RuleResult:
    """One rule's result in a decision: its status, reason, severity and findings."""

    rule: str
    status: RuleStatus
    reason: str
    severity: Severity = Severity.HIGH
    findings: tuple[Finding, ...] = ()
    waivable: bool = False  # a policy exception may waive this failure


@dataclass
class Decision:
    """The gate's answer for one artifact: each rule's result, and the statements that counted."""

    artifact: str
    sha256: str  # of the bytes every subject was checked against
    rules: list[RuleResult] = field(default_factory=list)
    subjects: tuple[str, ...] = ()  # the artifact's names in the trusted statements
    trusted: list[dict[str, Any]] = field(default_factory=list)  # the statements that counted
    # what the decision rests on (for its verification summary); not part of the report
    evidence: Evidence | None = field(default=None, repr=False, compare=False)

    @property
    def allowed(self) -> bool:
        """Allowed only if no rule failed and at least one rule passed (positive evidence)."""
        statuses = {r.status for r in self.rules}
        return RuleStatus.FAIL not in statuses and RuleStatus.PASS in statuses

    def to_json(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "artifact": self.artifact,
            "sha256": self.sha256,
            "subjects": list(self.subjects),
            "decision": "allow" if self.allowed else "deny",
            "trusted": self.trusted,
            "rules": [
                {
                    "rule": r.rule,
                    "status": r.status.value,
                    "severity": r.severity.value,
                    "reason": r.reason,
                    "findings": [f.to_json() for f in r.findings],
                }
                for r in self.rules
            ],
        }


def markdown_summary(decisions: list[Decision]) -> str:
    """A short Markdown summary (for $GITHUB_STEP_SUMMARY)."""
    icons = {
        RuleStatus.PASS: "✅",
        RuleStatus.FAIL: "❌",
        RuleStatus.SKIP: "⏭️",
        RuleStatus.WAIVED: "⚠️",
    }
    lines = ["## sscli deploy gate", ""]
    for decision in decisions:
        verdict = "**allowed**" if decision.allowed else "**denied**"
        lines += [
            f"### `{decision.artifact}`: {verdict}",
            "",
            "| rule | status | reason |",
            "|---|---|---|",
        ]
        for rule in decision.rules:
            reason = rule.reason.replace("|", "\\|").replace("\n", " ")
            lines.append(f"| {rule.rule} | {icons[rule.status]} {rule.status.value} | {reason} |")
        lines.append("")
    return "\n".join(lines)
