"""The OCI documents sscli writes, as deterministic bytes: the same input always gives the same
manifest digest (sorted keys, no whitespace, no timestamps), so anyone holding a distribution
file can compute the digest its attestations hang from without asking the registry."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sscli.stores.oci.client import OCI_INDEX, OCI_MANIFEST, RegistryContentError, sha256_digest

EMPTY_CONFIG = b"{}"
EMPTY_MEDIA_TYPE = "application/vnd.oci.empty.v1+json"
DISTRIBUTION_TYPE = "application/vnd.sscli.python.distribution.v1"
DISTRIBUTION_LAYER = "application/octet-stream"
DSSE_TYPE = "application/vnd.dsse.envelope.v1+json"  # cosign's attestation layer
BUNDLE_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json"
TITLE = "org.opencontainers.image.title"
PREDICATE_TYPE = "predicateType"  # cosign's layer annotation on DSSE attestations
BUNDLE_CONTENT = "dev.sigstore.bundle.content"
BUNDLE_PREDICATE_TYPE = "dev.sigstore.bundle.predicateType"


@dataclass(frozen=True)
class Descriptor:
    """An OCI content descriptor: what a manifest says of a blob or manifest it points at."""

    media_type: str
    digest: str
    size: int
    artifact_type: str | None = None
    annotations: tuple[tuple[str, str], ...] = ()
    data: str | None = None  # OCI 1.1: the content itself, base64, for small blobs

    def to_dict(self) -> dict[str, Any]:
        document: dict[str, Any] = {
            "mediaType": self.media_type,
            "digest": self.digest,
            "size": self.size,
        }
        if self.artifact_type:
            document["artifactType"] = self.artifact_type
        if self.annotations:
            document["annotations"] = dict(self.annotations)
        if self.data is not None:
            document["data"] = self.data
        return document

    def embedded(self) -> bytes | None:
        """The embedded content, if any, checked against the digest and size (untrusted)."""
        if self.data is None:
            return None
        import base64
        import binascii

        try:
            content = base64.b64decode(self.data, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise RegistryContentError(f"descriptor {self.digest}: data is not base64") from exc
        if len(content) != self.size or sha256_digest(content) != self.digest:
            raise RegistryContentError(
                f"descriptor {self.digest}: the embedded data does not match its digest"
            )
        return content


def canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def empty_config() -> Descriptor:
    return Descriptor(EMPTY_MEDIA_TYPE, sha256_digest(EMPTY_CONFIG), len(EMPTY_CONFIG))


def image_manifest(
    artifact_type: str,
    layers: list[Descriptor],
    *,
    subject: Descriptor | None = None,
    annotations: dict[str, str] | None = None,
) -> bytes:
    """An OCI 1.1 artifact manifest (empty config, `artifactType`) as canonical bytes."""
    document: dict[str, Any] = {
        "schemaVersion": 2,
        "mediaType": OCI_MANIFEST,
        "artifactType": artifact_type,
        "config": empty_config().to_dict(),
        "layers": [layer.to_dict() for layer in layers],
    }
    if subject is not None:
        document["subject"] = {
            "mediaType": subject.media_type,
            "digest": subject.digest,
            "size": subject.size,
        }
    if annotations:
        document["annotations"] = annotations
    return canonical(document)


def distribution_manifest(filename: str, sha256: str, size: int) -> bytes:
    """The manifest of a distribution file, from its name, sha256 and size alone."""
    layer = Descriptor(
        DISTRIBUTION_LAYER, f"sha256:{sha256}", size, annotations=((TITLE, filename),)
    )
    return image_manifest(DISTRIBUTION_TYPE, [layer])


def descriptor_of(body: bytes, media_type: str = OCI_MANIFEST) -> Descriptor:
    return Descriptor(media_type, sha256_digest(body), len(body))


def image_index(manifests: list[Descriptor]) -> bytes:
    return canonical(
        {
            "schemaVersion": 2,
            "mediaType": OCI_INDEX,
            "manifests": [m.to_dict() for m in manifests],
        }
    )


# -- reading what a registry served (hostile: every field checked) ------------------------------


def parse_json_object(body: bytes, what: str) -> dict[str, Any]:
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise RegistryContentError(f"{what} is not JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise RegistryContentError(f"{what} is not a JSON object")
    return document


def parse_descriptor(value: Any, what: str) -> Descriptor:
    from sscli.stores.oci.reference import DIGEST

    if not isinstance(value, dict):
        raise RegistryContentError(f"{what}: a descriptor is not an object")
    media_type, digest, size = value.get("mediaType"), value.get("digest"), value.get("size")
    artifact_type = value.get("artifactType")
    annotations = value.get("annotations") or {}
    data = value.get("data")
    if (
        not isinstance(media_type, str)
        or not isinstance(digest, str)
        or not DIGEST.fullmatch(digest)
        or not isinstance(size, int)
        or isinstance(size, bool)
        or size < 0
        or (artifact_type is not None and not isinstance(artifact_type, str))
        or not isinstance(annotations, dict)
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in annotations.items())
        or (data is not None and not isinstance(data, str))
    ):
        raise RegistryContentError(f"{what}: a malformed descriptor")
    return Descriptor(
        media_type, digest, size, artifact_type, tuple(sorted(annotations.items())), data
    )


def parse_index(body: bytes, what: str, limit: int = 10_000) -> list[Descriptor]:
    document = parse_json_object(body, what)
    if document.get("schemaVersion") != 2 or document.get("mediaType", OCI_INDEX) != OCI_INDEX:
        raise RegistryContentError(f"{what} is not an OCI image index")
    manifests = document.get("manifests")
    if not isinstance(manifests, list):
        raise RegistryContentError(f"{what} has no manifests list")
    if len(manifests) > limit:
        raise RegistryContentError(f"{what} lists {len(manifests)} manifests (limit {limit})")
    return [parse_descriptor(m, what) for m in manifests]


@dataclass(frozen=True)
class ArtifactManifest:
    """An OCI image manifest as a registry served it: parsed, not yet trusted."""

    artifact_type: str | None
    layers: list[Descriptor]
    subject: Descriptor | None
    annotations: dict[str, str]


def parse_manifest(body: bytes, what: str) -> ArtifactManifest:
    document = parse_json_object(body, what)
    if document.get("schemaVersion") != 2 or document.get("mediaType", OCI_MANIFEST) != (
        OCI_MANIFEST
    ):
        raise RegistryContentError(f"{what} is not an OCI image manifest")
    layers = document.get("layers")
    if not isinstance(layers, list) or len(layers) > 1000:
        raise RegistryContentError(f"{what} has no usable layers list")
    subject = document.get("subject")
    annotations = document.get("annotations") or {}
    artifact_type = document.get("artifactType")
    config = parse_descriptor(document.get("config"), what)
    if not isinstance(annotations, dict) or not all(
        isinstance(v, str) for v in annotations.values()
    ):
        raise RegistryContentError(f"{what}: malformed annotations")
    if artifact_type is None and config.media_type != EMPTY_MEDIA_TYPE:
        artifact_type = config.media_type  # OCI 1.1: the config's type names the artifact
    if artifact_type is not None and not isinstance(artifact_type, str):
        raise RegistryContentError(f"{what}: malformed artifactType")
    return ArtifactManifest(
        artifact_type,
        [parse_descriptor(layer, what) for layer in layers],
        parse_descriptor(subject, what) if subject is not None else None,
        dict(annotations),
    )
