"""The vulnerability database as a signed OCI artifact, as trivy-db and grype's database are
distributed: one job refreshes OSV data and pushes it, a thousand runners pull it.

The artifact is the SQLite file as one gzip layer; its attestation (an in-toto statement whose
subject is the *uncompressed* file's sha256, with the source and import time) is attached as a
DSSE referrer. `pull` trusts nothing until the end: the manifest and layer are digest-checked,
the attestation must verify against a trusted key and name exactly the decompressed file, the
file must open as a database of this schema, and only then replaces the local one atomically."""

from __future__ import annotations

import gzip
import hashlib
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sscli.attest.dsse import loads_envelope
from sscli.attest.statement import ResourceDescriptor, Statement
from sscli.errors import EnvironmentFailure, InputError, PolicyError, SscliError
from sscli.fsutil import fsync_dir, hash_file
from sscli.stores.oci.attestations import Evidence, pull_evidence, referrer
from sscli.stores.oci.client import OCI_MANIFEST, RegistryClient, RegistryContentError
from sscli.stores.oci.manifests import (
    EMPTY_CONFIG,
    TITLE,
    Descriptor,
    descriptor_of,
    image_manifest,
    parse_manifest,
)
from sscli.stores.oci.reference import Reference
from sscli.stores.oci.referrers import attach
from sscli.vulndb.store import VulnDb

DB_TYPE = "application/vnd.sscli.vulndb.v1"
DB_LAYER = "application/vnd.sscli.vulndb.layer.v1.sqlite+gzip"
PREDICATE = "https://sscli.dev/attestation/vulndb/v1"
MAX_COMPRESSED = 2 * 1024 * 1024 * 1024
MAX_DATABASE = 8 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class PulledDb:
    """A vulnerability database pulled and installed: its digests, provenance and signers."""

    digest: str  # the manifest's
    sha256: str  # the database file's
    source: str
    imported_at: str
    signed_by: tuple[str, ...]


def db_statement(database: Path) -> Statement:
    """The statement a pusher signs: the file's digest, where its records came from, when."""
    with VulnDb(database) as opened:
        status = opened.status()
    return Statement(
        (ResourceDescriptor(name=database.name, digest={"sha256": hash_file(database)["sha256"]}),),
        PREDICATE,
        {
            "source": status.source,
            "importedAt": status.imported_at.isoformat(),
            "records": status.records,
            "newestModified": status.newest_modified.isoformat()
            if status.newest_modified
            else None,
        },
    )


def push_db(client: RegistryClient, target: Reference, database: Path, envelope_line: bytes) -> str:
    """Push the database (gzip layer) under `target`'s tag with its signed statement attached;
    returns the manifest digest."""
    if target.tag is None:
        raise InputError(f"{target}: give a tag to push the database under (e.g. :latest)")
    repo = target.repository
    with tempfile.TemporaryDirectory(prefix="sscli-db-push-") as directory:
        packed = Path(directory) / (database.name + ".gz")
        with database.open("rb") as raw, gzip.GzipFile(packed, "wb", mtime=0) as out:
            shutil.copyfileobj(raw, out, 1024 * 1024)
        layer_digest = "sha256:" + hash_file(packed)["sha256"]
        layer = Descriptor(
            DB_LAYER, layer_digest, packed.stat().st_size,
            annotations=((TITLE, packed.name),),
        )  # fmt: skip
        client.push_blob(repo, descriptor_of(EMPTY_CONFIG).digest, EMPTY_CONFIG)
        client.push_blob(repo, layer_digest, packed)
    manifest = image_manifest(DB_TYPE, [layer])
    subject = descriptor_of(manifest)
    client.put_manifest(repo, subject.digest, manifest, OCI_MANIFEST)
    evidence_digest = "sha256:" + hashlib.sha256(envelope_line).hexdigest()
    client.push_blob(repo, evidence_digest, envelope_line)
    attach(
        client,
        repo,
        subject.digest,
        [referrer(Evidence("dsse", envelope_line, PREDICATE), subject)],
    )
    client.put_manifest(
        repo, target.tag, manifest, OCI_MANIFEST
    )  # last: the tag moves once all is there
    return subject.digest


def pull_db(
    client: RegistryClient, source: Reference, destination: Path, trusted: Sequence[Any]
) -> PulledDb:
    """Fetch, verify and atomically install the database `source` names (tag or digest)."""
    from sscli.attest.verify import verify_envelope

    reference = source.digest or source.tag or "latest"
    served = client.get_manifest(source.repository, reference, (OCI_MANIFEST,))
    if served is None:
        raise EnvironmentFailure(f"{source}: no such database in the registry")
    manifest = parse_manifest(served.body, str(source))
    if manifest.artifact_type != DB_TYPE or len(manifest.layers) != 1:
        raise RegistryContentError(
            f"{source}: not a vulnerability database pushed by sscli db push"
        )
    layer = manifest.layers[0]
    if layer.media_type != DB_LAYER or layer.size > MAX_COMPRESSED:
        raise RegistryContentError(
            f"{source}: unexpected layer {layer.media_type[:80]} ({layer.size} bytes)"
        )
    pulled = pull_evidence(client, source.repository, served.digest)
    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".sscli-db-pull-", dir=destination.parent) as work:
        packed = Path(work) / "db.gz"
        client.download_blob(source.repository, layer.digest, layer.size, packed)
        unpacked = Path(work) / destination.name
        sha256 = _gunzip(packed, unpacked)
        statement, keyids = _verified_statement(pulled.evidence, trusted, sha256, verify_envelope)
        with VulnDb(unpacked):
            pass  # opens read-only and checks the schema version
        unpacked.replace(destination)  # atomic: readers see the old file or the new one
        fsync_dir(destination.parent)
    predicate = statement.predicate
    return PulledDb(
        served.digest, sha256, str(predicate.get("source")), str(predicate.get("importedAt")),
        keyids,
    )  # fmt: skip


def _gunzip(packed: Path, target: Path) -> str:
    hasher = hashlib.sha256()
    total = 0
    try:
        with gzip.open(packed, "rb") as raw, target.open("wb") as out:
            while chunk := raw.read(1024 * 1024):
                total += len(chunk)
                if total > MAX_DATABASE:
                    raise RegistryContentError(f"the database unpacks to over {MAX_DATABASE} bytes")
                hasher.update(chunk)
                out.write(chunk)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise RegistryContentError(f"the database layer is not valid gzip: {exc}") from exc
    return hasher.hexdigest()


def _verified_statement(
    evidence: list[Evidence], trusted: Sequence[Any], sha256: str, verify: Any
) -> tuple[Statement, tuple[str, ...]]:
    """The first attestation signed by a trusted key whose subject is exactly this file."""
    reasons = []
    for item in evidence:
        if item.kind != "dsse":
            continue
        try:
            verified = verify(loads_envelope(item.data), trusted)
        except SscliError as refused:
            reasons.append(refused.message)
            continue
        statement: Statement = verified.statement
        digests = [s.digest.get("sha256") for s in statement.subjects]
        if statement.predicate_type != PREDICATE:
            reasons.append(f"predicate type {statement.predicate_type}")
        elif digests != [sha256]:
            reasons.append("its subject is another file")
        else:
            return statement, verified.keyids
    detail = "; ".join(reasons) if reasons else "no signed attestation is attached"
    raise PolicyError(
        f"the database is not vouched for by a trusted key: {detail}",
        hint="the local database was kept; check --trusted-key and who pushed the database",
    )
