"""Transparency log entries of a Sigstore bundle: that a trusted log recorded them (Merkle
inclusion proof, signed checkpoint, signed entry timestamp), and that what it recorded is this
bundle's signature, signer and artifact (the body of each supported entry kind).

Rekor v1 entry kinds hashedrekord 0.0.1, dsse 0.0.1 and intoto 0.0.2, and Rekor v2's
hashedrekord 0.0.2 and dsse 0.0.2, are read with sigstore-python's Merkle and checkpoint code;
any other kind is refused by name.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sscli.attest._json import loads_strict
from sscli.attest._models import describe_error
from sscli.attest.sigstore_bundle import ARTIFACT_HASHES, Artifact
from sscli.attest.trustroot import LogInstance, TrustRoot
from sscli.errors import InputError, PolicyError

if TYPE_CHECKING:
    from cryptography.x509 import Certificate


@dataclass(frozen=True)
class VerifiedTime:
    """A time the signature is proven to have existed by: a log's signed entry timestamp or a
    timestamp authority's signed timestamp."""

    source: str  # "transparency log" | "timestamp authority"
    time: datetime
    by: str

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "time": self.time.isoformat(), "by": self.by}


@dataclass(frozen=True)
class LogEntryInfo:
    """A log entry that verified, and the log that recorded it."""

    log: str
    index: int
    kind: str
    integrated_time: datetime | None  # set only when its signed entry timestamp verified
    instance: LogInstance | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "log": self.log,
            "logIndex": self.index,
            "kind": self.kind,
            "integratedTime": self.integrated_time.isoformat() if self.integrated_time else None,
        }


@dataclass(frozen=True)
class Signer:
    """The bundle's signer as a log entry must record it: its key, and its certificate if any."""

    key: Any  # a cryptography public key
    certificate: Certificate | None = None

    def der(self) -> bytes:
        """The signer as the log records it: certificate DER, or the key's SPKI DER."""
        from cryptography.hazmat.primitives import serialization

        if self.certificate is not None:
            return self.certificate.public_bytes(serialization.Encoding.DER)
        return bytes(
            self.key.public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )


@dataclass(frozen=True)
class SignedContent:
    """What was signed: the signature, and the bytes (or digest) it covers."""

    signature: bytes
    envelope: Any | None = None  # sigstore_models intoto Envelope
    message_digest: Any | None = None  # sigstore_models HashOutput (a hint)
    pae: bytes = b""


def check_log_entry(
    entry: Any, index: int, root: TrustRoot, *, needs_promise: bool
) -> LogEntryInfo:
    """That a log of `root` recorded `entry`: its inclusion proof and checkpoint (when it has
    a checkpoint; bundles from v0.2 on must) and its signed entry timestamp (when it has an
    inclusion promise; `needs_promise` for v0.1 bundles). The integrated time counts as a
    verified time only once its promise verified."""
    where = f"log entry {index}"
    log = root.tlog(bytes(entry.log_id.key_id))
    if log is None:
        raise PolicyError(
            f"{where} is from a transparency log the trusted root ({root.source}) does not list "
            f"(log id {bytes(entry.log_id.key_id).hex()[:16]}...)"
        )
    if entry.inclusion_proof.checkpoint is not None:
        _check_inclusion(entry, log, where)
    integrated: datetime | None = None
    if entry.inclusion_promise is not None:
        if not entry.integrated_time:
            raise PolicyError(f"{where}: an inclusion promise without an integrated time")
        _check_signed_entry_timestamp(entry, log, where)
        integrated = _from_unix(entry.integrated_time, where)
    elif needs_promise:
        raise PolicyError(f"{where}: a v0.1 bundle's entry needs a signed entry timestamp")
    kind = f"{entry.kind_version.kind} {entry.kind_version.version}"
    return LogEntryInfo(log.base_url, entry.log_index, kind, integrated, log)


def _from_unix(seconds: int, where: str) -> datetime:
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise InputError(f"{where}: integrated time {seconds} is out of range") from exc


def _keyring(log: LogInstance) -> Any:
    from sigstore._internal.trust import Keyring, RekorKeyring

    return RekorKeyring(Keyring([log.key]))


