"""The vault: a content-addressed, write-once store of vetted distribution files.

Layout under the vault root:
    blobs/sha256/ab/<digest>          the bytes, read-only, named by their sha256
    files/<project>/<filename>        a hard link to the blob: what indexes point at
    entries/<project>/<filename>.json what is known about the file (see `VaultEntry`)
    attestations/<digest>.intoto.jsonl signed ingest attestations of the file (and, for a wheel
                                      built here, its signed SLSA provenance)
    builds/<digest>/                  the records of a wheel built here from its sdist
                                      (`BUILD_RECORDS`: build report, provenance, build log)
    simple/                           the static PEP 503 + PEP 691 index (derived, see pages.py)
    manifests/<digest>.json           what an ingest of one lock found (sscli.ingest.manifest),
                                      so that the same lock re-ingested only stats the vault
    tmp/                              downloads in progress (same file system, for rename)

A file is *in* the vault once its `files/` link exists: the entry is written before it, the
index after it. A crash therefore leaves at worst an orphan blob or an entry without a file;
both are ignored by readers and tidied by the next write. Writers hold an exclusive lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sscli.errors import InputError, PolicyError
from sscli.fsutil import (
    atomic_write_text,
    file_lock,
    fsync_dir,
    hash_file,
    read_text_limited,
    sync_filesystem,
)
from sscli.inventory.model import normalize_name
from sscli.progress import Progress, silent

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any, Protocol
else:
    Protocol = object  # a Protocol is read by the type checker only

READ_ONLY = 0o444
BUILD_RECORDS = ("build-report.json", "provenance.predicate.json", "build.log")
MAX_ENTRY_BYTES = 16 * 1024 * 1024


class VaultConflictError(PolicyError):
    """Different content under a filename the vault already holds (write-once)."""


@dataclass(frozen=True)
class VaultEntry:
    """One file in the vault and the record of how it got there."""

    project: str
    version: str
    filename: str
    sha256: str
    size: int
    source_url: str | None = None
    requires_python: str | None = None
    ingested_at: str | None = None
    policy_sha256: str | None = None
    checks: list[dict[str, Any]] = field(default_factory=list)
    attestation: str | None = None  # path of its ingest attestation, relative to the vault
    # a wheel built here from a vaulted sdist (`ingest --build-from-source`): the sdist, the
    # build's verdicts and where its provenance is; None for a file as the index served it
    built: dict[str, Any] | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str, *, origin: Path | str) -> VaultEntry:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            raise InputError(f"corrupt vault entry: {exc}", path=origin) from exc
        return cls.from_data(data, origin=origin)

    @classmethod
    def from_data(cls, data: Any, *, origin: Path | str) -> VaultEntry:
        """An entry from its parsed JSON, every field checked."""
        try:
            entry = cls(**data)
        except TypeError as exc:
            raise InputError(f"corrupt vault entry: {exc}", path=origin) from exc
        strings = (entry.project, entry.version, entry.filename, entry.sha256)
        optional = (
            entry.source_url,
            entry.requires_python,
            entry.ingested_at,
            entry.policy_sha256,
            entry.attestation,
        )
        if (
            not all(isinstance(s, str) for s in strings)
            or not all(s is None or isinstance(s, str) for s in optional)
            or not isinstance(entry.size, int)
            or not isinstance(entry.checks, list)
            or not (entry.built is None or isinstance(entry.built, dict))
        ):
            raise InputError("corrupt vault entry: a field has the wrong type", path=origin)
        return entry


class VaultStore(Protocol):
    """What ingest needs of a vault: the directory vault below, or a bucket
    (`sscli.stores.s3.BucketVault`)."""

    def locked(self) -> contextlib.AbstractContextManager[None]: ...
    def tidy(self) -> list[str]: ...
    def entries(self) -> list[VaultEntry]: ...
    def get(self, project: str, filename: str) -> VaultEntry | None: ...
    def download(self, entry: VaultEntry, target: Path, limit: int) -> None: ...
    def workspace(self) -> contextlib.AbstractContextManager[Path]: ...
    def add(self, temporary: Path, entry: VaultEntry) -> tuple[VaultEntry, bool]: ...
    def record_attestation(self, entry: VaultEntry, envelope_line: bytes) -> VaultEntry: ...
    def index_is_current(self) -> bool: ...
    def rebuild_index(self) -> int: ...


class Vault:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- paths -------------------------------------------------------------------------------

    def blob_path(self, sha256: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise InputError(f"not a sha256 digest: {sha256[:80]!r}")
        return self.root / "blobs" / "sha256" / sha256[:2] / sha256

    def file_path(self, project: str, filename: str) -> Path:
        return self.root / "files" / checked_project(project) / checked_filename(filename)

    def entry_path(self, project: str, filename: str) -> Path:
        return (
            self.root / "entries" / checked_project(project) / f"{checked_filename(filename)}.json"
        )

    @property
    def tmp_dir(self) -> Path:
        return self.root / "tmp"

    @property
    def simple_dir(self) -> Path:
        return self.root / "simple"

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Exclusive lock for writers; concurrent `sscli ingest` runs serialize here."""
        self.root.mkdir(parents=True, exist_ok=True)
        with file_lock(self.root / ".lock"):
            yield

    def index_is_current(self) -> bool:
        from sscli.vault.pages import index_is_current

        return index_is_current(self)

    def rebuild_index(self) -> int:
        from sscli.vault.pages import rebuild_index

        return rebuild_index(self)

    # -- reading -----------------------------------------------------------------------------

    def entries(self) -> list[VaultEntry]:
        """Every committed entry (its files/ link exists), sorted by project and filename."""
        found = []
        base = self.root / "entries"
        if not base.is_dir():
            return []
        for path in sorted(base.glob("*/*.json")):
            entry = VaultEntry.from_json(read_text_limited(path, MAX_ENTRY_BYTES), origin=path)
            if self.file_path(entry.project, entry.filename).exists():
                found.append(entry)
        return found

    def get(self, project: str, filename: str) -> VaultEntry | None:
        path = self.entry_path(normalize_name(project), filename)
        if not path.is_file() or not self.file_path(normalize_name(project), filename).exists():
            return None
        return VaultEntry.from_json(read_text_limited(path, MAX_ENTRY_BYTES), origin=path)

    def download(self, entry: VaultEntry, target: Path, limit: int) -> None:
        """Copy an entry's file to `target`, checking its size and sha256 against the entry
        (as a bucket's `download` does)."""
        from sscli.fsutil import open_regular

        hasher = hashlib.sha256()
        size = 0
        source_path = self.file_path(entry.project, entry.filename)
        with open_regular(source_path) as source, target.open("wb") as out:
            while chunk := source.read(1024 * 1024):
                size += len(chunk)
                if size > min(limit, entry.size):
                    raise InputError(f"{entry.filename} in the vault is larger than its entry")
                hasher.update(chunk)
                out.write(chunk)
        if hasher.hexdigest() != entry.sha256 or size != entry.size:
            from sscli.index.client import IntegrityError

            raise IntegrityError(
                f"{entry.filename} in the vault does not match its entry's sha256: "
                "the vault was altered (sscli vault verify)"
            )

    def find_sha256(self, sha256: str) -> list[VaultEntry]:
        return [e for e in self.entries() if e.sha256 == sha256]

    # -- writing (callers hold `locked()`) ----------------------------------------------------

    def add(self, temporary: Path, entry: VaultEntry) -> tuple[VaultEntry, bool]:
        """Move a verified temporary file into the vault. Returns (entry, added).

        Identical content under the same name is a no-op (added False, the existing entry);
        different content under an existing name is refused.
        """
        project = normalize_name(entry.project)
        _check_filename(entry.filename)
        existing = self.get(project, entry.filename)
        if existing is not None:
            temporary.unlink(missing_ok=True)
            if existing.sha256 != entry.sha256:
                raise VaultConflictError(
                    f"the vault already holds {entry.filename} with sha256 {existing.sha256}; "
                    f"refusing different content ({entry.sha256})",
                    hint="files in the vault are write-once",
                )
            return existing, False
        blob = self.blob_path(entry.sha256)
        if blob.exists():
            temporary.unlink(missing_ok=True)
        else:
            blob.parent.mkdir(parents=True, exist_ok=True)
            temporary.chmod(READ_ONLY)
            temporary.replace(blob)
        atomic_write_text(self.entry_path(project, entry.filename), entry.to_json(), durable=False)
        # the pages no longer show every entry: a run killed before `rebuild_index` leaves no
        # marker, so that the next run (a re-ingest answered from its manifest too) rebuilds
        (self.simple_dir / ".generation").unlink(missing_ok=True)
        # one barrier: the blob's bytes and name and the entry are on disk before the link that
        # commits them is (a crash before it leaves an orphan blob or entry, which tidy removes)
        sync_filesystem(self.root)
        link = self.file_path(project, entry.filename)
        link.parent.mkdir(parents=True, exist_ok=True)
        staging = link.with_name(f".{link.name}.link")
        staging.unlink(missing_ok=True)
        os.link(blob, staging)
        staging.replace(link)  # the commit point
        fsync_dir(link.parent)
        return entry, True

    def record_attestation(self, entry: VaultEntry, envelope_line: bytes) -> VaultEntry:
        """Store a signed ingest attestation for `entry` and point its record at it."""
        from sscli.fsutil import atomic_append_line

        relative = f"attestations/{entry.sha256}.intoto.jsonl"
        atomic_append_line(self.root / relative, envelope_line)
        updated = VaultEntry(**{**asdict(entry), "attestation": relative})
        atomic_write_text(self.entry_path(entry.project, entry.filename), updated.to_json())
        return updated

    @contextlib.contextmanager
    def workspace(self) -> Iterator[Path]:
        """A private directory under tmp/ for one run's downloads, locked while the run lives
        so that another run's `tidy` never removes it; removed afterwards."""
        import shutil
        import tempfile  # here: opening a vault to read it needs neither

        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        directory = Path(tempfile.mkdtemp(prefix=f"run-{os.getpid()}-", dir=self.tmp_dir))
        try:
            with file_lock(directory / ".lock"):
                yield directory
        finally:
            shutil.rmtree(directory, ignore_errors=True)

    def tidy(self) -> list[str]:
        """Remove what interrupted writes left behind (runs that died, entries without files);
        return what was removed. Workspaces of live runs are locked and left alone."""
        removed: list[str] = []
        if self.tmp_dir.is_dir():
            for leftover in self.tmp_dir.iterdir():
                if leftover.is_dir() and not _abandoned(leftover):
                    continue
                if leftover.is_dir():
                    import shutil

                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink()
                removed.append(str(leftover.relative_to(self.root)))
        base = self.root / "entries"
        for path in sorted(base.glob("*/*.json")) if base.is_dir() else []:
            project, filename = path.parent.name, path.name.removesuffix(".json")
            if not self.file_path(project, filename).exists():
                path.unlink()
                removed.append(str(path.relative_to(self.root)))
        for staging in (
            (self.root / "files").glob("*/.*.link") if (self.root / "files").is_dir() else []
        ):
            staging.unlink()
            removed.append(str(staging.relative_to(self.root)))
        return removed


