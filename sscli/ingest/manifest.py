"""The re-ingest manifest: what a finished ingest of one lock found in the vault, so that the
same lock ingested again under the same policy by the same sscli reads one file and stats the
vault instead of re-reading every entry and re-hashing every file.

One manifest per request (`request_digest`: the sscli version, the policy's digest, the lock's
pins and hashes, the target and the build-from-source set), at `manifests/<digest>.json` in the
vault, written atomically under the vault lock after the run. For each package it records the
vault entries the run accepted, each by its project and file name, the sha256 of its entry
record's bytes, and the stat identity of its file and of that record (size, mtime_ns, ctime_ns,
inode, device) taken when the bytes were last hashed by sscli: when the file was downloaded and
stored, or re-hashed because no manifest vouched for it.

A package is vouched for only if every one of its records still holds: both stats are
identical, the record's bytes have the sha256 recorded, and the entry they hold has the project,
file name, sha256 (one the lock pins) and policy digest expected. Anything else
(no manifest, a manifest that does not parse or whose checksum or request differs, a file
replaced, rewritten, chmod-ed, re-linked or missing, an entry rewritten) sends that package
through the full check, which re-hashes the vault's copy.

The manifest is sealed with an HMAC under a key kept outside the vault (`manifest_key`, in the
state directory, made on first use, mode 0600): the vault may be shared storage, and whoever can
write it must not be able to forge a manifest that vouches for bytes the lock does not pin. The
entries themselves are read from the vault's records, as any reader of the vault reads them,
and checked there, so even a manifest sealed with the key cannot speak for an entry the vault
does not hold. The digest naming a manifest covers the
inspection's own code and data (`inspection_digest`), so a changed rule set re-inspects even
under an unchanged version string.

What a stat cannot see: a change that keeps size, mtime, ctime and inode, which takes setting the
system clock back (ctime cannot be set otherwise) or writing the block device underneath the file
system, a network file system caching attributes, a write through a shared memory mapping of
the file (whose times the kernel updates only later; it takes write access to the 0444 file,
so the vault's owner or root), or (on kernels with coarse ctime) a change within one clock
tick. `sscli vault verify` re-hashes every file and remains the full check.
Standing (malicious names, typosquats, vulnerabilities, expired exceptions) is never cached: the
caller re-checks it on every run from the data in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sscli import __version__
from sscli.errors import InputError
from sscli.fsutil import atomic_write_text, read_bytes_limited, state_key
from sscli.inventory.model import Package
from sscli.sealed import sealed, unsealed
from sscli.vault.store import Vault, VaultEntry

TYPE_CHECKING = False  # typing's, without importing typing (see sscli/__init__.py)
if TYPE_CHECKING:
    from typing import Any

FORMAT = 2  # 2: each entry by its record's sha256, sealed over the bytes (sscli.sealed)
DIRECTORY = "manifests"
KEEP = 32  # manifests kept per vault (the most recently written); older ones are removed
KEY_BYTES = 32


def size_limit(packages: int) -> int:
    """The largest manifest read for a lock of `packages` (a forged giant one costs no more)."""
    return 64 * 1024 + 256 * 1024 * packages


Identity = tuple[int, int, int, int, int]  # size, mtime_ns, ctime_ns, inode, device


def identity(path: Path) -> Identity | None:
    """The stat identity of a regular file (not following a symlink), None for anything else."""
    try:
        found = path.lstat()
    except OSError:
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino, found.st_dev)


def request_digest(
    packages: Sequence[Package], policy_sha256: str | None, request: dict[str, Any]
) -> str:
    """The digest naming a manifest: sscli's version, the policy's digest, every pin with its
    hashes, and what else decides which files are wanted (`request`)."""
    document = {
        "format": FORMAT,
        "sscli": __version__,
        "policy": policy_sha256,
        "request": request,
        "lock": sorted([p.key, sorted(a.sha256 or "" for a in p.artifacts)] for p in packages),
        "inspection": inspection_digest(),
    }
    return _digest(document)


@cache
def inspection_digest() -> str:
    """The digest of the code and data that decide what ingest accepts (sscli/ingest and its
    rules), so that a new rule set is not answered by a manifest written under the old one."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix != ".pyc" and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def manifest_key(path: Path) -> bytes | None:
    """The key sealing manifests: read from `path`, or made there (0600) on first use. None if
    it cannot be had, which turns the fast path off (every package gets the full check)."""
    return state_key(path, KEY_BYTES)