def _check_inclusion(entry: Any, log: LogInstance, where: str) -> None:
    """The Merkle inclusion proof leads to the proof's root hash, and a checkpoint signed by
    this log commits to that root hash and tree size."""
    from sigstore._internal.merkle import verify_merkle_inclusion
    from sigstore._internal.rekor.checkpoint import SignedCheckpoint
    from sigstore.errors import VerificationError
    from sigstore.models import TransparencyLogEntry

    proof = entry.inclusion_proof
    try:
        verify_merkle_inclusion(TransparencyLogEntry(entry))
    except VerificationError as exc:
        detail = "it does not lead to its root hash" if "root hash" in str(exc) else str(exc)
        raise PolicyError(f"{where}: invalid inclusion proof: {detail}") from exc
    except Exception as exc:  # the proof's shape (hash sizes) on hostile input
        raise PolicyError(f"{where}: unusable inclusion proof: {describe_error(exc)}") from exc
    try:
        signed = SignedCheckpoint.from_text(proof.checkpoint.envelope)
    except (VerificationError, ValueError, binascii.Error) as exc:
        raise PolicyError(f"{where}: malformed checkpoint: {exc}") from exc
    origin = signed.checkpoint.origin.split(" ")[0]
    if not _checkpoint_signed_by(signed, log, origin):
        raise PolicyError(
            f"{where}: the checkpoint is not signed by {log.base_url} (no valid signature "
            f"named {origin!r} with its key)"
        )
    if signed.checkpoint.log_hash != bytes(proof.root_hash).hex():
        raise PolicyError(f"{where}: the checkpoint's root hash is not the inclusion proof's")
    if signed.checkpoint.log_size != proof.tree_size:
        raise PolicyError(
            f"{where}: the checkpoint's tree size {signed.checkpoint.log_size} is not the "
            f"inclusion proof's {proof.tree_size}"
        )


def _checkpoint_signed_by(signed: Any, log: LogInstance, origin: str) -> bool:
    from sigstore.errors import VerificationError

    note = signed.signed_note.note.encode()
    keyring = _keyring(log)
    for signature in signed.signed_note.signatures:
        if signature.name != origin or signature.sig_hash != log.log_id[:4]:
            continue  # a witness's cosignature, or another log's
        try:
            keyring.verify(
                key_id=log.log_id, signature=base64.b64decode(signature.signature), data=note
            )
        except VerificationError:
            continue
        return True
    return False


def _check_signed_entry_timestamp(entry: Any, log: LogInstance, where: str) -> None:
    import rfc8785
    from sigstore.errors import VerificationError

    try:
        payload = rfc8785.dumps(
            {
                "body": base64.b64encode(bytes(entry.canonicalized_body)).decode(),
                "integratedTime": entry.integrated_time,
                "logID": bytes(entry.log_id.key_id).hex(),
                "logIndex": entry.log_index,
            }
        )
    except rfc8785.CanonicalizationError as exc:  # integers past 2**53, as JSON cannot hold
        raise InputError(f"{where}: integrated time or log index out of range: {exc}") from exc
    try:
        _keyring(log).verify(
            key_id=log.log_id,
            signature=bytes(entry.inclusion_promise.signed_entry_timestamp),
            data=payload,
        )
    except VerificationError as exc:
        raise PolicyError(f"{where}: invalid signed entry timestamp: {exc}") from exc


def check_entry_body(
    entry: Any, index: int, content: SignedContent, signer: Signer, artifact: Artifact
) -> None:
    """The log recorded this very signature, by this signer, over this artifact or envelope
    (the consistency check that keeps a log entry for one payload from vouching for another)."""
    where = f"log entry {index}"
    kind, version = entry.kind_version.kind, entry.kind_version.version
    try:
        body = loads_strict(bytes(entry.canonicalized_body))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{where}: the log entry body is not JSON: {exc}") from exc
    if not isinstance(body, dict) or body.get("kind") != kind or body.get("apiVersion") != version:
        raise PolicyError(f"{where}: the log entry body is not the {kind} {version} it claims")
    checker = _BODY_CHECKS.get((kind, version))
    if checker is None:
        raise PolicyError(
            f"{where}: unsupported transparency log entry kind {kind} {version} (sscli verifies "
            + ", ".join(f"{k} {v}" for k, v in _BODY_CHECKS)
            + ")"
        )
    try:
        problem = checker(body["spec"], content, signer, artifact)
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise PolicyError(f"{where}: malformed {kind} {version} entry body ({exc!r})") from exc
    if problem:
        raise PolicyError(f"{where} does not match the bundle: {problem}")


def _b64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise TypeError("expected a base64 string")
    return base64.b64decode(value, validate=True)


