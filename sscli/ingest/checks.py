"""The result of one check on one file, as ingest reports and attests it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    PASS = "pass"  # noqa: S105 - a status, not a password
    FAIL = "fail"  # blocks ingest
    WARN = "warn"  # reported, does not block
    EXCEPTED = "excepted"  # would fail, waived by a policy exception
    SKIP = "skip"  # not applicable, with the reason in the message


@dataclass(frozen=True)
class CheckResult:
    rule: str  # one of the policy schema's rule names
    status: Status
    message: str

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "status": self.status.value, "message": self.message}


def passed(rule: str, message: str) -> CheckResult:
    return CheckResult(rule, Status.PASS, message)


def failed(rule: str, message: str) -> CheckResult:
    return CheckResult(rule, Status.FAIL, message)
