"""Static inspection of the code inside wheels and sdists, never executed: when each piece of
code runs (install, start-up, import, runtime, never), what it does (data flow from sources to
sinks), and what the files are. Rules live in `rules/`, one module per family."""

from collections.abc import Sequence
from pathlib import Path

from sscli.ingest.checks import CheckResult
from sscli.ingest.code.engine import CodeReport, inspect_code
from sscli.ingest.code.model import Finding, Phase
from sscli.ingest.code.release import ReleaseLayout
from sscli.ingest.code.verdict import code_check
from sscli.inventory.model import Package
from sscli.policy.model import Policy


def check_code(
    path: Path,
    filename: str,
    package: Package | None,
    policy: Policy,
    *,
    previous: ReleaseLayout | None = None,
    compared: str | None = None,
    unreadable_previous: bool = False,
    extra: Sequence[Finding] = (),
) -> CheckResult:
    """Inspect one archive's code and decide under `policy` (the `code` check of ingest);
    with `previous`, the layout of the project's previous release, what changed since.
    `compared` says which previous release that was (or why there was none), and
    `unreadable_previous` that one exists but could not be read (a finding); `extra` are
    findings made outside the archive (the metadata against the provenance's signer)."""
    name = package.name if package is not None else None
    report = inspect_code(path, filename, name, previous)
    if compared is not None:
        report.previous = compared
    if unreadable_previous:
        report.findings.append(unreadable(filename, compared or "the previous release"))
    report.findings.extend(extra)
    return code_check(report, policy, name, package.version if package is not None else None)


def unreadable(filename: str, reason: str) -> Finding:
    """The finding for a previous release that could not be compared with."""
    from sscli.ingest.code.registry import rules

    rule = rules()["layout-previous-unreadable"]
    severity = rule.severity(Phase.RUNTIME) or "medium"
    return Finding(rule.id, severity, filename, 0, Phase.RUNTIME, reason)


__all__ = ["CodeReport", "Finding", "Phase", "check_code", "code_check", "inspect_code"]
