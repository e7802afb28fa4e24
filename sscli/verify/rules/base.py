"""One rule of the deploy gate: an id (what exceptions name), a severity, a line for the docs,
and a check from the gate's context to an outcome with its findings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sscli.verify.context import GateContext
from sscli.verify.decision import Finding, RuleResult, RuleStatus, Severity

MAX_LISTED = 8  # findings quoted in a rule's one-line reason (the JSON lists them all)


@dataclass(frozen=True)
class Problem:
    """One thing a rule found wrong, and where."""

    message: str
    location: str | None = None
    # Whether a policy exception may waive it (in a rule that may be waived at all): a finding
    # about who signed, or about evidence that is missing, never is.
    waivable: bool = True


@dataclass(frozen=True)
class Outcome:
    """What a rule's check found: its status, the reason and the problems behind it."""

    status: RuleStatus
    reason: str
    problems: tuple[Problem, ...] = ()


def passed(reason: str) -> Outcome:
    return Outcome(RuleStatus.PASS, reason)


def skipped(reason: str) -> Outcome:
    return Outcome(RuleStatus.SKIP, reason)


def judged(problems: Sequence[Problem], *, fail: str, ok: str) -> Outcome:
    """FAIL with `fail` and the first problems quoted, when there are problems; else PASS."""
    if not problems:
        return passed(ok)
    listed = "; ".join(
        f"{p.message} ({p.location})" if p.location else p.message for p in problems[:MAX_LISTED]
    )
    more = f" (and {len(problems) - MAX_LISTED} more)" if len(problems) > MAX_LISTED else ""
    return Outcome(RuleStatus.FAIL, f"{fail}{listed}{more}", tuple(problems))


@dataclass(frozen=True)
class Rule:
    """A gate rule: its id, severity, what passing means, and its check."""

    id: str
    severity: Severity
    summary: str  # what passing means, for the docs and `sscli verify rules`
    check: Callable[[GateContext], Outcome]
    # Whether policy exceptions may name it: only rules about what the evidence reports
    # (vulnerabilities, licenses, build properties), never those that decide whether there is
    # trusted evidence at all (attestations, signatures, identities, names, freshness).
    waivable: bool = False

    def run(self, context: GateContext) -> RuleResult:
        outcome = self.check(context)
        findings = tuple(
            Finding(self.id, self.severity, p.message, p.location) for p in outcome.problems
        )
        waivable = self.waivable and all(p.waivable for p in outcome.problems)
        return RuleResult(
            self.id, outcome.status, outcome.reason, self.severity, findings, waivable
        )
