"""The Sigstore conformance suite's bundle-verification cases, every one through `sscli attest
verify`, with the artifact as a file and as a digest (as the suite runs them): each case that
must verify does, and each `_fail` case is refused, with the exit code and for the reason that
case is about (recorded below), never a traceback.

The cases are the suite's own files (tests/attest/data/conformance, Apache-2.0), unmodified.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "data" / "conformance" / "bundle-verify"
IDENTITY = (
    "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/"
    ".github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main"
)
ISSUER = "https://token.actions.githubusercontent.com"

# Why each refused case is refused: (exit code, text the message must contain).
REFUSED = {
    "bundle-empty-certificate-chain_fail": (2, "certificate chain is empty"),
    "bundle-from-wrong-instance_fail": (1, "from a transparency log the trusted root"),
    "bundle-invalid-base64-signature_fail": (2, "messageSignature.signature): not valid base64"),
    "bundle-malformed-json_fail": (2, "not valid JSON"),
    "bundle-negative-log-index_fail": (2, "logIndex: Value error"),
    "bundle-unknown-version_fail": (2, "unsupported Sigstore bundle version"),
    "bundle-with-root-cert_fail": (1, "chain includes a root certificate"),
    "checkpoint-bad-keyhint_fail": (
        1,
        "the checkpoint is not signed by https://rekor.sigstore.dev",
    ),
    "checkpoint-wrong-roothash_fail": (1, "checkpoint's root hash is not the inclusion proof's"),
    "dsse-invalid-sig_fail": (1, "DSSE envelope's signature does not verify"),
    "dsse-mismatch-envelope_fail": (
        1,
        "log entry 0 does not match the bundle: it records another payload",
    ),
    "dsse-mismatch-sig_fail": (1, "does not match the bundle: it records other signatures"),
    "inclusion-proof-corrupted-hash_fail": (
        1,
        "invalid inclusion proof: it does not lead to its root hash",
    ),
    # the altered body no longer hashes to the leaf the log signed
    "incorrect-public-key_fail": (1, "invalid inclusion proof: it does not lead to its root hash"),
    "integrated-time-in-future_fail": (1, "not valid at the transparency log time"),
    "intoto-expired-certificate_fail": (1, "not valid at the transparency log time"),
    "intoto-log-entry-mismatch_fail": (1, "log entry 0 does not match the bundle"),
    "intoto-missing-inclusion-proof_fail": (2, "inclusionProof: Field required"),
    "intoto-set-outside-signing-cert-validity_fail": (1, "not valid at the transparency log time"),
    "intoto-tsa-timestamp-outside-cert-validity_fail": (
        1,
        "not valid at the timestamp authority time",
    ),
    "invalid-checkpoint-signature_fail": (1, "the checkpoint is not signed by"),
    "invalid-ct-key_fail": (1, "SCT does not verify"),
    "invalid-inclusion-proof_fail": (2, "inclusion proof has no checkpoint"),
    "managed-key-no-key_fail": (2, "signed with a key"),
    "managed-key-wrong-key_fail": (2, "not a PEM public key"),  # its key.pub is not a key
    "message-digest-mismatch_fail": (1, "message digest is not the artifact's"),
    "rekor2-checkpoint-missing-log-signature_fail": (1, "must contain at least one signature"),
    "rekor2-checkpoint-missing-origin_fail": (1, "malformed checkpoint"),
    "rekor2-checkpoint-missing-root-hash_fail": (1, "malformed checkpoint"),
    "rekor2-checkpoint-missing-size_fail": (1, "malformed checkpoint"),
    "rekor2-checkpoint-no-matching-signature_fail": (1, "the checkpoint is not signed by"),
    "rekor2-dsse-invalid-sig_fail": (1, "DSSE envelope's signature does not verify"),
    "rekor2-dsse-mismatch-envelope_fail": (1, "it records another envelope"),
    "rekor2-dsse-mismatch-sig_fail": (1, "it records another signature"),
    "rekor2-no-inclusion-proof_fail": (2, "inclusionProof: Field required"),
    "rekor2-no-timestamp_fail": (1, "no verified time"),
    "rekor2-timestamp-outside-trust-root-tsa-validity_fail": (
        1,
        "signed timestamp 0 does not verify",
    ),
    "rekor2-timestamp-outside-tsa-cert-validity_fail": (1, "signed timestamp 0 does not verify"),
    "rekor2-timestamp-payload-mismatch_fail": (1, "signed timestamp 0 does not verify"),
    # its timestamp is not DER (a SET out of order): refused before any key is tried
    "rekor2-timestamp-untrusted-tsa-with-embedded-cert_fail": (
        2,
        "signed timestamp 0 is malformed",
    ),
    "rekor2-timestamp-untrusted-tsa-without-embedded-cert_fail": (
        1,
        "signed timestamp 0 does not verify",
    ),
    "rekor2-timestamp-with-incorrect-time_fail": (1, "not valid at the timestamp authority time"),
    "set-invalid-signature_fail": (1, "invalid signed entry timestamp"),
    "signature-mismatch_fail": (1, "the signature does not verify over"),
    "trust-root-tlog-missing-validity-start_fail": (2, "validFor.start: Field required"),
    "wrong-hashedrekord-artifact_fail": (1, "it records another artifact digest"),
    "wrong-hashedrekord-cert-and-sig_fail": (1, "it records another signature"),
    "wrong-hashedrekord-entry_fail": (1, "it records another artifact digest"),
    "wrong-material_fail": (1, "message digest is not the artifact's"),
}

ALL = sorted(p.name for p in CASES.iterdir() if p.is_dir())


def test_every_case_is_here_and_every_refusal_has_its_reason() -> None:
    assert len(ALL) == 70
    assert sorted(REFUSED) == sorted(name for name in ALL if name.endswith("_fail"))


def _arguments(case: Path, by_digest: bool) -> list[str | Path]:
    artifact = case / "artifact" if (case / "artifact").exists() else CASES / "a.txt"
    args: list[str | Path] = ["attest", "verify", case / "bundle.sigstore.json"]
    if by_digest:
        args += ["--artifact-digest", "sha256:" + hashlib.sha256(artifact.read_bytes()).hexdigest()]
    else:
        args += ["--artifact", artifact]
    if (case / "key.pub").exists():
        args += ["--key", case / "key.pub"]
    else:
        identity = (
            (case / "identity").read_text().strip() if (case / "identity").exists() else IDENTITY
        )
        issuer = (case / "issuer").read_text().strip() if (case / "issuer").exists() else ISSUER
        args += ["--cert-identity", identity, "--cert-oidc-issuer", issuer]
    if (case / "trusted_root.json").exists():
        args += ["--trusted-root", case / "trusted_root.json"]
    return args


@pytest.mark.parametrize("by_digest", [False, True], ids=["file", "digest"])
@pytest.mark.parametrize("name", ALL)
def test_conformance_case(cli, name: str, by_digest: bool) -> None:  # type: ignore[no-untyped-def]
    case = CASES / name
    if name in REFUSED:
        code, reason = REFUSED[name]
        result = cli(*_arguments(case, by_digest), expect=code)
        assert reason in " ".join(result.stderr.split()), result.stderr
        assert "Traceback" not in result.stderr
        return
    result = cli(*_arguments(case, by_digest), "--format", "json")
    report = json.loads(result.stdout)
    assert report["verified"] is True and len(report["bundles"]) == 1
    assert report["bundles"][0]["verifiedTimes"], "a verified bundle has a verified time"
