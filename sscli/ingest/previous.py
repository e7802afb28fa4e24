"""The previous release of a project, for the code inspection's `layout` rules: the greatest
earlier version's archive of the same kind (a wheel with the most tags in common, or the
sdist), from the vault when it holds one (no network), else, when the policy's
`previous_release` is `index`, from the index: downloaded once per run, hash-checked against
the index's sha256, and read without being run or kept."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from packaging.utils import InvalidWheelFilename, parse_wheel_filename
from packaging.version import Version

from sscli.errors import SscliError
from sscli.index.client import IndexClient
from sscli.index.models import IndexFile, ProjectPage
from sscli.ingest.code.release import ReleaseLayout, UnreadableArchive, read_release
from sscli.inventory.model import distribution_filename
from sscli.vault.store import Vault, VaultEntry, VaultStore

NONE, VAULT, INDEX = "none", "vault", "index"
_Fetch = Callable[[Path], str]  # copies the archive to the path; says where it came from


@dataclass(frozen=True)
class Previous:
    """The previous release's layout, or None with the reason (`note`); `problem` when there
    is a previous release that could not be read (a finding: the comparison was not made)."""

    layout: ReleaseLayout | None
    note: str
    problem: bool = False


def _kind(filename: str) -> str | None:
    if filename.endswith(".whl"):
        return "wheel"
    if filename.endswith((".tar.gz", ".zip", ".tgz")):
        return "sdist"
    return None


def _version(filename: str) -> Version | None:
    parsed = distribution_filename(filename)
    if parsed is None:
        return None
    try:
        return Version(parsed[1])
    except ValueError:  # InvalidVersion, or more digits than int() takes
        return None


def _tags(filename: str) -> frozenset[str]:
    try:
        return frozenset(str(t) for t in parse_wheel_filename(filename)[3])
    except InvalidWheelFilename:
        return frozenset()


def pick_previous(filename: str, candidates: Iterable[str]) -> str | None:
    """Of `candidates` (file names of the same project), the archive of the greatest version
    below `filename`'s of the same kind; among wheels, the one sharing most tags with it."""
    kind, version = _kind(filename), _version(filename)
    if kind is None or version is None:
        return None
    by_version: dict[Version, list[str]] = {}
    for name in candidates:
        other = _version(name)
        if other is not None and other < version and _kind(name) == kind:
            by_version.setdefault(other, []).append(name)
    if not by_version:
        return None
    files = by_version[max(by_version)]
    if kind == "sdist":
        return min(files, key=lambda n: (not n.endswith(".tar.gz"), n))
    tags = _tags(filename)
    platforms = {t.rsplit("-", 1)[-1] for t in tags}

    def closeness(name: str) -> tuple[int, int, str]:
        theirs = _tags(name)
        shared_platforms = len(platforms & {t.rsplit("-", 1)[-1] for t in theirs})
        return (-len(tags & theirs), -shared_platforms, name)

    return min(files, key=closeness)


