"""Running a source scan: on the working tree, or on a commit's tree exported from the object
store (what a build of that commit gets, and the subject of the scan's attestation)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import sscli
from sscli.attest.predicates import PredicateType, validate_predicate
from sscli.attest.statement import Statement
from sscli.errors import InputError
from sscli.policy import Policy
from sscli.policy.source import SourcePolicy
from sscli.source.git import Git
from sscli.source.history import CommitRange
from sscli.source.scan import (
    SourceScanReport,
    exported_tree,
    history_secrets,
    judge,
    scan_tree,
    worktree_files,
)
from sscli.source.verify import normalize_repository

SCANNER_URI = "https://sscli.dev/source-scan"


@dataclass(frozen=True)
class SourceScanRequest:
    """What a source scan covers: the working tree or a commit's tree, and its history if asked."""

    rev: str | None = None  # None: the working tree
    history: bool = False
    range: str | None = None
    repository: str | None = None


@dataclass
class SourceScanResult:
    """A source scan's report, with the policy that gated it and what its attestation names."""

    report: SourceScanReport
    policy: SourcePolicy
    policy_sha256: str | None
    repository: str | None
    ref: str | None

    def statement(self) -> Statement:
        """The signed-to-be scan result; its subject is the scanned commit."""
        from sscli.source.attestation import commit_subject

        report = self.report
        if report.commit is None or report.tree is None:
            raise InputError("only a commit's tree can be attested: pass --rev")
        if self.repository is None:
            raise InputError(
                "the repository is unknown",
                hint="set source.repository in the policy, or pass --repository URI",
            )
        predicate = {
            "scanner": {"uri": SCANNER_URI, "version": sscli.__version__},
            "tools": report.tools,
            "policy": {
                "sha256": self.policy_sha256,
                "secrets": self.policy.secrets,
                "codeFailOn": self.policy.code_fail_on,
                "codeConfidence": self.policy.code_confidence,
            },
            "history": report.history,
            "result": "PASSED" if report.passed else "FAILED",
            "findings": [f.to_json() for f in report.findings],
            "metadata": {
                "scanStartedOn": _time(report.started),
                "scanFinishedOn": _time(report.finished),
            },
        }
        validate_predicate(PredicateType.SSCLI_SOURCE_SCAN_V1, predicate)
        subject = commit_subject(self.repository, report.commit, report.tree, self.ref)
        return Statement((subject,), PredicateType.SSCLI_SOURCE_SCAN_V1, predicate)


def _time(value: object) -> str:
    from datetime import datetime

    assert isinstance(value, datetime)
    return value.isoformat(timespec="seconds").replace("+00:00", "Z")


def run_source_scan(
    path: Path, policy: Policy | None, request: SourceScanRequest
) -> SourceScanResult:
    """Scan the tree at `path` (or the commit `request.rev`), judged by the policy's source
    section (its defaults when there is none)."""
    source = (policy.source if policy else None) or SourcePolicy()
    with tempfile.TemporaryDirectory(prefix="sscli-scan-") as scratch:
        git = _git(path, Path(scratch))
        if request.rev is None and not request.history:
            files = worktree_files(git, path)
            report = scan_tree(path, files, source)
            ref = None
        else:
            if git is None:
                raise InputError("not a git repository: --rev and --history need one", path=path)
            report, ref = _scan_commit(git, path, source, request)
        repository = (
            source.repository
            or request.repository
            or (normalize_repository(git.remote_url()) if git else None)
        )
    return SourceScanResult(report, source, policy.sha256 if policy else None, repository, ref)


def _git(path: Path, scratch: Path) -> Git | None:
    git = Git(path, scratch=scratch)
    try:
        git.toplevel()
    except InputError:
        if not path.is_dir():
            raise InputError("no such directory", path=path) from None
        return None
    return git


def _scan_commit(
    git: Git, path: Path, source: SourcePolicy, request: SourceScanRequest
) -> tuple[SourceScanReport, str | None]:
    lone = request.range if request.range and ".." not in request.range else None
    revision = request.rev or lone or "HEAD"
    commit = git.resolve_commit(revision)
    if lone and git.resolve_commit(lone) != commit:
        raise InputError(f"--range {lone} and --rev {revision} name different commits")
    object_format = git.object_format()
    with exported_tree(git, commit, object_format) as (root, files):
        report = scan_tree(root, files, source)
    report.root = str(path)
    report.commit = commit
    report.tree = git.text("rev-parse", f"{commit}^{{tree}}")
    if request.history:
        rev_args = [commit]
        description = f"the history of {revision}"
        if request.range and ".." in request.range:
            low, sep, high = request.range.partition("..")
            if not sep or not low or not high:
                raise InputError(f"--range {request.range!r}: expected A..B")
            commit_range = CommitRange(git.resolve_commit(high), (git.resolve_commit(low),))
            rev_args = commit_range.rev_args()
            description = request.range
        elif source.since:
            rev_args = [commit, *(f"^{p}" for p in _parents(git, source.since))]
            description = f"since {source.since}"
        found = history_secrets(git, rev_args, source.max_commits)
        report.findings += judge(found, source)
        report.history = {"range": description, "commits": _count(git, rev_args)}
    ref = git.full_ref(revision) or (git.head_ref() if revision == "HEAD" else None)
    return report, ref


def _parents(git: Git, commit: str) -> list[str]:
    return git.text("rev-list", "--parents", "-n", "1", commit, "--").split()[1:]


def _count(git: Git, rev_args: list[str]) -> int:
    return int(git.text("rev-list", "--count", *rev_args, "--") or 0)
