"""The re-ingest manifest: what a finished ingest of one lock found in the vault, so that the
same lock ingested again under the same policy by the same sscli reads one file and stats the
vault instead of re-reading every entry and re-hashing every file.

One manifest per request (`request_digest`: the sscli version, the policy's digest, the lock's
pins and hashes, the target and the build-from-source set), at `manifests/<digest>.json` in the
vault, written atomically under the vault lock after the run. For each package it records the
vault entries the run accepted, each with the stat identity of its file and of its entry record
(size, mtime_ns, ctime_ns, inode, device) taken when the bytes were last hashed by sscli: when the
file was downloaded and stored, or re-hashed because no manifest vouched for it.

A package is vouched for only if every one of its records still holds: the entry's project,
sha256 (one the lock pins) and policy digest agree, and both stats are identical. Anything else
(no manifest, a manifest that does not parse or whose checksum or request differs, a file
replaced, rewritten, chmod-ed, re-linked or missing, an entry rewritten) sends that package
through the full check, which re-hashes the vault's copy.

What a stat cannot see: a change that keeps size, mtime, ctime and inode, which takes setting the
system clock back (ctime cannot be set otherwise) or writing the block device underneath the file
system. The manifest is also no stronger than the vault directory that holds it: whoever can
write the vault can rewrite entries and manifests alike (the checksum catches corruption and torn
writes, not forgery). `sscli vault verify` re-hashes every file and remains the full check.
Standing (malicious names, typosquats, vulnerabilities, expired exceptions) is never cached: the
caller re-checks it on every run from the data in memory.
"""

from __future__ import annotations

import hashlib
import json
import stat
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sscli import __version__
from sscli.errors import InputError
from sscli.fsutil import atomic_write_text, read_text_limited
from sscli.inventory.model import Package
from sscli.vault.store import Vault, VaultEntry

FORMAT = 1
DIRECTORY = "manifests"
KEEP = 32  # manifests kept per vault (the most recently written); older ones are removed
MAX_MANIFEST_BYTES = 256 * 1024 * 1024

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
    }
    return _digest(document)


def _digest(document: Any) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


def manifest_path(vault: Vault, digest: str) -> Path:
    return vault.root / DIRECTORY / f"{digest}.json"


Record = tuple[VaultEntry, Identity, Identity]  # the entry, its file's and its record's stats


@dataclass(frozen=True)
class Manifest:
    records: dict[str, list[Record]]  # by package key
    generation: Identity | None = None  # the index's generation marker, as the run left it


def load(vault: Vault, digest: str) -> Manifest:
    """The manifest; empty when there is none or it is unusable."""
    path = manifest_path(vault, digest)
    try:
        document = json.loads(read_text_limited(path, MAX_MANIFEST_BYTES))
        body = document["body"]
        if (
            document.get("checksum") != _digest(body)
            or body.get("format") != FORMAT
            or body.get("request") != digest
            or body.get("sscli") != __version__
        ):
            return Manifest({})
        records = {
            key: [_record(item, path) for item in items] for key, items in body["packages"].items()
        }
        generation = body.get("generation")
        return Manifest(records, _identity_of(generation) if generation is not None else None)
    except (OSError, InputError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return Manifest({})


def _record(item: dict[str, Any], origin: Path) -> Record:
    entry = VaultEntry.from_data(item["entry"], origin=origin)
    return entry, _identity_of(item["file"]), _identity_of(item["record"])


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
    for entry, file_id, entry_id in records:
        if (
            entry.project != package.name
            or entry.sha256 not in pinned
            or entry.policy_sha256 != policy_sha256
        ):
            return None
        try:
            file_path = vault.file_path(entry.project, entry.filename)
            record_path = vault.entry_path(entry.project, entry.filename)
        except InputError:
            return None
        if identity(file_path) != file_id or identity(record_path) != entry_id:
            return None
        found.append((entry, file_id))
    return found


def save(
    vault: Vault,
    digest: str,
    packages: Iterable[tuple[str, list[tuple[VaultEntry, Identity]]]],
    policy_sha256: str | None,
    generation: Identity | None,
) -> Path:
    """Write the manifest for the packages given (key, their entries with the file identities
    taken when sscli last hashed them); each entry's record is read back and must be the very
    entry held here, or the package is left out. Caller holds the vault lock."""
    recorded: dict[str, list[dict[str, Any]]] = {}
    for key, entries in packages:
        items = []
        for entry, file_id in entries:
            record_path = vault.entry_path(entry.project, entry.filename)
            before = identity(record_path)
            try:
                same = read_text_limited(record_path, 16 * 1024 * 1024) == entry.to_json()
            except (OSError, InputError):
                same = False
            if before is None or not same or identity(record_path) != before:
                break
            items.append({"entry": asdict(entry), "file": list(file_id), "record": list(before)})
        else:
            recorded[key] = items
    body = {
        "format": FORMAT,
        "sscli": __version__,
        "request": digest,
        "policy": policy_sha256,
        "packages": recorded,
        "generation": list(generation) if generation is not None else None,
    }
    path = manifest_path(vault, digest)
    atomic_write_text(path, json.dumps({"checksum": _digest(body), "body": body}) + "\n")
    _prune(path.parent)
    return path


def _prune(directory: Path) -> None:
    """Keep the `KEEP` most recently written manifests."""
    try:
        found = sorted((p.stat().st_mtime_ns, p) for p in directory.glob("*.json") if p.is_file())
    except OSError:
        return
    for _mtime, old in found[:-KEEP]:
        old.unlink(missing_ok=True)


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