@dataclass
class PreviousReleases:
    """Finds and reads previous releases for one run (thread-safe; each archive read once)."""

    vault: VaultStore
    entries: Sequence[VaultEntry]
    workspace: Path
    source: str = VAULT  # none | vault | index
    client: IndexClient | None = None
    limit: int = 512 * 1024 * 1024
    _read: dict[tuple[str, str], Previous] = field(default_factory=dict)
    _locks: dict[tuple[str, str], threading.Lock] = field(default_factory=dict)
    _guard: threading.Lock = field(default_factory=threading.Lock)

    def find(self, project: str, filename: str, page: ProjectPage | None) -> Previous:
        """The layout of `filename`'s previous release (project normalized)."""
        if self.source == NONE:
            return Previous(None, "the policy compares no previous release")
        vaulted = {e.filename: e for e in self.entries if e.project == project}
        chosen = pick_previous(filename, vaulted)
        if chosen is not None:
            entry = vaulted[chosen]
            return self._once(project, chosen, lambda target: self._from_vault(entry, target))
        if self.source != INDEX or page is None or self.client is None:
            return Previous(None, "the vault holds no earlier release of the same kind")
        listed = {f.filename: f for f in page.files if not f.is_yanked}
        chosen = pick_previous(filename, listed)
        if chosen is None:
            return Previous(None, "neither the vault nor the index has an earlier release")
        listing = listed[chosen]
        return self._once(project, chosen, lambda target: self._from_index(listing, target))

    def _once(self, project: str, filename: str, fetch: _Fetch) -> Previous:
        key = (project, filename)
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            if key not in self._read:
                self._read[key] = self._load(filename, fetch)
            return self._read[key]

    def _load(self, filename: str, fetch: _Fetch) -> Previous:
        self.workspace.mkdir(parents=True, exist_ok=True)
        target = self.workspace / f".previous-{threading.get_ident()}-{filename}"
        try:
            origin = fetch(target)
            return Previous(read_release(target, filename), f"{filename} ({origin})")
        except SscliError as exc:
            return Previous(None, f"{filename} could not be read: {exc.message}", problem=True)
        except UnreadableArchive as exc:
            return Previous(None, f"{filename} is not a readable archive: {exc}", problem=True)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            return Previous(None, f"{filename} could not be read: {reason}", problem=True)
        finally:
            target.unlink(missing_ok=True)

    def _from_vault(self, entry: VaultEntry, target: Path) -> str:
        self.vault.download(entry, target, self.limit)
        return "from the vault"

    def _from_index(self, listing: IndexFile, target: Path) -> str:
        assert self.client is not None
        listed = listing.hashes.get("sha256")
        if not listed:
            raise _NoHash(f"the index lists no sha256 for {listing.filename}")
        download = self.client.download(listing, self.workspace, expected_sha256=listed)
        download.path.replace(target)
        return f"from the index, sha256 {download.sha256}"


class _NoHash(SscliError):
    pass


def match_local(
    files: Sequence[Path], previous: Sequence[Path]
) -> dict[Path, tuple[ReleaseLayout, str]]:
    """For `sscli inspect FILE... --previous EARLIER...`: each file's previous release among
    `previous` (same project, an earlier version, the same kind), read. Every `previous` must
    be an earlier release of some file, else a usage error (a typo compares nothing)."""
    from sscli.errors import InputError, UsageError

    by_project: dict[str, dict[str, Path]] = {}
    for path in previous:
        parsed = distribution_filename(path.name)
        if parsed is None or _kind(path.name) is None:
            raise InputError("--previous is not a wheel or sdist file name", path=path)
        if not path.is_file():
            raise InputError("no such file", path=path)
        by_project.setdefault(parsed[0], {})[path.name] = path
    matched: dict[Path, tuple[ReleaseLayout, str]] = {}
    used: set[Path] = set()
    for file in files:
        parsed = distribution_filename(file.name)
        candidates = by_project.get(parsed[0], {}) if parsed is not None else {}
        chosen = pick_previous(file.name, candidates)
        if chosen is None:
            continue
        path = candidates[chosen]
        try:
            layout = read_release(path, path.name)
        except UnreadableArchive as exc:
            raise InputError(f"not a readable archive: {exc}", path=path) from None
        matched[file] = (layout, f"{path.name} (given with --previous)")
        used.add(path)
    unused = [p for p in previous if p not in used]
    if unused:
        raise UsageError(
            f"--previous {unused[0]} is not an earlier release, of the same kind, of any FILE",
            hint="give an earlier wheel for a wheel, an earlier sdist for an sdist",
        )
    return matched


def vault_previous(vault: Vault, filename: str, source: str) -> Previous:
    """For `vault import`: the previous release of `filename`'s project that `vault` holds
    (there is no index to ask; `source` none compares nothing)."""
    parsed = distribution_filename(filename)
    if source == NONE:
        return Previous(None, "the policy compares no previous release")
    if parsed is None:
        return Previous(None, "not a wheel or sdist file name: no previous release")
    finder = PreviousReleases(vault, vault.entries(), vault.tmp_dir, VAULT)
    return finder.find(parsed[0], filename, None)
