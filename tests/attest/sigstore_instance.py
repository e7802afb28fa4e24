"""A Sigstore instance of the tests' own: a Fulcio-style CA, a Rekor-style log and its trusted
root, with real keys, so tests can make bundles no one else would sign (a GitHub certificate
for another repository, a self-hosted runner, a cosign key-signed bundle) and verify them for
real: Merkle inclusion proofs, signed checkpoints and signed entry timestamps included.

The formats follow protobuf-specs, Rekor (hashedrekord 0.0.1, dsse 0.0.1, intoto 0.0.2) and
RFC 6962 (Merkle trees); the conformance suite's real bundles check that sscli reads those
formats as the ecosystem writes them.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import rfc8785
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

FULCIO = "1.3.6.1.4.1.57264.1"
PAYLOAD_TYPE = "application/vnd.in-toto+json"
SIGNED_AT = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def der_utf8(text: str) -> bytes:
    """A DER UTF8String, as Fulcio encodes its claims from 1.3.6.1.4.1.57264.1.8 on."""
    data = text.encode()
    if len(data) < 0x80:
        return bytes([0x0C, len(data)]) + data
    size = len(data).to_bytes((len(data).bit_length() + 7) // 8, "big")
    return bytes([0x0C, 0x80 | len(size)]) + size + data


def spki(key: Any) -> bytes:
    return bytes(
        key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def pem(key_or_cert: Any) -> bytes:
    if isinstance(key_or_cert, x509.Certificate):
        return key_or_cert.public_bytes(serialization.Encoding.PEM)
    return bytes(
        key_or_cert.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def pae(payload_type: str, payload: bytes) -> bytes:
    kind = payload_type.encode()
    return b"DSSEv1 %d %b %d %b" % (len(kind), kind, len(payload), payload)


def github_claims(
    repo: str = "acme/app",
    workflow: str = ".github/workflows/release.yml",
    ref: str = "refs/tags/v1.0.0",
    *,
    signer_repo: str | None = None,
    signer_ref: str | None = None,
    sha: str = "a" * 40,
    runner: str = "github-hosted",
    owner_uri: str | None = None,
) -> dict[str, Any]:
    """The SAN and Fulcio extensions of a GitHub Actions certificate; `signer_repo` makes the
    signer a reusable workflow in another repository."""
    signer = signer_repo or repo
    job_workflow = f"https://github.com/{signer}/{workflow}@{signer_ref or ref}"
    return {
        "san": job_workflow,
        "extensions": {
            1: "https://token.actions.githubusercontent.com",  # raw, not DER (deprecated)
            8: "https://token.actions.githubusercontent.com",
            9: job_workflow,
            10: sha if signer_repo is None else "b" * 40,
            11: runner,
            12: f"https://github.com/{repo}",
            13: sha,
            14: ref,
            15: "123456",
            16: owner_uri or f"https://github.com/{repo.partition('/')[0]}",
            17: "654321",
            18: f"https://github.com/{repo}/{workflow}@{ref}",
            19: sha,
            20: "push",
            21: f"https://github.com/{repo}/actions/runs/1/attempts/1",
            22: "public",
        },
    }


@dataclass
class Instance:
    """A CA (root and intermediate) and a transparency log, each with a real P-256 key."""

    origin: str = "rekor.test.sscli.dev"
    root_key: Any = field(default_factory=lambda: ec.generate_private_key(ec.SECP384R1()))
    intermediate_key: Any = field(default_factory=lambda: ec.generate_private_key(ec.SECP384R1()))
    log_key: Any = field(default_factory=lambda: ec.generate_private_key(ec.SECP256R1()))

    def __post_init__(self) -> None:
        start = SIGNED_AT - timedelta(days=365)
        end = SIGNED_AT + timedelta(days=365)
        root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sscli test root")])
        self.root = (
            x509.CertificateBuilder()
            .subject_name(root_name)
            .issuer_name(root_name)
            .public_key(self.root_key.public_key())
            .serial_number(1)
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=True, path_length=1), critical=True)
            .add_extension(_ca_usage(), critical=True)
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self.root_key.public_key()),
                critical=False,
            )
            .sign(self.root_key, hashes.SHA384())
        )
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sscli test intermediate")])
        self.intermediate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(root_name)
            .public_key(self.intermediate_key.public_key())
            .serial_number(2)
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_ca_usage(), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self.intermediate_key.public_key()),
                critical=False,
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.root_key.public_key()),
                critical=False,
            )
            .sign(self.root_key, hashes.SHA384())
        )

    @property
    def log_id(self) -> bytes:
        return hashlib.sha256(spki(self.log_key.public_key())).digest()

    def trusted_root(self, *, log_key: Any = None) -> dict[str, Any]:
        """The trusted root of this instance (another `log_key` makes it trust another log)."""
        key = (log_key or self.log_key).public_key()
        der = lambda c: {"rawBytes": b64(c.public_bytes(serialization.Encoding.DER))}  # noqa: E731
        return {
            "mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.1",
            "tlogs": [
                {
                    "baseUrl": f"https://{self.origin}",
                    "hashAlgorithm": "SHA2_256",
                    "publicKey": {
                        "rawBytes": b64(spki(key)),
                        "keyDetails": "PKIX_ECDSA_P256_SHA_256",
                        "validFor": {"start": "2025-01-01T00:00:00Z"},
                    },
                    "logId": {"keyId": b64(hashlib.sha256(spki(key)).digest())},
                }
            ],
            "certificateAuthorities": [
                {
                    "subject": {"organization": "sscli", "commonName": "sscli test"},
                    "uri": "https://fulcio.test.sscli.dev",
                    "certChain": {"certificates": [der(self.intermediate), der(self.root)]},
                    "validFor": {"start": "2025-01-01T00:00:00Z"},
                }
            ],
            "ctlogs": [],
            "timestampAuthorities": [],
        }

    def leaf(
        self,
        key: Any,
        san: str,
        extensions: dict[int, str],
        *,
        duplicate: int | None = None,
    ) -> x509.Certificate:
        """A Fulcio-style leaf for `key`: code signing, the SAN, and each claim under its OID
        (`duplicate` adds that claim a second time, which cryptography refuses to build, so the
        certificate is assembled by hand and signed for real)."""
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([]))
            .issuer_name(self.intermediate.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(SIGNED_AT - timedelta(minutes=1))
            .not_valid_after(SIGNED_AT + timedelta(minutes=9))
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False
            )
            .add_extension(
                x509.SubjectAlternativeName([x509.UniformResourceIdentifier(san)]), critical=True
            )
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(
                    self.intermediate_key.public_key()
                ),
                critical=False,
            )
        )
        for suffix, value in sorted(extensions.items()):
            raw = value.encode() if suffix < 8 else der_utf8(value)
            builder = builder.add_extension(
                x509.UnrecognizedExtension(x509.ObjectIdentifier(f"{FULCIO}.{suffix}"), raw),
                critical=False,
            )
        placeholder = "1.3.6.1.4.1.57264.99.99"
        if duplicate is not None:
            forged = f"{FULCIO}.{duplicate}"
            assert len(x509.ObjectIdentifier(forged).dotted_string) > 0
            builder = builder.add_extension(
                x509.UnrecognizedExtension(
                    x509.ObjectIdentifier(placeholder), der_utf8("https://github.com/evil")
                ),
                critical=False,
            )
        certificate = builder.sign(self.intermediate_key, hashes.SHA256())
        if duplicate is None:
            return certificate
        return _resign_with_oid(
            certificate, placeholder, f"{FULCIO}.{duplicate}", self.intermediate_key
        )

    # --- the log ---------------------------------------------------------------------------

    def log_entry(
        self,
        body: bytes,
        *,
        index: int = 3,
        size: int = 5,
        integrated: datetime = SIGNED_AT,
        log_key: Any = None,
    ) -> dict[str, Any]:
        """A tlogEntries item for `body` at `index` of a tree of `size` leaves: inclusion proof,
        checkpoint and signed entry timestamp, all signed with the log's key."""
        key = log_key or self.log_key
        log_id = hashlib.sha256(spki(key.public_key())).digest()
        leaves = [b"other entry %d" % i for i in range(size)]
        leaves[index] = body
        root_hash = merkle_root(leaves)
        proof = merkle_proof(leaves, index)
        note = f"{self.origin} - 42\n{size}\n{b64(root_hash)}\n"
        signature = key.sign(note.encode(), ec.ECDSA(hashes.SHA256()))
        checkpoint = f"{note}\n\u2014 {self.origin} {b64(log_id[:4] + signature)}\n"
        seconds = int(integrated.timestamp())
        entry_index = 1000 + index
        promise = rfc8785.dumps(
            {
                "body": b64(body),
                "integratedTime": seconds,
                "logID": log_id.hex(),
                "logIndex": entry_index,
            }
        )
        kind = json.loads(body)
        return {
            "logIndex": str(entry_index),
            "logId": {"keyId": b64(log_id)},
            "kindVersion": {"kind": kind["kind"], "version": kind["apiVersion"]},
            "integratedTime": str(seconds),
            "inclusionPromise": {
                "signedEntryTimestamp": b64(key.sign(promise, ec.ECDSA(hashes.SHA256())))
            },
            "inclusionProof": {
                "logIndex": str(index),
                "rootHash": b64(root_hash),
                "treeSize": str(size),
                "hashes": [b64(h) for h in proof],
                "checkpoint": {"envelope": checkpoint},
            },
            "canonicalizedBody": b64(body),
        }

    # --- bundles ---------------------------------------------------------------------------

    def message_bundle(
        self, artifact: bytes, key: Any, *, certificate: x509.Certificate | None = None
    ) -> dict[str, Any]:
        """What `cosign sign-blob --new-bundle-format` writes: a hashedrekord 0.0.1 entry and a
        message signature, signed keyless (`certificate`) or with the key alone."""
        digest = hashlib.sha256(artifact).digest()
        signature = key.sign(artifact, ec.ECDSA(hashes.SHA256()))
        signer_pem = pem(certificate if certificate is not None else key.public_key())
        body = canonical(
            {
                "apiVersion": "0.0.1",
                "kind": "hashedrekord",
                "spec": {
                    "data": {"hash": {"algorithm": "sha256", "value": digest.hex()}},
                    "signature": {
                        "content": b64(signature),
                        "publicKey": {"content": b64(signer_pem)},
                    },
                },
            }
        )
        return {
            "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
            "verificationMaterial": {
                **self._material(key, certificate),
                "tlogEntries": [self.log_entry(body)],
            },
            "messageSignature": {
                "messageDigest": {"algorithm": "SHA2_256", "digest": b64(digest)},
                "signature": b64(signature),
            },
        }

    def dsse_bundle(
        self,
        statement: dict[str, Any],
        key: Any,
        *,
        certificate: x509.Certificate | None = None,
        kind: str = "dsse",
    ) -> dict[str, Any]:
        """What `cosign attest --new-bundle-format` writes: a DSSE envelope of `statement` and a
        dsse 0.0.1 (or, `kind="intoto"`, an intoto 0.0.2) log entry."""
        payload = json.dumps(statement).encode()
        signature = key.sign(pae(PAYLOAD_TYPE, payload), ec.ECDSA(hashes.SHA256()))
        signer_pem = pem(certificate if certificate is not None else key.public_key())
        body = self.dsse_body(payload, signature, signer_pem, kind=kind)
        return {
            "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
            "verificationMaterial": {
                **self._material(key, certificate),
                "tlogEntries": [self.log_entry(body)],
            },
            "dsseEnvelope": {
                "payload": b64(payload),
                "payloadType": PAYLOAD_TYPE,
                "signatures": [{"sig": b64(signature), "keyid": ""}],
            },
        }

    @staticmethod
    def dsse_body(payload: bytes, signature: bytes, signer_pem: bytes, *, kind: str) -> bytes:
        envelope_hash = hashlib.sha256(b"envelope").hexdigest()
        if kind == "intoto":
            return canonical(
                {
                    "apiVersion": "0.0.2",
                    "kind": "intoto",
                    "spec": {
                        "content": {
                            "envelope": {
                                "payloadType": PAYLOAD_TYPE,
                                "signatures": [
                                    {
                                        "publicKey": b64(signer_pem),
                                        "sig": b64(b64(signature).encode()),
                                    }
                                ],
                            },
                            "hash": {"algorithm": "sha256", "value": envelope_hash},
                            "payloadHash": {
                                "algorithm": "sha256",
                                "value": hashlib.sha256(payload).hexdigest(),
                            },
                        }
                    },
                }
            )
        return canonical(
            {
                "apiVersion": "0.0.1",
                "kind": "dsse",
                "spec": {
                    "envelopeHash": {"algorithm": "sha256", "value": envelope_hash},
                    "payloadHash": {
                        "algorithm": "sha256",
                        "value": hashlib.sha256(payload).hexdigest(),
                    },
                    "signatures": [{"signature": b64(signature), "verifier": b64(signer_pem)}],
                },
            }
        )

    @staticmethod
    def _material(key: Any, certificate: x509.Certificate | None) -> dict[str, Any]:
        if certificate is not None:
            return {
                "certificate": {
                    "rawBytes": b64(certificate.public_bytes(serialization.Encoding.DER))
                }
            }
        return {"publicKey": {"hint": b64(hashlib.sha256(spki(key.public_key())).digest())}}


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()