def _pem_der(pem: bytes) -> bytes:
    """The DER inside a PEM certificate or public key (the form Rekor v1 bodies record)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    if b"CERTIFICATE" in pem:
        return x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    key = serialization.load_pem_public_key(pem)
    return key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _hashedrekord_v001(
    spec: Any, content: SignedContent, signer: Signer, artifact: Artifact
) -> str:
    if content.envelope is not None:
        return "a hashedrekord 0.0.1 entry records a message signature, not a DSSE envelope"
    recorded = spec["data"]["hash"]
    algorithm = recorded["algorithm"]
    if algorithm not in artifact.digests or recorded["value"] != artifact.digests[algorithm].hex():
        return "it records another artifact digest"
    if _b64(spec["signature"]["content"]) != content.signature:
        return "it records another signature"
    if _pem_der(_b64(spec["signature"]["publicKey"]["content"])) != signer.der():
        return "it records another signer (certificate or key)"
    return ""


def _dsse_v001(spec: Any, content: SignedContent, signer: Signer, artifact: Artifact) -> str:
    envelope = content.envelope
    if envelope is None:
        return "a dsse entry records a DSSE envelope, not a message signature"
    if not _sha256_recorded(spec["payloadHash"], bytes(envelope.payload)):
        return "it records another payload"
    recorded = [(_b64(s["signature"]), _pem_der(_b64(s["verifier"]))) for s in spec["signatures"]]
    if recorded != [(content.signature, signer.der())]:
        return "it records other signatures or another signer"
    return ""


def _intoto_v002(spec: Any, content: SignedContent, signer: Signer, artifact: Artifact) -> str:
    envelope = content.envelope
    if envelope is None:
        return "an intoto entry records a DSSE envelope, not a message signature"
    recorded = spec["content"]
    payload = bytes(envelope.payload)
    if not _sha256_recorded(recorded["payloadHash"], payload):
        return "it records another payload"
    logged = recorded["envelope"]
    if logged["payloadType"] != envelope.payload_type:
        return "it records another payload type"
    # Rekor stores the envelope's base64 fields base64-encoded once more, and drops the payload
    # (its hash is recorded); when a payload is there, it must be this one.
    if "payload" in logged and _rekor_base64(logged["payload"]) != payload:
        return "it records another envelope"
    signatures = [
        (_rekor_base64(s["sig"]), _pem_der(_b64(s["publicKey"]))) for s in logged["signatures"]
    ]
    if signatures != [(content.signature, signer.der())]:
        return "it records other signatures or another signer"
    return ""


def _sha256_recorded(recorded: Mapping[str, Any], data: bytes) -> bool:
    """A Rekor v1 hash field (`{"algorithm": "sha256", "value": HEX}`) is `data`'s."""
    return bool(recorded["algorithm"] == "sha256") and bool(
        recorded["value"] == hashlib.sha256(data).hexdigest()
    )


def _rekor_base64(value: Any) -> bytes:
    """A field of an intoto 0.0.2 entry: base64 of the envelope's base64 text (what Rekor
    writes), or plain base64. Either way it is compared with the bundle's bytes, so reading
    both cannot make an entry vouch for bytes it does not hold."""
    once = _b64(value)
    try:
        return base64.b64decode(once.decode("ascii"), validate=True)
    except (UnicodeDecodeError, binascii.Error, ValueError):
        return once


def _hashedrekord_v002(
    spec: Any, content: SignedContent, signer: Signer, artifact: Artifact
) -> str:
    data = spec["hashedRekordV002"]
    recorded = data["data"]
    algorithm = ARTIFACT_HASHES.get(recorded["algorithm"])
    if algorithm is None:
        return f"unsupported digest algorithm {recorded['algorithm']}"
    if content.envelope is not None:  # Rekor v2's DSSE encoding: the digest of the PAE
        expected = hashlib.new(algorithm, content.pae).digest()
    elif algorithm in artifact.digests:
        expected = artifact.digests[algorithm]
    else:
        return f"it records a {algorithm} digest the given digest cannot be compared with"
    if _b64(recorded["digest"]) != expected:
        return (
            "it records another artifact digest"
            if content.envelope is None
            else ("it records another envelope")
        )
    if _b64(data["signature"]["content"]) != content.signature:
        return "it records another signature"
    if _v2_verifier_der(data["signature"]["verifier"]) != signer.der():
        return "it records another signer (certificate or key)"
    return ""


def _dsse_v002(spec: Any, content: SignedContent, signer: Signer, artifact: Artifact) -> str:
    envelope = content.envelope
    if envelope is None:
        return "a dsse entry records a DSSE envelope, not a message signature"
    data = spec["dsseV002"]
    algorithm = ARTIFACT_HASHES.get(data["payloadHash"]["algorithm"])
    if (
        algorithm is None
        or _b64(data["payloadHash"]["digest"])
        != hashlib.new(algorithm, bytes(envelope.payload)).digest()
    ):
        return "it records another payload"
    recorded = [(_b64(s["content"]), _v2_verifier_der(s["verifier"])) for s in data["signatures"]]
    if recorded != [(content.signature, signer.der())]:
        return "it records other signatures or another signer"
    return ""


def _v2_verifier_der(verifier: Mapping[str, Any]) -> bytes:
    if "x509Certificate" in verifier:
        return _b64(verifier["x509Certificate"]["rawBytes"])
    return _b64(verifier["publicKey"]["rawBytes"])


_BODY_CHECKS = {
    ("hashedrekord", "0.0.1"): _hashedrekord_v001,
    ("hashedrekord", "0.0.2"): _hashedrekord_v002,
    ("dsse", "0.0.1"): _dsse_v001,
    ("dsse", "0.0.2"): _dsse_v002,
    ("intoto", "0.0.2"): _intoto_v002,
}


def recorded_hash_algorithm(entry: Any) -> str | None:
    try:
        body = loads_strict(bytes(entry.canonicalized_body))
        if entry.kind_version.version == "0.0.1":
            value = body["spec"]["data"]["hash"]["algorithm"]
            return {"sha256": "SHA2_256", "sha384": "SHA2_384", "sha512": "SHA2_512"}.get(value)
        value = body["spec"]["hashedRekordV002"]["data"]["algorithm"]
        return str(value)
    except (KeyError, TypeError, ValueError, UnicodeDecodeError):
        return None
