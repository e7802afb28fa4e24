"""Distribution files and their attestations in a registry, as cosign and oras lay them out.

A file becomes an artifact whose manifest is computed from its name, sha256 and size alone
(`manifests.distribution_manifest`); each DSSE envelope of `<file>.intoto.jsonl` and each
`*.sigstore.json` bundle beside it becomes a referrer manifest with that artifact as `subject`.
Reading them back trusts nothing: a referrer must be an image manifest of a known type whose
`subject` is the artifact asked for, with one layer of the expected media type whose bytes match
its digest; anything else is skipped and reported."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Generator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from glob import escape as _glob_escape
from pathlib import Path

from sscli.attest.dsse import MAX_ENVELOPE_BYTES, loads_envelope, read_envelopes
from sscli.attest.sigstore_bundle import BUNDLE_LIMIT
from sscli.errors import InputError, SscliError
from sscli.fsutil import atomic_writer, hash_file, read_bytes_limited
from sscli.stores.oci.client import OCI_MANIFEST, RegistryClient, RegistryContentError
from sscli.stores.oci.manifests import (
    BUNDLE_CONTENT,
    BUNDLE_PREDICATE_TYPE,
    BUNDLE_TYPE,
    DISTRIBUTION_TYPE,
    DSSE_TYPE,
    EMPTY_CONFIG,
    PREDICATE_TYPE,
    TITLE,
    Descriptor,
    descriptor_of,
    distribution_manifest,
    image_manifest,
    parse_manifest,
)
from sscli.stores.oci.reference import Reference
from sscli.stores.oci.referrers import attach, list_referrers

MAX_REFERRERS = 1000
EMBED_LIMIT = 16 * 1024
MAX_ARTIFACT_BYTES = 1024 * 1024 * 1024
_FILENAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+!-]{0,254}")


@dataclass(frozen=True)
class Evidence:
    """One attestation: a DSSE envelope (JSON) or a Sigstore bundle (JSON)."""

    kind: str  # "dsse" or "bundle"
    data: bytes
    predicate_type: str | None = None

    @property
    def media_type(self) -> str:
        return DSSE_TYPE if self.kind == "dsse" else BUNDLE_TYPE


@dataclass
class Pulled:
    """The attestations read back for an artifact, and the referrers skipped."""

    evidence: list[Evidence] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # referrers refused, and why


def artifact_manifest(path: Path) -> bytes:
    """The deterministic manifest of the distribution file at `path`."""
    sha256 = hash_file(path)["sha256"]
    return distribution_manifest(path.name, sha256, path.stat().st_size)


def local_evidence(artifact: Path) -> list[Evidence]:
    """The envelopes of `<artifact>.intoto.jsonl` and the bundles `<artifact>.sigstore.json`,
    `<artifact>.*.sigstore.json` beside it (where `sscli attest` writes them)."""
    found: list[Evidence] = []
    jsonl = artifact.with_name(artifact.name + ".intoto.jsonl")
    if jsonl.is_file():
        for envelope in read_envelopes(jsonl):
            found.append(Evidence("dsse", envelope.to_json_line(), _predicate_type(envelope)))
    bundles = [artifact.with_name(artifact.name + ".sigstore.json")]
    bundles += sorted(artifact.parent.glob(_glob_escape(artifact.name) + ".*.sigstore.json"))
    for path in bundles:
        if path.is_file():
            data = read_bytes_limited(path, BUNDLE_LIMIT)
            found.append(Evidence("bundle", data, _bundle_predicate_type(data, path)))
    return found


def push_artifact(
    client: RegistryClient, target: Reference, artifact: Path, evidence: list[Evidence]
) -> Reference:
    """Upload `artifact` and attach `evidence` to it; returns the artifact's digest reference."""
    if not artifact.is_file():
        raise InputError("no such artifact", path=artifact)
    manifest = artifact_manifest(artifact)
    subject = descriptor_of(manifest)
    layer_digest = f"sha256:{hash_file(artifact)['sha256']}"
    repo = target.repository
    client.push_blob(repo, descriptor_of(EMPTY_CONFIG).digest, EMPTY_CONFIG)
    client.push_blob(repo, layer_digest, artifact)
    client.put_manifest(repo, subject.digest, manifest, OCI_MANIFEST)
    if target.tag:
        client.put_manifest(repo, target.tag, manifest, OCI_MANIFEST)
    referrers = []
    for item in evidence:
        client.push_blob(repo, f"sha256:{hashlib.sha256(item.data).hexdigest()}", item.data)
        referrers.append(referrer(item, subject))
    if referrers:
        attach(client, repo, subject.digest, referrers)
    return target.with_digest(subject.digest)


def attach_evidence(
    client: RegistryClient, target: Reference, artifact: Path, evidence: list[Evidence]
) -> Reference:
    """Attach `evidence` to the artifact `artifact` would be, without uploading the file: a
    denied artifact's FAILED summary is published, its bytes are not (OCI 1.1 lets a referrer
    name a subject the registry does not hold)."""
    subject = descriptor_of(artifact_manifest(artifact))
    referrers = []
    for item in evidence:
        client.push_blob(target.repository, f"sha256:{hashlib.sha256(item.data).hexdigest()}",
                         item.data)  # fmt: skip
        referrers.append(referrer(item, subject))
    client.push_blob(target.repository, descriptor_of(EMPTY_CONFIG).digest, EMPTY_CONFIG)
    attach(client, target.repository, subject.digest, referrers)
    return target.with_digest(subject.digest)


