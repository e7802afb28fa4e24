"""Facts about the source being built, from git (repository, commit, ref, cleanliness) or from
the sdist it is, and the SOURCE_DATE_EPOCH that makes timestamps reproducible."""

from __future__ import annotations

import contextlib
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from sscli.errors import InputError


@dataclass(frozen=True)
class SdistSource:
    """The source is a release tarball (or one unpacked): its name, digest and newest time."""

    filename: str
    sha256: str | None  # None when it was given unpacked
    newest_time: int


@dataclass(frozen=True)
class SourceInfo:
    """What is known of the source being built: its git origin and state, or the sdist it is."""

    path: Path
    repository: str | None = None
    commit: str | None = None
    ref: str | None = None
    subdirectory: str | None = None
    dirty: bool = False
    commit_time: int | None = None
    sdist: SdistSource | None = None


@dataclass(frozen=True)
class SourceDate:
    """SOURCE_DATE_EPOCH and where it came from: given, git-commit or sdist."""

    epoch: int
    origin: str


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
    """What git knows about `project` (all None outside a repository), and, for an unpacked
    sdist (a PKG-INFO beside its build files), the newest time of its files."""
    from sscli.build.sdist import is_unpacked_sdist, newest_file_time

    unpacked = (
        SdistSource(project.resolve().name, None, newest_file_time(project))
        if is_unpacked_sdist(project)
        else None
    )
    top = _git(project, "rev-parse", "--show-toplevel")
    if top is None:
        return SourceInfo(project, sdist=unpacked)
    commit_time = _git(project, "log", "-1", "--format=%ct", "--", ".")
    relative = str(project.resolve().relative_to(Path(top).resolve()))
    remote = _git(project, "config", "--get", "remote.origin.url")
    return SourceInfo(
        path=project,
        repository=repository_url(remote, Path(top)) if remote else None,
        commit=_git(project, "rev-parse", "HEAD"),
        ref=_git(project, "symbolic-ref", "-q", "HEAD")
        or _git(project, "describe", "--tags", "--exact-match"),
        subdirectory=None if relative == "." else relative,
        dirty=bool(_git(project, "status", "--porcelain", "--", ".")),
        commit_time=int(commit_time) if commit_time and commit_time.isdigit() else None,
        sdist=unpacked,
    )


def require_committed(source: SourceInfo) -> None:
    """Refuse to build what no source attestation can cover: a tree outside git (or an sdist),
    or one with uncommitted or untracked changes (`git status` shows them). A deploy policy
    with `deploy.source` asks for this: its gate accepts only a verified commit."""
    from sscli.errors import PolicyError

    if source.commit is None:
        raise PolicyError(
            "the policy requires a source attestation, but the project is not a git commit",
            hint="build from a checkout of the verified commit",
        )
    if source.dirty:
        raise PolicyError(
            f"the working tree has uncommitted or untracked changes on {source.commit[:12]}: "
            "the policy requires a source attestation of the commit built",
            hint="commit (and verify) the changes, or build from a clean checkout",
        )


@contextlib.contextmanager
def build_source(path: Path) -> Iterator[SourceInfo]:
    """The source to build at `path`: a project directory as it is, or an sdist file inspected
    and unpacked for the block (its `path` is then the unpacked tree)."""
    from sscli.build.sdist import is_sdist_file, newest_member_time, unpacked_sdist
    from sscli.fsutil import hash_file

    if not is_sdist_file(path):
        yield source_info(path)
        return
    sdist = SdistSource(path.name, hash_file(path)["sha256"], newest_member_time(path))
    with unpacked_sdist(path) as tree:
        yield SourceInfo(tree, sdist=sdist)


# Never part of a build's source, outside git too (in git, what .gitignore ignores is left out).
NOT_SOURCES = frozenset({".git", ".hg", ".svn", ".venv", "__pycache__", ".sscli", ".tox", ".nox"})
_GENERATED = (".pyc", ".egg-info")