def _digest(document: Any) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


def manifest_path(vault: Vault, digest: str) -> Path:
    return vault.root / DIRECTORY / f"{digest}.json"


# an entry's project and file name, its record's sha256, and its file's and record's stats
Record = tuple[str, str, str, Identity, Identity]


@dataclass(frozen=True)
class Manifest:
    """A loaded re-ingest manifest: each package's vouched-for records, and the index marker."""

    records: dict[str, list[Record]]  # by package key
    generation: Identity | None = None  # the index's generation marker, as the run left it


def load(vault: Vault, digest: str, key: bytes | None, max_bytes: int) -> Manifest:
    """The manifest; empty when there is none, no key, or it is unusable or not sealed by `key`."""
    if key is None:
        return Manifest({})
    path = manifest_path(vault, digest)
    if not own_directory(path.parent):
        return Manifest({})
    try:
        text = unsealed(key, f"manifest {digest}", read_bytes_limited(path, max_bytes))
        if text is None:
            return Manifest({})
        body = json.loads(text)
        if (
            body.get("format") != FORMAT
            or body.get("request") != digest
            or body.get("sscli") != __version__
        ):
            return Manifest({})
        records = {
            name: [_record(item) for item in items] for name, items in body["packages"].items()
        }
        generation = body.get("generation")
        loaded = Manifest(records, _identity_of(generation) if generation is not None else None)
    except (OSError, InputError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return Manifest({})
    with contextlib.suppress(OSError):  # pruning keeps the manifests in use, not the newest
        os.utime(path)
    return loaded


def _record(item: dict[str, Any]) -> Record:
    project, filename, sha256 = item["project"], item["filename"], item["record_sha256"]
    if not (isinstance(project, str) and isinstance(filename, str) and isinstance(sha256, str)):
        raise ValueError("bad record")
    return project, filename, sha256, _identity_of(item["file"]), _identity_of(item["record"])


def _identity_of(value: Any) -> Identity:
    if not (isinstance(value, list) and len(value) == 5 and all(type(n) is int for n in value)):
        raise ValueError("bad identity")
    size, mtime, ctime, inode, device = value
    return size, mtime, ctime, inode, device


def vouched(
    vault: Vault, package: Package, records: list[Record] | None, policy_sha256: str | None
) -> list[tuple[VaultEntry, Identity]] | None:
    """The package's vault entries if the manifest vouches for every one of them, else None."""
    if not records:
        return None
    pinned = {a.sha256 for a in package.artifacts if a.sha256}
    found = []
    for project, filename, record_sha256, file_id, record_id in records:
        if project != package.name:
            return None
        try:
            file_path = vault.file_path(project, filename)
            record_path = vault.entry_path(project, filename)
        except InputError:
            return None
        if identity(file_path) != file_id:
            return None
        entry = _held_entry(record_path, record_id, record_sha256)
        if (
            entry is None
            or entry.project != project
            or entry.filename != filename
            or entry.sha256 not in pinned
            or entry.policy_sha256 != policy_sha256
        ):
            return None
        found.append((entry, file_id))
    return found


def save(
    vault: Vault,
    digest: str,
    packages: Iterable[tuple[str, list[tuple[VaultEntry, Identity]]]],
    policy_sha256: str | None,
    generation: Identity | None,
    *,
    key: bytes,
) -> Path:
    """Write the manifest for the packages given (key, their entries with the file identities
    taken when sscli last hashed them), sealed with `key`; each entry's record is read back and
    must be the very entry held here, or the package is left out. Caller holds the vault lock."""
    recorded: dict[str, list[dict[str, Any]]] = {}
    for package_key, entries in packages:
        items = []
        for entry, file_id in entries:
            written = entry.to_json().encode()  # the vault's record, if it holds this entry
            record = _record_identity(vault.entry_path(entry.project, entry.filename), written)
            if record is None:
                break
            items.append({
                "project": entry.project,
                "filename": entry.filename,
                "record_sha256": hashlib.sha256(written).hexdigest(),
                "file": list(file_id),
                "record": list(record),
            })  # fmt: skip
        else:
            recorded[package_key] = items
    body = {
        "format": FORMAT,
        "sscli": __version__,
        "request": digest,
        "policy": policy_sha256,
        "packages": recorded,
        "generation": list(generation) if generation is not None else None,
    }
    path = manifest_path(vault, digest)
    if path.parent.is_symlink():  # written through a link: somewhere the vault does not own
        return path
    data = sealed(key, f"manifest {digest}", json.dumps(body).encode() + b"\n")
    atomic_write_text(path, data.decode())
    prune(path.parent)
    return path


def _record_identity(path: Path, expected: bytes) -> Identity | None:
    """The identity of an entry's record if its bytes are `expected` and it did not change
    while being read, else None."""
    before = identity(path)
    if before is None:
        return None
    return before if _stable_bytes(path, before, len(expected)) == expected else None


def _held_entry(path: Path, expected: Identity, sha256: str) -> VaultEntry | None:
    """The entry the record at `path` holds, if the record has the identity `expected` before
    and after being read and its bytes have `sha256`, else None: read as the vault reads it."""
    data = _stable_bytes(path, expected, _RECORD_LIMIT)
    if data is None or hashlib.sha256(data).hexdigest() != sha256:
        return None
    try:
        return VaultEntry.from_json(data.decode(), origin=path)
    except (InputError, ValueError):
        return None


_RECORD_LIMIT = 16 * 1024 * 1024


def _stable_bytes(path: Path, expected: Identity, limit: int) -> bytes | None:
    """The bytes of `path` (at most `limit`) if it has the identity `expected` before and after
    being read, else None."""
    if identity(path) != expected:
        return None
    try:
        data = read_bytes_limited(path, limit)
    except (OSError, InputError):
        return None
    return data if identity(path) == expected else None


def prune(directory: Path, keep: int = KEEP) -> None:
    """Keep the `keep` most recently written manifests (or memos) of `directory`: only files
    named as sscli names them (`<64 hex>.json`) are removed, and nothing through a symbolic link
    (a vault writer who links the directory elsewhere must not get other files deleted)."""
    if not own_directory(directory):
        return
    try:
        with os.scandir(directory) as entries:
            found = sorted(
                (entry.stat(follow_symlinks=False).st_mtime_ns, entry.path)
                for entry in entries
                if _NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
            )
    except OSError:
        return
    for _mtime, old in found[:-keep]:
        with contextlib.suppress(OSError):
            Path(old).unlink()


_NAME = re.compile(r"[0-9a-f]{64}\.json")


def own_directory(path: Path) -> bool:
    """True if `path` is a directory itself, not a symbolic link to one (or absent: False)."""
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def hashed_identity(path: Path, sha256: str) -> Identity | None:
    """Re-hash a vault file: its identity if its bytes have `sha256` and it did not change while
    being read, else None."""
    before = identity(path)
    if before is None:
        return None
    digest = hashlib.sha256()
    try:
        with path.open("rb", buffering=0) as handle:
            while chunk := handle.read(1024 * 1024):
                digest.update(chunk)
    except OSError:
        return None
    if digest.hexdigest() != sha256 or identity(path) != before:
        return None
    return before