def referrer(item: Evidence, subject: Descriptor) -> tuple[bytes, Descriptor]:
    digest = f"sha256:{hashlib.sha256(item.data).hexdigest()}"
    title = f"sha256-{digest[7:]}" + (".intoto.json" if item.kind == "dsse" else ".sigstore.json")
    layer_annotations: dict[str, str] = {TITLE: title}
    manifest_annotations: dict[str, str] = {}
    if item.kind == "dsse":
        if item.predicate_type:
            layer_annotations[PREDICATE_TYPE] = item.predicate_type
            manifest_annotations[PREDICATE_TYPE] = item.predicate_type
    else:
        manifest_annotations[BUNDLE_CONTENT] = _bundle_content(item.data)
        if item.predicate_type:
            manifest_annotations[BUNDLE_PREDICATE_TYPE] = item.predicate_type
    layer = Descriptor(
        item.media_type,
        digest,
        len(item.data),
        annotations=tuple(sorted(layer_annotations.items())),
        # small envelopes ride in the manifest (OCI 1.1 `data`): one request fewer to verify
        data=base64.b64encode(item.data).decode() if len(item.data) <= EMBED_LIMIT else None,
    )
    body = image_manifest(
        item.media_type, [layer], subject=subject, annotations=manifest_annotations or None
    )
    listed = Descriptor(
        OCI_MANIFEST,
        descriptor_of(body).digest,
        len(body),
        artifact_type=item.media_type,
        annotations=tuple(sorted(manifest_annotations.items())),
    )
    return body, listed


def pull_evidence(client: RegistryClient, repository: str, subject: str) -> Pulled:
    """The attestations that really refer to `subject`; the rest is skipped with a reason."""
    pulled = Pulled()
    seen: set[str] = set()
    descriptors = list_referrers(client, repository, subject)
    if len(descriptors) > MAX_REFERRERS:
        raise RegistryContentError(
            f"{client.registry}/{repository}: {len(descriptors)} referrers of {subject} "
            f"(limit {MAX_REFERRERS})"
        )
    wanted = [d for d in descriptors if d.artifact_type in (None, DSSE_TYPE, BUNDLE_TYPE)]
    # other referrers (SBOMs, signatures, ...) are not attestations this gate reads

    def fetch(descriptor: Descriptor) -> Evidence | str | None:
        try:
            return _fetch_referrer(client, repository, subject, descriptor)
        except RegistryContentError as refused:
            return refused.message

    # a referrer the index embeds needs no request; the others a few at a time (on a registry
    # far away, latency, not bandwidth, is what costs), and no threads when none needs one
    fetched: dict[int, Evidence | str | None] = {}
    remote = [n for n, d in enumerate(wanted) if d.data is None]
    if len(remote) > 1:
        with ThreadPoolExecutor(max_workers=min(4, len(remote))) as pool:
            fetched = dict(zip(remote, pool.map(fetch, [wanted[n] for n in remote]), strict=True))
    for number, descriptor in enumerate(wanted):
        item = fetched[number] if number in fetched else fetch(descriptor)
        if isinstance(item, str):
            pulled.skipped.append(item)
        elif item is not None:
            key = hashlib.sha256(item.data).hexdigest()
            if key not in seen:
                seen.add(key)
                pulled.evidence.append(item)
    return pulled


def _fetch_referrer(
    client: RegistryClient, repository: str, subject: str, descriptor: Descriptor
) -> Evidence | None:
    what = f"referrer {descriptor.digest}"
    if descriptor.media_type != OCI_MANIFEST:
        raise RegistryContentError(f"{what}: not an image manifest ({descriptor.media_type[:80]})")
    body = descriptor.embedded()  # checked against the digest we would fetch it by
    if body is None:
        served = client.get_manifest(repository, descriptor.digest, (OCI_MANIFEST,))
        if served is None:
            raise RegistryContentError(f"{what}: listed, but the registry does not have it")
        body = served.body
    manifest = parse_manifest(body, what)
    if manifest.subject is None or manifest.subject.digest != subject:
        raise RegistryContentError(f"{what}: its subject is not {subject} (a foreign artifact)")
    if manifest.artifact_type not in (DSSE_TYPE, BUNDLE_TYPE):
        return None
    layers = [layer for layer in manifest.layers if layer.media_type == manifest.artifact_type]
    if len(layers) != 1:
        raise RegistryContentError(f"{what}: expected one {manifest.artifact_type} layer")
    layer = layers[0]
    limit = MAX_ENVELOPE_BYTES if manifest.artifact_type == DSSE_TYPE else BUNDLE_LIMIT
    if layer.size > limit:
        raise RegistryContentError(f"{what}: a {layer.size}-byte layer (limit {limit})")
    data = layer.embedded()
    if data is None:
        data = client.get_blob(repository, layer.digest, min(limit, layer.size))
    if manifest.artifact_type == DSSE_TYPE:
        try:
            envelope = loads_envelope(data, path=what)
        except InputError as exc:
            raise RegistryContentError(f"{what}: {exc.message}") from exc
        return Evidence("dsse", envelope.to_json_line(), _predicate_type(envelope))
    return Evidence("bundle", data, manifest.annotations.get(BUNDLE_PREDICATE_TYPE))


