"""The gate's decision: allow or deny, with one line per rule (stable JSON, documented in
docs/verify-report.md, and a Markdown summary for CI job summaries)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

REPORT_FORMAT = "https://sscli.dev/verify-report/v1"


class RuleStatus(StrEnum):
    PASS = "pass"  # noqa: S105 - a status, not a password
    FAIL = "fail"
    SKIP = "skip"
    WAIVED = "waived"


@dataclass(frozen=True)
class RuleResult:
    rule: str
    status: RuleStatus
    reason: str


@dataclass
class Decision:
    artifact: str
    sha256: str
    rules: list[RuleResult] = field(default_factory=list)

    @property
    def allowed(self) -> bool:
        """Allowed only if no rule failed and at least one rule passed (positive evidence)."""
        statuses = {r.status for r in self.rules}
        return RuleStatus.FAIL not in statuses and RuleStatus.PASS in statuses

    def add(self, rule: str, status: RuleStatus, reason: str) -> None:
        self.rules.append(RuleResult(rule, status, reason))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "artifact": self.artifact,
            "sha256": self.sha256,
            "decision": "allow" if self.allowed else "deny",
            "rules": [
                {"rule": r.rule, "status": r.status.value, "reason": r.reason} for r in self.rules
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
