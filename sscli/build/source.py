"""Facts about the source being built, from git: repository, commit, ref, cleanliness, and the
SOURCE_DATE_EPOCH that makes timestamps reproducible."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from sscli.errors import InputError


@dataclass(frozen=True)
class SourceInfo:
    path: Path
    repository: str | None = None
    commit: str | None = None
    ref: str | None = None
    subdirectory: str | None = None
    dirty: bool = False
    commit_time: int | None = None


def _git(project: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(project), *args],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else None


def source_info(project: Path) -> SourceInfo:
    """What git knows about `project` (all None outside a repository)."""
    top = _git(project, "rev-parse", "--show-toplevel")
    if top is None:
        return SourceInfo(project)
    commit_time = _git(project, "log", "-1", "--format=%ct", "--", ".")
    relative = str(project.resolve().relative_to(Path(top).resolve()))
    return SourceInfo(
        path=project,
        repository=_git(project, "config", "--get", "remote.origin.url"),
        commit=_git(project, "rev-parse", "HEAD"),
        ref=_git(project, "symbolic-ref", "-q", "HEAD")
        or _git(project, "describe", "--tags", "--exact-match"),
        subdirectory=None if relative == "." else relative,
        dirty=bool(_git(project, "status", "--porcelain", "--", ".")),
        commit_time=int(commit_time) if commit_time and commit_time.isdigit() else None,
    )


def source_date_epoch(info: SourceInfo, given: int | None) -> int:
    """`given`, else the time of the last commit that touched the project."""
    if given is not None:
        return given
    if info.commit_time is None:
        raise InputError(
            "no SOURCE_DATE_EPOCH: the project is not in a git repository with commits",
            path=info.path,
            hint="pass --source-date-epoch SECONDS (e.g. the release's commit time)",
        )
    return info.commit_time