def _ca_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=False, content_commitment=False, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip


# --- RFC 6962 Merkle trees ----------------------------------------------------------------------


def _leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def _node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(size: int) -> int:
    k = 1
    while k * 2 < size:
        k *= 2
    return k


def merkle_root(leaves: list[bytes]) -> bytes:
    if len(leaves) == 1:
        return _leaf_hash(leaves[0])
    k = _split(len(leaves))
    return _node_hash(merkle_root(leaves[:k]), merkle_root(leaves[k:]))


def merkle_proof(leaves: list[bytes], index: int) -> list[bytes]:
    """The audit path of leaf `index` (RFC 6962 2.1.1), from the leaf up."""
    if len(leaves) == 1:
        return []
    k = _split(len(leaves))
    if index < k:
        return [*merkle_proof(leaves[:k], index), merkle_root(leaves[k:])]
    return [*merkle_proof(leaves[k:], index - k), merkle_root(leaves[:k])]


# --- a certificate cryptography would not build ---------------------------------------------------


def _der_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    size = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(size)]) + size


def _oid_der(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for part in parts[2:]:
        chunk, rest = [part & 0x7F], part >> 7
        while rest:
            chunk.append(0x80 | (rest & 0x7F))
            rest >>= 7
        body += bytes(reversed(chunk))
    return bytes([0x06]) + _der_length(len(body)) + body


def _resign_with_oid(
    certificate: x509.Certificate, placeholder: str, oid: str, issuer_key: Any
) -> x509.Certificate:
    """The certificate with the extension OID `placeholder` renamed `oid` (same DER length),
    its TBS signed again by the issuer: a real, validly signed certificate that carries the
    claim `oid` twice."""
    old, new = _oid_der(placeholder), _oid_der(oid)
    assert len(old) == len(new), "the placeholder OID must encode to the same length"
    tbs = certificate.tbs_certificate_bytes
    assert tbs.count(old) == 1
    tbs = tbs.replace(old, new)
    signature = issuer_key.sign(tbs, ec.ECDSA(hashes.SHA256()))
    algorithm = bytes.fromhex("300a06082a8648ce3d040302")  # ecdsa-with-SHA256
    bits = b"\x03" + _der_length(len(signature) + 1) + b"\x00" + signature
    content = tbs + algorithm + bits
    return x509.load_der_x509_certificate(b"\x30" + _der_length(len(content)) + content)
