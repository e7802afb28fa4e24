"""Static inspection of the code inside wheels and sdists, never executed: when each piece of
code runs (install, start-up, import, runtime, never), what it does (data flow from sources to
sinks), and what the files are. Rules live in `rules/`, one module per family."""

from pathlib import Path

from sscli.ingest.checks import CheckResult
from sscli.ingest.code.engine import CodeReport, inspect_code
from sscli.ingest.code.model import Finding, Phase
from sscli.ingest.code.verdict import code_check
from sscli.inventory.model import Package
from sscli.policy.model import Policy


def check_code(path: Path, filename: str, package: Package | None, policy: Policy) -> CheckResult:
    """Inspect one archive's code and decide under `policy` (the `code` check of ingest)."""
    name = package.name if package is not None else None
    report = inspect_code(path, filename, name)
    return code_check(report, policy, name, package.version if package is not None else None)


__all__ = ["CodeReport", "Finding", "Phase", "check_code", "code_check", "inspect_code"]
