"""`sscli source verify`: check the commits a build will use against the policy's `source:`
section, with git doing the signature checks against trust made from the policy alone."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sscli.errors import InputError, UsageError
from sscli.policy import Policy
from sscli.policy.source import SourcePolicy
from sscli.source.git import Git, git_version
from sscli.source.history import CommitRange, newest_tag, read_commits
from sscli.source.levels import LEVEL_NAMES, source_level
from sscli.source.rules import Check, Status, VerifyContext, run_rules
from sscli.source.state import record_tip, recorded_tip
from sscli.source.trust import trust_workspace

REPORT_FORMAT = "https://sscli.dev/source-verify-report/v1"


@dataclass(frozen=True)
class RangeRequest:
    """Which commits to verify: `rev` (default HEAD) back to the last verified tip, the policy's
    first commit or the root; or `range` "A..B"; or from the newest tag matching `since_tag`."""

    rev: str | None = None
    range: str | None = None
    since_tag: str | None = None
    ref: str | None = None


@dataclass
class VerifyReport:
    """The outcome of `sscli source verify`: every check, the source level reached, and what
    was verified under which policy."""

    repository: str | None
    ref: str | None
    tip: str
    tree: str
    object_format: str
    commit_range: CommitRange
    commits: int
    checks: list[Check]
    level: int
    continuity: str | None
    policy_path: str | None
    policy_sha256: str | None
    signers: list[str] = field(default_factory=list)
    git_version: str = ""
    verified_at: datetime = field(default_factory=lambda: datetime.now(tz=UTC))

    @property
    def passed(self) -> bool:
        statuses = {c.status for c in self.checks}
        return Status.FAIL not in statuses and Status.PASS in statuses

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if c.status is Status.FAIL]

    @property
    def level_name(self) -> str:
        return LEVEL_NAMES[self.level]

    def rule_summary(self) -> list[dict[str, Any]]:
        """Each rule with its overall status and how many checks it made."""
        summary: dict[str, dict[str, Any]] = {}
        for check in self.checks:
            entry = summary.setdefault(check.rule, {"rule": check.rule, "pass": 0, "fail": 0})
            if check.status is Status.SKIP:
                entry.setdefault("skipped", check.message)
            else:
                entry[check.status.value] += 1
        for entry in summary.values():
            entry["status"] = "fail" if entry["fail"] else ("pass" if entry["pass"] else "skip")
        return list(summary.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "result": "pass" if self.passed else "fail",
            "repository": self.repository,
            "ref": self.ref,
            "commit": self.tip,
            "tree": self.tree,
            "range": {
                "tip": self.commit_range.tip,
                "excluded": list(self.commit_range.excluded),
                "description": self.commit_range.description,
                "commits": self.commits,
            },
            "continuity": self.continuity,
            "level": self.level_name,
            "policy": {"path": self.policy_path, "sha256": self.policy_sha256},
            "rules": self.rule_summary(),
            "checks": [c.to_json() for c in self.checks],
        }


def verify_source(
    path: Path,
    policy: Policy,
    request: RangeRequest,
    *,
    state_dir: Path,
    repository: str | None = None,
    record: bool = True,
) -> VerifyReport:
    """Verify the range `request` names in the repository at `path`.

    Never raises for a failed rule: failures are checks of the report. Bad input (no such
    revision, a malformed policy section, not a repository) raises `InputError`."""
    source = policy.source
    if source is None:
        raise InputError(
            "the policy has no source: section", path=policy.path, hint="see README: Source"
        )
    _check_unique_names(source)
    with trust_workspace(source) as workspace:
        git = Git(path, trust=workspace.trust, scratch=workspace.scratch)
        git.toplevel()
        repo_uri = source.repository or repository or normalize_repository(git.remote_url())
        tip, ref, commit_range = _resolve(git, source, request, state_dir, repo_uri)
        recorded = recorded_tip(state_dir, repo_uri or str(path), ref) if ref else None
        commits = list(read_commits(git, commit_range, limit=source.max_commits))
        if not commits:
            raise InputError(f"no commits to verify in {commit_range.description}")
        context = VerifyContext(
            git=git,
            policy=source,
            object_format=git.object_format(),
            commits=commits,
            commit_range=commit_range,
            ref=ref,
            recorded_tip=recorded,
            shallow=git.is_shallow(),
        )
        checks = run_rules(context)
        level = source_level(checks, context, repo_uri)
        report = VerifyReport(
            repository=repo_uri,
            ref=ref,
            tip=tip,
            tree=commits[0].tree if commits else "",
            object_format=context.object_format,
            commit_range=commit_range,
            commits=len(commits),
            checks=checks,
            level=level,
            continuity=context.continuity,
            policy_path=policy.path,
            policy_sha256=policy.sha256,
            signers=sorted({s.name for c in commits if (s := context.signer_of(c)) is not None}),
            git_version=git_version(),
        )
    if record and report.passed and ref and report.continuity:
        record_tip(state_dir, repo_uri or str(path), ref, tip, policy.sha256)
    return report


def _check_unique_names(source: SourcePolicy) -> None:
    names = [s.name for s in source.signers]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise InputError(f"two source signers share the name {duplicates[0]!r}")


def _resolve(
    git: Git, source: SourcePolicy, request: RangeRequest, state_dir: Path, repo: str | None
) -> tuple[str, str | None, CommitRange]:
    if request.range and (request.rev or request.since_tag):
        raise UsageError("--range names both ends: it cannot be combined with --rev or --since-tag")
    if request.range and ".." not in request.range:
        # a lone revision, as in `git rev-list REV`: REV back to where a bare --rev starts
        request = replace(request, rev=request.range, range=None)
    if request.range:
        low_text, sep, high_text = request.range.partition("..")
        if not sep or not low_text or not high_text or high_text.startswith("."):
            raise UsageError(f"--range {request.range!r}: expected A..B")
        revision = high_text
    else:
        revision = request.rev or "HEAD"
    tip = git.resolve_commit(revision)
    ref = request.ref or git.full_ref(revision) or (git.head_ref() if revision == "HEAD" else None)
    if ref is not None and not re.fullmatch(r"refs/[^\s]+", ref):
        raise UsageError(f"--ref {ref!r}: a full ref name such as refs/heads/main")
    if request.range:
        low = git.resolve_commit(low_text)
        return tip, ref, CommitRange(tip, (low,), f"{low_text}..{high_text}")
    if request.since_tag:
        found = newest_tag(git, tip, [request.since_tag])
        if found is None:
            raise InputError(f"no tag matching {request.since_tag!r} is an ancestor of {revision}")
        return tip, ref, CommitRange(tip, (found[1],), f"since {found[0]}")
    recorded = recorded_tip(state_dir, repo or str(git.path), ref) if ref else None
    if recorded is not None and recorded != tip and git.is_ancestor(recorded, tip):
        return tip, ref, CommitRange(tip, (recorded,), f"since the verified tip {recorded}")
    if source.since is not None and git.is_ancestor(source.since, tip):
        parents = git.text("rev-list", "--parents", "-n", "1", source.since, "--").split()[1:]
        return tip, ref, CommitRange(tip, tuple(parents), f"since {source.since} (policy)")
    return tip, ref, CommitRange(tip, (), "the whole history")


def normalize_repository(url: str | None) -> str | None:
    """`git+https://host/path` for a remote URL, credentials removed, `.git` dropped;
    scp-style `user@host:path` becomes `git+ssh://host/path`."""
    if not url:
        return None
    scp = re.fullmatch(r"(?:[^@/]+@)?([^:/]+):(?!//)(.+)", url)
    if scp:
        url = f"ssh://{scp.group(1)}/{scp.group(2).lstrip('/')}"
    parts = urlsplit(url.removeprefix("git+"))
    if parts.scheme not in ("https", "http", "ssh", "git", "file") or not (
        parts.hostname or parts.scheme == "file"
    ):
        return None
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    path = parts.path.rstrip("/").removesuffix(".git")
    return "git+" + urlunsplit((parts.scheme, netloc, path, "", ""))