def source_files(project: Path, exclude: tuple[Path, ...] = ()) -> list[Path]:
    """The files a build of `project` starts from, relative to it, in order: in a git work
    tree the tracked and the untracked-but-not-ignored ones (what a fresh checkout plus the
    working changes hold; never the output of earlier runs, a virtualenv or a vault that
    .gitignore names), else every file but version control, environments, caches, dist/ and
    build/. Directories in `exclude` (the build's own output, the vault) are left out."""
    listed = _git_z(project, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    if listed is not None:
        candidates = [Path(p) for p in listed]
    else:
        candidates = [
            p.relative_to(project)
            for p in project.rglob("*")
            if not {"dist", "build"} & set(p.relative_to(project).parts[:1])
        ]
    excluded = [e.resolve() for e in exclude]
    chosen = []
    for relative in candidates:
        path = project / relative
        if (
            NOT_SOURCES & set(relative.parts)
            or any(part.endswith(_GENERATED) for part in relative.parts)
            or not path.is_file()  # a directory (a submodule), or a symlink leading nowhere
            or any(path.resolve().is_relative_to(e) for e in excluded)
        ):
            continue
        chosen.append(relative)
    return sorted(set(chosen))


def _git_z(project: Path, *args: str) -> list[str] | None:
    """A NUL-separated git listing, or None when `project` is not in a git work tree."""
    if _git(project, "rev-parse", "--is-inside-work-tree") != "true":
        return None
    try:
        done = subprocess.run(
            ["git", "-C", str(project), *args], capture_output=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return [p for p in done.stdout.decode("utf-8", "surrogateescape").split("\0") if p]


# git's scp-like syntax, [user@]host:path, applies only when no slash comes before the first
# colon (else it is a local path); a bracketed host may hold an IPv6 address.
_SCP_LIKE = re.compile(r"^(?:(?P<user>[^@/]+)@)?(?P<host>\[[^\]/]+\]|[^@/:\[\]]+):(?P<path>.*)$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HELPER = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*::")


def repository_url(remote: str, top: Path) -> str:
    """A git remote as a URL fit for provenance: scheme explicit (an scp-like `git@host:o/r`
    becomes `ssh://git@host/o/r`, a local path `file:///abs/path`, resolved from the work tree
    `top` when relative), and no credentials (a password or token in an http(s) URL's user
    part is dropped; an ssh user name is kept, it names an account, not a secret)."""
    remote = remote.strip()
    if _SCHEME.match(remote):
        return _without_credentials(remote)
    if _HELPER.match(remote):  # <transport>::<address>, for a git remote helper
        transport, _, address = remote.partition("::")
        return f"{transport}::{_without_credentials(address)}"
    scp = _SCP_LIKE.match(remote)
    if scp and len(scp["host"]) > 1 and not remote.startswith(("/", ".")):
        user = f"{scp['user']}@" if scp["user"] else ""
        path = scp["path"] if scp["path"].startswith("/") else f"/{scp['path']}"
        return f"ssh://{user}{scp['host']}{path}"
    local = Path(remote).expanduser()
    return (local if local.is_absolute() else top / local).resolve().as_uri()


def _without_credentials(url: str) -> str:
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    user, _, host = parts.netloc.rpartition("@")
    ssh_user = user.partition(":")[0] if parts.scheme.lower() in ("ssh", "git+ssh") else ""
    netloc = f"{ssh_user}@{host}" if ssh_user else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def source_date_epoch(info: SourceInfo, given: int | None) -> SourceDate:
    """`given`, else the time of the last commit that touched the project, else (an sdist, or
    one unpacked outside git) the newest time of its members."""
    if given is not None:
        return SourceDate(given, "given")
    if info.commit_time is not None:
        return SourceDate(info.commit_time, "git-commit")
    if info.sdist is not None:
        return SourceDate(info.sdist.newest_time, "sdist")
    raise InputError(
        "no SOURCE_DATE_EPOCH: the project is not in a git repository with commits, nor an sdist",
        path=info.path,
        hint="pass --source-date-epoch SECONDS (e.g. the release's commit time)",
    )