def _abandoned(workspace: Path) -> bool:
    """True if no live run holds the workspace's lock."""
    lock = workspace / ".lock"
    if not lock.exists():
        # a run creates its workspace, then its lock: give it a minute to get there
        return time.time() - workspace.stat().st_mtime > 60
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # closing releases a lock we may have taken
    return True


def checked_project(project: str) -> str:
    """A project directory name: exactly a PEP 503 normalized name, never a path."""
    if not isinstance(project, str) or not re.fullmatch(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?", project):
        raise InputError(f"not a normalized project name: {str(project)[:100]!r}")
    return project


def checked_filename(filename: str) -> str:
    _check_filename(filename)
    return filename


def _check_filename(filename: str) -> None:
    if (
        not isinstance(filename, str)
        or not filename
        or "/" in filename
        or "\\" in filename
        or "\x00" in filename
        or filename.startswith(".")
    ):
        raise InputError(f"unsafe file name {str(filename)[:100]!r}")


@dataclass(frozen=True)
class VerifyProblem:
    """A vault file or entry that `vault verify` found wrong, and what is wrong with it."""

    path: str
    problem: str


def verify_vault(vault: Vault, progress: Progress = silent) -> tuple[list[VerifyProblem], int]:
    """Re-hash every file and compare with its name and entry. Returns (problems, files checked).

    Detects flipped bytes in blobs, files replaced or edited, entries that disagree with their
    file, and files with no entry.
    """
    problems: list[VerifyProblem] = []
    checked = 0
    entries = {(e.project, e.filename): e for e in vault.entries()}
    files_root = vault.root / "files"
    links = sorted(files_root.glob("*/*")) if files_root.is_dir() else []
    links = [link for link in links if not link.name.startswith(".")]
    for link in links:
        key = (link.parent.name, link.name)
        rel = str(link.relative_to(vault.root))
        progress(checked, len(links), link.name)
        checked += 1
        if link.is_symlink() or not link.is_file():
            problems.append(VerifyProblem(rel, "not a regular file"))
            continue
        digest = hash_file(link)["sha256"]
        entry = entries.get(key)
        if entry is None:
            problems.append(VerifyProblem(rel, "file without an entry"))
            continue
        if digest != entry.sha256:
            problems.append(
                VerifyProblem(rel, f"content changed: sha256 {digest}, recorded {entry.sha256}")
            )
        blob = vault.blob_path(entry.sha256)
        if not blob.is_file():
            problems.append(VerifyProblem(rel, "its blob is missing"))
            continue
        if not link.samefile(blob) and hash_file(blob)["sha256"] != entry.sha256:
            problems.append(
                VerifyProblem(
                    str(blob.relative_to(vault.root)), "blob content does not match its name"
                )
            )
        if link.stat().st_mode & 0o222 or blob.stat().st_mode & 0o222:
            problems.append(VerifyProblem(rel, "writable: vault files must be read-only"))
    return problems, checked


def copy_out(vault: Vault, entry: VaultEntry, destination: Path) -> Path:
    """Copy a vault file out (never hand out the blob itself)."""
    target = destination / entry.filename
    import shutil

    shutil.copyfile(vault.file_path(entry.project, entry.filename), target)
    return target
