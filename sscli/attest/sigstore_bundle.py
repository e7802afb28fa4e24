"""Sigstore bundles as files hold them: strict parsing for each version (v0.1 to v0.3), the
JSON Lines `gh attestation download` writes, and the artifact a bundle must be about.

Parsing refuses what the libraries would let through: duplicate JSON keys, base64 with
characters outside its alphabet (which pydantic's decoder silently drops), unknown media types
(with a message naming the versions sscli reads), and what a bundle's version forbids.
Nothing here verifies a signature; `bundle_verify` does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sscli.attest._json import loads_strict
from sscli.attest._models import describe_error
from sscli.errors import InputError
from sscli.fsutil import hash_file, read_bytes_limited

BUNDLE_LIMIT = 16 * 1024 * 1024


MEDIA_TYPES: Mapping[str, tuple[int, int]] = {
    "application/vnd.dev.sigstore.bundle+json;version=0.1": (0, 1),
    "application/vnd.dev.sigstore.bundle+json;version=0.2": (0, 2),
    "application/vnd.dev.sigstore.bundle+json;version=0.3": (0, 3),
    "application/vnd.dev.sigstore.bundle.v0.3+json": (0, 3),
}


MAX_LOG_ENTRIES = 32


MAX_TIMESTAMPS = 32  # as sigstore-go and sigstore-python


# Algorithms an artifact is hashed with; a message digest names one of them.
ARTIFACT_HASHES: Mapping[str, str] = {
    "SHA2_256": "sha256",
    "SHA2_384": "sha384",
    "SHA2_512": "sha512",
}


# Protobuf-JSON `bytes` fields of a bundle: each is decoded strictly before pydantic, which
# would silently drop characters outside the base64 alphabet.
_BYTES_FIELDS = frozenset(
    {
        "rawBytes",
        "signature",
        "digest",
        "keyId",
        "rootHash",
        "hashes",
        "signedEntryTimestamp",
        "canonicalizedBody",
        "signedTimestamp",
        "payload",
        "sig",
    }
)


_BASE64 = re.compile(r"^(?:[A-Za-z0-9+/]*|[A-Za-z0-9_-]*)={0,2}\Z")


@dataclass(frozen=True)
class Artifact:
    """What a bundle must be about: a file (hashed with each of `ARTIFACT_HASHES`) or only a
    digest (`sha256:HEX`), as `sigstore verify` and the conformance suite accept."""

    digests: Mapping[str, bytes]  # hashlib name -> raw digest
    path: Path | None = None

    @classmethod
    def of_file(cls, path: Path) -> Artifact:
        found = hash_file(path, tuple(ARTIFACT_HASHES.values()))
        return cls({name: bytes.fromhex(value) for name, value in found.items()}, path)

    @classmethod
    def of_digest(cls, spec: str) -> Artifact:
        algorithm, _, value = spec.lower().partition(":")
        lengths = {"sha256": 64, "sha384": 96, "sha512": 128}
        if algorithm not in lengths or len(value) != lengths[algorithm] or not _hex(value):
            raise InputError(
                f"not a digest: {spec!r}",
                field="--artifact-digest",
                hint="ALGORITHM:HEX with sha256, sha384 or sha512, e.g. sha256:9f86d0...",
            )
        return cls({algorithm: bytes.fromhex(value)})

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        (algorithm, digest), *_ = self.digests.items()
        return f"{algorithm}:{digest.hex()}"


def _hex(value: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-f]+", value))


@dataclass(frozen=True)
class SigstoreBundle:
    """A bundle whose structure was checked for its version; nothing is verified yet."""

    version: tuple[int, int]
    inner: Any  # sigstore_models.bundle.v1.Bundle
    origin: str

    @property
    def media_type(self) -> str:
        return str(self.inner.media_type)

    @property
    def is_dsse(self) -> bool:
        return self.inner.dsse_envelope is not None

    @property
    def key_hint(self) -> str | None:
        """The unauthenticated key hint of a bundle signed with a key (None when keyless)."""
        key = self.inner.verification_material.public_key
        return None if key is None else (key.hint or "")


def parse_bundle(data: bytes, *, origin: str) -> SigstoreBundle:
    """A bundle from its JSON bytes: duplicate keys, loose base64, unknown media types and
    anything its version does not allow are an `InputError`."""
    from sigstore_models.bundle.v1 import Bundle

    try:
        document = loads_strict(data)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"not valid JSON: {exc}", path=origin) from exc
    if not isinstance(document, dict):
        raise InputError("a Sigstore bundle is a JSON object", path=origin)
    media_type = document.get("mediaType")
    version = MEDIA_TYPES.get(media_type) if isinstance(media_type, str) else None
    if version is None:
        if isinstance(media_type, str) and "sigstore.bundle" in media_type:
            raise InputError(
                f"unsupported Sigstore bundle version {media_type!r}: sscli reads bundles "
                "v0.1 to v0.3",
                path=origin,
                hint="a newer bundle format needs a newer sscli",
            )
        raise InputError(f"not a Sigstore bundle (mediaType {media_type!r})", path=origin)
    _check_base64(document, origin, "")
    _fill_empty_lists(document)
    try:
        inner = Bundle.from_json(json.dumps(document))
    except Exception as exc:  # pydantic's ValidationError on a hostile document
        if version == (0, 1) and _only_missing_proofs(exc):
            raise InputError(
                "this v0.1 bundle's log entry has no inclusion proof, and sscli verifies "
                "inclusion offline (as sigstore-python does; gh refuses v0.1 bundles)",
                path=origin,
                hint="fetch a newer bundle of the artifact (v0.2 and later always carry it)",
            ) from exc
        raise InputError(f"malformed Sigstore bundle: {describe_error(exc)}", path=origin) from exc
    bundle = SigstoreBundle(version, inner, origin)
    _check_structure(bundle)
    return bundle


def _only_missing_proofs(exc: Exception) -> bool:
    errors = getattr(exc, "errors", None)
    found = errors() if callable(errors) else []
    return bool(found) and all(
        e.get("type") == "missing" and tuple(e.get("loc", ()))[-1:] == ("inclusionProof",)
        for e in found
    )


def _fill_empty_lists(document: dict[str, Any]) -> None:
    """Protobuf JSON leaves empty repeated fields out (a bundle from GitHub's instance has no
    `tlogEntries`, a proof in a one-entry tree no `hashes`); the models require them."""
    material = document.get("verificationMaterial")
    if not isinstance(material, dict):
        return
    material.setdefault("tlogEntries", [])
    for entry in material["tlogEntries"] if isinstance(material["tlogEntries"], list) else []:
        proof = entry.get("inclusionProof") if isinstance(entry, dict) else None
        if isinstance(proof, dict):
            proof.setdefault("hashes", [])
    chain = material.get("x509CertificateChain")
    if isinstance(chain, dict):
        chain.setdefault("certificates", [])


def _check_base64(value: Any, origin: str, where: str) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{where}.{key}" if where else key
            if key in _BYTES_FIELDS and isinstance(item, str):
                _strict_base64(item, origin, path)
            elif key in _BYTES_FIELDS and isinstance(item, list):
                for index, element in enumerate(item):
                    if isinstance(element, str):
                        _strict_base64(element, origin, f"{path}[{index}]")
                    else:
                        _check_base64(element, origin, f"{path}[{index}]")
            else:
                _check_base64(item, origin, path)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_base64(item, origin, f"{where}[{index}]")


def _strict_base64(text: str, origin: str, where: str) -> None:
    """Protobuf JSON accepts standard or URL-safe base64, padded or not; nothing else."""
    text = text.replace("\r", "").replace("\n", "")  # line breaks are skipped, as Go does
    if not _BASE64.match(text) or len(text.rstrip("=")) % 4 == 1:
        raise InputError("not valid base64", path=origin, field=where)
    if text.endswith("=") and len(text) % 4:
        raise InputError("not valid base64 (wrong padding)", path=origin, field=where)


def _check_structure(bundle: SigstoreBundle) -> None:
    material = bundle.inner.verification_material
    origin = bundle.origin
    if bundle.version >= (0, 3) and material.x509_certificate_chain is not None:
        raise InputError(
            "a v0.3 bundle carries its signing certificate alone (certificate), not a chain",
            path=origin,
        )
    if bundle.version < (0, 3) and material.certificate is not None:
        raise InputError(
            f"a v{bundle.version[0]}.{bundle.version[1]} bundle carries a certificate chain, "
            "not a single certificate",
            path=origin,
        )
    chain = material.x509_certificate_chain
    if chain is not None and not chain.certificates:
        raise InputError("the bundle's certificate chain is empty", path=origin)
    if len(material.tlog_entries) > MAX_LOG_ENTRIES:
        raise InputError(f"more than {MAX_LOG_ENTRIES} transparency log entries", path=origin)
    stamps = material.timestamp_verification_data
    timestamps = stamps.rfc3161_timestamps if stamps is not None else []
    if len(timestamps) > MAX_TIMESTAMPS:
        raise InputError(f"more than {MAX_TIMESTAMPS} signed timestamps", path=origin)
    for index, entry in enumerate(material.tlog_entries):
        where = f"tlogEntries[{index}]"
        if bundle.version >= (0, 2) and entry.inclusion_proof.checkpoint is None:
            raise InputError(
                "the log entry's inclusion proof has no checkpoint", path=origin, field=where
            )
        if bundle.version == (0, 1) and entry.inclusion_promise is None:
            raise InputError(
                "a v0.1 bundle's log entry needs an inclusion promise (signed entry timestamp)",
                path=origin,
                field=where,
            )
    envelope = bundle.inner.dsse_envelope
    if envelope is not None and len(envelope.signatures) != 1:
        raise InputError(
            f"a Sigstore DSSE envelope has exactly one signature, this one "
            f"{len(envelope.signatures)}",
            path=origin,
        )


def read_bundle_file(path: Path) -> list[tuple[str, bytes]]:
    """The bundles of a file: one JSON bundle (possibly pretty-printed), or JSON Lines with a
    bundle on every line (what `gh attestation download` writes). Each comes with its origin
    (`path` or `path:line`); a blank file is an `InputError`."""
    raw = read_bytes_limited(path, BUNDLE_LIMIT)
    stripped = raw.strip()
    if not stripped:
        raise InputError("no Sigstore bundle in file", path=path)
    lines = [(n, line) for n, line in enumerate(raw.split(b"\n"), start=1) if line.strip()]
    if len(lines) == 1 or not stripped.startswith(b"{") or stripped.split(b"\n")[0].strip() == b"{":
        return [(str(path), stripped)]
    return [(f"{path}:{number}", line.strip()) for number, line in lines]