def write_evidence(
    directory: Path, artifact_name: str, evidence: list[Evidence], *, durable: bool = True
) -> list[Path]:
    """Write evidence where `sscli verify artifact` finds it: `<name>.intoto.jsonl` and
    `<name>.<n>.sigstore.json` in `directory` (each file replaced atomically; synced to disk
    unless `durable` is False, for a temporary directory that does not outlive the run)."""
    written = []
    lines = [item.data for item in evidence if item.kind == "dsse"]
    if lines:
        path = directory / f"{artifact_name}.intoto.jsonl"
        with atomic_writer(path, durable=durable) as handle:
            handle.write(b"".join(line + b"\n" for line in lines))
        written.append(path)
    bundles = [item for item in evidence if item.kind == "bundle"]
    for number, item in enumerate(bundles, start=1):
        path = directory / f"{artifact_name}.{number}.sigstore.json"
        with atomic_writer(path, durable=durable) as handle:
            handle.write(item.data)
        written.append(path)
    return written


def pull_artifact(
    client: RegistryClient, reference: Reference, into: Path, limit: int = MAX_ARTIFACT_BYTES
) -> Path:
    """Download the distribution file of `reference` (which names a digest) into `into`."""
    if reference.digest is None:
        raise InputError(f"{reference}: name the artifact by digest (@sha256:...)")
    what = str(reference)
    served = client.get_manifest(reference.repository, reference.digest, (OCI_MANIFEST,))
    if served is None:
        raise RegistryContentError(f"{what}: no such artifact in the registry")
    manifest = parse_manifest(served.body, what)
    if manifest.artifact_type != DISTRIBUTION_TYPE or len(manifest.layers) != 1:
        raise RegistryContentError(f"{what}: not a distribution file pushed by sscli attest push")
    layer = manifest.layers[0]
    filename = dict(layer.annotations).get(TITLE, "")
    if not _FILENAME.fullmatch(filename) or filename.endswith((".jsonl", ".json")):
        raise RegistryContentError(f"{what}: unsafe file name {filename[:100]!r}")
    if layer.size > limit:
        raise RegistryContentError(f"{what}: the file is {layer.size} bytes (limit {limit})")
    target = into / filename
    client.download_blob(reference.repository, layer.digest, layer.size, target)
    if artifact_manifest(target) != served.body:
        target.unlink()
        raise RegistryContentError(
            f"{what}: the manifest is not the one sscli derives from its file"
        )
    return target


def _bundle_content(data: bytes) -> str:
    """cosign's `dev.sigstore.bundle.content`: what the bundle signs."""
    try:
        document = json.loads(data)
    except ValueError:
        return "dsse-envelope"
    return "message-signature" if "messageSignature" in document else "dsse-envelope"


def _predicate_type(envelope: object) -> str | None:
    from sscli.attest.statement import parse_statement

    try:
        return parse_statement(envelope.payload).predicate_type  # type: ignore[attr-defined]
    except SscliError:
        return None


def _bundle_predicate_type(data: bytes, path: Path) -> str | None:
    try:
        envelope = json.loads(data).get("dsseEnvelope")
        return _predicate_type(loads_envelope(json.dumps(envelope), path=path))
    except (ValueError, AttributeError, SscliError):
        return None


def fetch_for_verification(
    client: RegistryClient, repository: str, artifact: Path, directory: Path
) -> tuple[list[Path], list[str]]:
    """Write the attestations the registry holds for the local file `artifact` into the
    temporary `directory` (files the gate reads like any others, not synced: they live only
    until the decisions are made); returns them and the skipped."""
    subject = descriptor_of(artifact_manifest(artifact)).digest
    pulled = pull_evidence(client, repository, subject)
    written = write_evidence(directory, artifact.name, pulled.evidence, durable=False)
    return written, pulled.skipped


def fetch_many(
    client: RegistryClient, repository: str, artifacts: list[Path], directory: Path
) -> Generator[tuple[Path, list[str]], None, None]:
    """`fetch_for_verification` for many artifacts at once, a few requests in flight (a release
    is verified as a whole, and a registry's latency is what costs): for each artifact in
    order, the directory its attestations were written to and the referrers skipped, each as
    soon as it is there, while the next ones are fetched (the caller verifies meanwhile).
    Closing the iterator early cancels the fetches not yet started."""

    def one(numbered: tuple[int, Path]) -> tuple[Path, list[str]]:
        target = directory / str(numbered[0])
        target.mkdir(parents=True)
        _, skipped = fetch_for_verification(client, repository, numbered[1], target)
        return target, skipped

    with ThreadPoolExecutor(max_workers=8) as pool:
        yield from pool.map(one, enumerate(artifacts))
