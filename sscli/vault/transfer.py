"""Move a vault across an air gap: export to a tarball with a manifest, import it elsewhere.

The tarball holds each file once (as files/<project>/<filename>), its entry, its attestation,
the build records of a wheel built here (builds/<sha256>/),
and MANIFEST.json with every member's sha256. Import trusts nothing in it: only regular members
with expected names are read, every sha256 is checked against the manifest and the entry, and
files enter the destination vault through the same write-once path as ingest.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sscli
from sscli.errors import InputError, PolicyError
from sscli.fsutil import (
    atomic_write_bytes,
    atomic_writer,
    is_safe_member_name,
    open_regular,
    read_bytes_limited,
)
from sscli.inventory.model import normalize_name
from sscli.vault.pages import rebuild_index
from sscli.vault.store import BUILD_RECORDS, Vault, VaultEntry

MANIFEST = "MANIFEST.json"
FORMAT = "sscli-vault-export/v1"
MAX_MEMBER_BYTES = 1024 * 1024 * 1024


def export_vault(vault: Vault, destination: Path) -> int:
    """Write every committed file of `vault` to a gzip tarball; returns the file count."""
    entries = vault.entries()
    members: list[dict[str, Any]] = []
    with (
        atomic_writer(destination) as raw,
        tarfile.open(fileobj=raw, mode="w:gz", format=tarfile.PAX_FORMAT) as tar,
    ):
        for entry in entries:
            payloads = [
                (
                    f"files/{entry.project}/{entry.filename}",
                    read_bytes_limited(
                        vault.file_path(entry.project, entry.filename), MAX_MEMBER_BYTES
                    ),
                ),
                (f"entries/{entry.project}/{entry.filename}.json", entry.to_json().encode()),
            ]
            if entry.attestation and (vault.root / entry.attestation).is_file():
                attestation = read_bytes_limited(vault.root / entry.attestation, MAX_MEMBER_BYTES)
                payloads.append((entry.attestation, attestation))
            for name in _build_records(entry):
                if (vault.root / name).is_file():
                    payloads.append((name, read_bytes_limited(vault.root / name, MAX_MEMBER_BYTES)))
            for name, data in payloads:
                _add(tar, name, data)
                members.append(
                    {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                )
        manifest = {"format": FORMAT, "sscli": sscli.__version__, "members": members}
        _add(tar, MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode())
    return len(entries)


def _build_records(entry: VaultEntry) -> list[str]:
    """The records of a wheel built here (`ingest --build-from-source`), under builds/."""
    if entry.built is None:
        return []
    return [f"builds/{entry.sha256}/{name}" for name in BUILD_RECORDS]


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o444
    info.mtime = 0
    tar.addfile(info, io.BytesIO(data))


def import_vault(
    vault: Vault, source: Path, inspect: Callable[[Path, str], str | None] | None = None
) -> tuple[int, int]:
    """Add the files of an export to `vault`. Returns (added, already present).

    The manifest is not signed, so it proves nothing against whoever made the tarball: every
    file must also match its entry's sha256, its entry's project and name must be the member's
    path, and `inspect` (the ingest stage's archive inspection) must accept it."""
    payload = _read_export(source)
    manifest = payload.pop(MANIFEST, None)
    if manifest is None:
        raise InputError(f"no {MANIFEST}: not an sscli vault export", path=source)
    try:
        document = json.loads(manifest)
        listed = {m["name"]: m["sha256"] for m in document["members"]}
        if document.get("format") != FORMAT:
            raise InputError(f"unsupported export format {document.get('format')!r}", path=source)
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(f"corrupt {MANIFEST}: {exc}", path=source) from exc
    for name, data in payload.items():
        if listed.get(name) != hashlib.sha256(data).hexdigest():
            raise PolicyError(
                f"{name} does not match the export's manifest: the export was altered"
            )
    missing = set(listed) - set(payload)
    if missing:
        raise PolicyError(
            f"the export lacks members its manifest lists: {', '.join(sorted(missing)[:3])}"
        )
    added = present = 0
    vault.tmp_dir.mkdir(parents=True, exist_ok=True)
    with vault.locked():
        for name, data in sorted(payload.items(), key=_release_order):
            if not name.startswith("entries/"):
                continue
            entry = VaultEntry.from_json(data.decode("utf-8", "replace"), origin=Path(name))
            if (
                name != f"entries/{entry.project}/{entry.filename}.json"
                or entry.project != normalize_name(entry.project)
            ):
                raise InputError(
                    f"{name}: the entry names another place ({entry.project}/{entry.filename})",
                    path=source,
                )
            content = payload.get(f"files/{entry.project}/{entry.filename}")
            if content is None or hashlib.sha256(content).hexdigest() != entry.sha256:
                raise PolicyError(f"{entry.filename}: content does not match its entry's sha256")
            with tempfile.NamedTemporaryFile(dir=vault.tmp_dir, delete=False) as handle:
                handle.write(content)
            refusal = inspect(Path(handle.name), entry.filename) if inspect is not None else None
            if refusal is not None:
                Path(handle.name).unlink(missing_ok=True)
                raise PolicyError(f"{entry.filename} fails inspection: {refusal}")
            stored, was_added = vault.add(Path(handle.name), entry)
            if was_added and entry.attestation and entry.attestation in payload:
                # one envelope a line: a wheel built here has its ingest record and provenance
                for line in payload[entry.attestation].splitlines():
                    if line.strip():
                        stored = vault.record_attestation(stored, line)
            for record in _build_records(stored) if was_added else []:
                if record in payload:  # named from the stored entry's digest, never the member
                    atomic_write_bytes(vault.root / record, payload[record])
            added, present = (added + 1, present) if was_added else (added, present + 1)
        rebuild_index(vault)
    return added, present


def _release_order(item: tuple[str, bytes]) -> tuple[str, int, Any, str]:
    """Members by project, then release: earlier versions are imported first, so that each
    file's inspection compares it with the previous release already in the vault."""
    from packaging.version import Version

    from sscli.inventory.model import distribution_filename

    name = item[0]
    parsed = distribution_filename(name.rsplit("/", 1)[-1].removesuffix(".json"))
    if parsed is None:
        return (name, 1, None, name)
    try:
        return (parsed[0], 0, Version(parsed[1]), name)
    except ValueError:  # InvalidVersion, or more digits than int() takes
        return (parsed[0], 1, None, name)


def _read_export(source: Path) -> dict[str, bytes]:
    payload: dict[str, bytes] = {}
    try:
        with open_regular(source) as raw, tarfile.open(fileobj=raw, mode="r:gz") as tar:
            for member in tar:
                if not member.isfile() or not is_safe_member_name(member.name):
                    raise InputError(
                        f"unexpected member {member.name!r} (only plain files)", path=source
                    )
                if not (
                    member.name == MANIFEST
                    or member.name.startswith(("files/", "entries/", "attestations/", "builds/"))
                ):
                    raise InputError(f"unexpected member {member.name!r}", path=source)
                if member.size > MAX_MEMBER_BYTES or member.name in payload:
                    raise InputError(f"oversized or duplicate member {member.name!r}", path=source)
                handle = tar.extractfile(member)
                payload[member.name] = handle.read() if handle else b""
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise InputError(f"not a readable export: {exc}", path=source) from exc
    return payload
