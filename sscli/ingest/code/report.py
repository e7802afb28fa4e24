"""`sscli inspect`: the ingest stage's inspection of local files (archive shape, metadata,
code), decided under a policy, for any wheel or sdist."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sscli.ingest.checks import CheckResult, Status
from sscli.ingest.code.engine import inspect_code
from sscli.ingest.code.release import ReleaseLayout
from sscli.ingest.code.verdict import code_check
from sscli.policy.model import Policy


@dataclass
class FileVerdict:
    """One file inspected by `sscli inspect`: each check's result, and how long they took."""

    path: Path
    checks: list[CheckResult]
    seconds: float

    @property
    def refused(self) -> bool:
        return any(c.status is Status.FAIL for c in self.checks)

    @property
    def findings(self) -> list[dict[str, Any]]:
        return [f for c in self.checks for f in c.findings if "rule" in f]

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "refused": self.refused,
            "seconds": round(self.seconds, 3),
            "checks": [c.to_json() for c in self.checks],
        }


def inspect_file(
    path: Path,
    policy: Policy,
    filename: str | None = None,
    previous: ReleaseLayout | None = None,
    compared: str | None = None,
    *,
    unreadable_previous: bool = False,
) -> FileVerdict:
    """Archive, metadata and code checks of one local file (named `filename`, default its
    own name), as ingest would run them; with `previous` (`compared` says which it is), the
    layout of the project's previous release to compare with."""
    import time

    from sscli.ingest.inspect import inspect_archive

    started = time.process_time()
    name = filename or path.name
    checks, metadata = inspect_archive(path, policy.ingest.archive, name)
    if all(c.status is not Status.FAIL for c in checks):
        project = metadata.package.name if metadata is not None else None
        version = metadata.version if metadata is not None else None
        report = inspect_code(path, name, project, previous)
        if compared is not None:
            report.previous = compared
        if unreadable_previous:
            from sscli.ingest.code import unreadable

            report.findings.append(unreadable(name, compared or "the previous release"))
        checks.append(code_check(report, policy, project, version))
    return FileVerdict(path, checks, time.process_time() - started)
