"""Real keys (generated once per session), predicates, and signed fixtures for attest tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sscli.attest.keys import KeyType, generate_key_pair, load_private_key

DATA = Path(__file__).parent / "data"
PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class KeyFiles:
    private: Path
    public: Path
    keyid: str
    encrypted: bool = False

    def signer(self) -> Any:
        return load_private_key(self.private, PASSPHRASE.encode() if self.encrypted else None)


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, KeyFiles]:
    """ed25519, ecdsa-p256 (encrypted), a second ed25519, and RSA (slow: made once)."""
    directory = tmp_path_factory.mktemp("keys")
    made: dict[str, KeyFiles] = {}
    for label, key_type, encrypted in (
        ("ed25519", KeyType.ED25519, False),
        ("ecdsa", KeyType.ECDSA_P256, True),
        ("ed25519-b", KeyType.ED25519, False),
        ("rsa", KeyType.RSA, False),
    ):
        path = directory / f"{label}.pem"
        info = generate_key_pair(
            key_type, path, passphrase=PASSPHRASE.encode() if encrypted else None
        )
        made[label] = KeyFiles(path, path.with_name(path.name + ".pub"), info.keyid, encrypted)
    return made


SLSA_PREDICATE: dict[str, Any] = {
    "buildDefinition": {
        "buildType": "https://sscli.dev/build/wheel/v1",
        "externalParameters": {"source": "git+https://example.org/hello@v1"},
        "resolvedDependencies": [
            {"uri": "pkg:pypi/flit-core@3.9.0", "digest": {"sha256": "a" * 64}}
        ],
    },
    "runDetails": {
        "builder": {"id": "https://sscli.dev/builder/local"},
        "metadata": {"startedOn": "2026-01-01T00:00:00Z", "finishedOn": "2026-01-01T00:01:00Z"},
    },
}


@pytest.fixture
def artifact(tmp_path: Path) -> Path:
    path = tmp_path / "hello-1.0-py3-none-any.whl"
    path.write_bytes(b"PK\x03\x04 not really a wheel, but bytes to hash\n" * 100)
    return path


@pytest.fixture
def predicate_file(tmp_path: Path) -> Path:
    path = tmp_path / "provenance.json"
    path.write_text(json.dumps(SLSA_PREDICATE))
    return path


def gcb_bundle_document() -> dict[str, Any]:
    """The recorded PyPI attestation (tests/attest/data) repackaged as the Sigstore bundle it was
    made from: the certificate, log entry, payload and signature are used byte for byte (as
    pypi-attestations' `Attestation.to_bundle` does)."""
    provenance = json.loads((DATA / "gcb_attestation_test-0.0.0.tar.gz.provenance").read_text())
    attestation = provenance["attestation_bundles"][0]["attestations"][0]
    material = attestation["verification_material"]
    return {
        "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
        "verificationMaterial": {
            "certificate": {"rawBytes": material["certificate"]},
            "tlogEntries": material["transparency_entries"],
        },
        "dsseEnvelope": {
            "payload": attestation["envelope"]["statement"],
            "payloadType": "application/vnd.in-toto+json",
            "signatures": [{"sig": attestation["envelope"]["signature"]}],
        },
    }
