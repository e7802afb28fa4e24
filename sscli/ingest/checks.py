"""The result of one check on one file, as ingest reports and attests it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any


class Status(StrEnum):
    PASS = "pass"  # noqa: S105 - a status, not a password
    FAIL = "fail"  # blocks ingest
    WARN = "warn"  # reported, does not block
    EXCEPTED = "excepted"  # would fail, waived by a policy exception
    SKIP = "skip"  # not applicable, with the reason in the message


@dataclass(frozen=True)
class CheckResult:
    """One ingest check's verdict on a file: pass, warn or fail, with its message and findings."""

    rule: str  # one of the policy schema's rule names
    status: Status
    message: str
    findings: tuple[dict[str, Any], ...] = ()  # code inspection: every finding, as JSON

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "rule": self.rule,
            "status": self.status.value,
            "message": self.message,
        }
        if self.findings:
            out["findings"] = list(self.findings)
        return out


def passed(rule: str, message: str) -> CheckResult:
    return CheckResult(rule, Status.PASS, message)


def failed(rule: str, message: str) -> CheckResult:
    return CheckResult(rule, Status.FAIL, message)
