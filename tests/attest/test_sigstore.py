"""Sigstore bundles: offline verification of real bundles from the public instance, against an
identity, an issuer and a pinned trusted root; a live keyless round trip marked `network`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sscli.attest.verify import verify_sigstore_bundle
from sscli.errors import InputError, PolicyError

from .conftest import DATA, SLSA_PREDICATE, gcb_bundle_document

BUNDLE = DATA / "new_bundle.txt.sigstore.json"
ARTIFACT = DATA / "new_bundle.txt"
IDENTITY = "aryadeeptade@gmail.com"
ISSUER = "https://github.com/login/oauth"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection attempt fails the test: verification must be fully offline."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_real_bundle_verifies_offline_with_the_bundled_root() -> None:
    result = verify_sigstore_bundle(BUNDLE, identity=IDENTITY, issuer=ISSUER, artifact=ARTIFACT)
    assert (result.identity, result.statement) == (IDENTITY, None)


def test_real_bundle_verifies_with_a_pinned_root() -> None:
    verify_sigstore_bundle(
        BUNDLE,
        identity=IDENTITY,
        issuer=ISSUER,
        artifact=ARTIFACT,
        trusted_root=DATA / "trusted_root.production.json",
    )


def test_real_bundle_is_rejected_under_another_trusted_root() -> None:
    with pytest.raises(PolicyError, match="does not verify"):
        verify_sigstore_bundle(
            BUNDLE,
            identity=IDENTITY,
            issuer=ISSUER,
            artifact=ARTIFACT,
            trusted_root=DATA / "trusted_root.staging.json",
        )


def test_real_bundle_is_rejected_for_another_artifact(tmp_path: Path) -> None:
    other = tmp_path / "new_bundle.txt"
    other.write_bytes(ARTIFACT.read_bytes().replace(b"test", b"tent"))
    with pytest.raises(PolicyError, match="does not verify"):
        verify_sigstore_bundle(BUNDLE, identity=IDENTITY, issuer=ISSUER, artifact=other)


@pytest.mark.parametrize(
    ("identity", "issuer"),
    [
        ("someone-else@example.org", ISSUER),
        (IDENTITY, "https://token.actions.githubusercontent.com"),
        ("aryadeeptade@gmail.co", ISSUER),
    ],
)
def test_real_bundle_is_rejected_for_another_identity_or_issuer(identity: str, issuer: str) -> None:
    with pytest.raises(PolicyError, match="does not verify"):
        verify_sigstore_bundle(BUNDLE, identity=identity, issuer=issuer, artifact=ARTIFACT)


def test_a_tampered_bundle_is_rejected(tmp_path: Path) -> None:
    data = json.loads(BUNDLE.read_text())
    signature = bytearray(data["messageSignature"]["signature"], "ascii")
    signature[20] = ord("A") if signature[20] != ord("A") else ord("B")
    data["messageSignature"]["signature"] = signature.decode()
    tampered = tmp_path / "tampered.sigstore.json"
    tampered.write_text(json.dumps(data))
    # the signed timestamp stamps the original signature: that check fails first
    with pytest.raises(PolicyError, match="stamps another signature"):
        verify_sigstore_bundle(tampered, identity=IDENTITY, issuer=ISSUER, artifact=ARTIFACT)


def test_malformed_bundle_and_root_are_input_errors(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sigstore.json"
    junk.write_text('{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json"}')
    with pytest.raises(InputError, match="malformed Sigstore bundle: verificationMaterial"):
        verify_sigstore_bundle(junk, identity=IDENTITY, issuer=ISSUER, artifact=ARTIFACT)
    with pytest.raises(InputError, match="trusted root"):
        verify_sigstore_bundle(
            BUNDLE, identity=IDENTITY, issuer=ISSUER, artifact=ARTIFACT, trusted_root=junk
        )


def test_cli_exit_codes(cli) -> None:  # type: ignore[no-untyped-def]
    args = ["attest", "verify", BUNDLE, "--sigstore-issuer", ISSUER, "--artifact", ARTIFACT]
    ok = cli(*args, "--sigstore-identity", IDENTITY, "--format", "json")
    assert json.loads(ok.stdout)["verified"] is True
    denied = cli(*args, "--sigstore-identity", "mallory@example.org", expect=1)
    assert "does not verify" in denied.stderr and "Traceback" not in denied.stderr
    no_artifact = cli("attest", "verify", BUNDLE, "--sigstore-issuer", ISSUER, expect=2)
    assert "verified against its artifact" in no_artifact.stderr
    no_identity = cli(*args, expect=2)
    assert "give the signer's identity" in no_identity.stderr


@pytest.mark.network
def test_live_keyless_signing_round_trip(tmp_path: Path) -> None:  # pragma: no cover - online
    """Sign keyless against Sigstore staging with an ambient OIDC token, then verify offline."""
    pytest.importorskip("sigstore")
    from sigstore.oidc import IdentityToken, detect_credential

    from sscli.attest.signing import SigstoreSigner
    from sscli.attest.statement import Statement
    from sscli.attest.subjects import subject_for_file

    token = detect_credential()
    if not token:
        pytest.skip("no ambient OIDC credential (run in CI with id-token: write)")
    artifact = tmp_path / "artifact.bin"
    artifact.write_bytes(b"signed live\n")
    statement = Statement(
        (subject_for_file(artifact),), "https://slsa.dev/provenance/v1", SLSA_PREDICATE
    )
    bundle = tmp_path / "artifact.bin.sigstore.json"
    bundle.write_text(SigstoreSigner(token, staging=True).sign_statement(statement))
    assert (
        json.loads(bundle.read_text())["mediaType"]
        == "application/vnd.dev.sigstore.bundle.v0.3+json"
    )
    identity = IdentityToken(token)
    result = verify_sigstore_bundle(
        bundle,
        identity=identity.identity,
        issuer=identity.federated_issuer or identity.issuer,
        artifact=artifact,
        trusted_root=DATA / "trusted_root.staging.json",
    )
    assert result.statement == statement
    other = tmp_path / "other.bin"
    other.write_bytes(b"not signed\n")
    with pytest.raises(PolicyError, match="no subject matches"):
        verify_sigstore_bundle(
            bundle,
            identity=identity.identity,
            issuer=identity.federated_issuer or identity.issuer,
            artifact=other,
            trusted_root=DATA / "trusted_root.staging.json",
        )


# --- a DSSE bundle from the public instance (PyPI publish attestation, Google Cloud Build) ---

GCB_IDENTITY = "919436158236-compute@developer.gserviceaccount.com"
GCB_ISSUER = "https://accounts.google.com"
GCB_SHA256 = "461317362419124b6012e855423a9078d6de8aed3e74fa78cc74d669b23dc6cf"


@pytest.fixture
def gcb_bundle(tmp_path: Path) -> Path:
    """The recorded PyPI attestation as a Sigstore bundle (see `gcb_bundle_document`)."""
    path = tmp_path / "gcb_attestation_test-0.0.0.tar.gz.sigstore.json"
    path.write_text(json.dumps(gcb_bundle_document()))
    return path


def test_real_dsse_bundle_verifies_offline_and_yields_its_statement(gcb_bundle: Path) -> None:
    from sscli.attest.verify import verify_sigstore_dsse

    result = verify_sigstore_dsse(gcb_bundle, identity=GCB_IDENTITY, issuer=GCB_ISSUER)
    assert result.statement is not None
    assert result.statement.predicate_type == "https://docs.pypi.org/attestations/publish/v1"
    assert result.statement.subjects[0].digest == {"sha256": GCB_SHA256}


def test_real_dsse_bundle_is_rejected_for_another_artifact(
    gcb_bundle: Path, tmp_path: Path
) -> None:
    # The signature, certificate and log entry verify; the subject check is sscli's own.
    impostor = tmp_path / "gcb_attestation_test-0.0.0.tar.gz"
    impostor.write_bytes(b"not the attested sdist")
    with pytest.raises(
        PolicyError,
        match=f"no subject matches .*gcb_attestation_test-0.0.0.tar.gz \\[sha256:{GCB_SHA256[:16]}",
    ):
        verify_sigstore_bundle(
            gcb_bundle, identity=GCB_IDENTITY, issuer=GCB_ISSUER, artifact=impostor
        )


def test_real_dsse_bundle_is_rejected_for_another_identity(gcb_bundle: Path) -> None:
    from sscli.attest.verify import verify_sigstore_dsse

    with pytest.raises(PolicyError, match="does not verify"):
        verify_sigstore_dsse(gcb_bundle, identity="attacker@example.org", issuer=GCB_ISSUER)


def test_real_dsse_bundle_with_a_swapped_payload_is_rejected(gcb_bundle: Path) -> None:
    import base64

    from sscli.attest.verify import verify_sigstore_dsse

    data = json.loads(gcb_bundle.read_text())
    statement = json.loads(base64.b64decode(data["dsseEnvelope"]["payload"]))
    statement["subject"][0]["digest"]["sha256"] = "0" * 64
    data["dsseEnvelope"]["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()
    gcb_bundle.write_text(json.dumps(data))
    with pytest.raises(PolicyError, match="does not verify"):
        verify_sigstore_dsse(gcb_bundle, identity=GCB_IDENTITY, issuer=GCB_ISSUER)


def test_cli_rejects_the_dsse_bundle_for_another_artifact(cli, gcb_bundle: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "attest",
        "verify",
        gcb_bundle,
        "--sigstore-identity",
        GCB_IDENTITY,
        "--sigstore-issuer",
        GCB_ISSUER,
        "--artifact",
        ARTIFACT,
        expect=1,
    )
    assert "no subject matches" in result.stderr


def test_cli_inspects_bundles_without_claiming_they_verified(cli, gcb_bundle: Path) -> None:  # type: ignore[no-untyped-def]
    shown = cli("attest", "inspect", gcb_bundle)
    assert f"Sigstore certificate for {GCB_IDENTITY} (unverified)" in shown.stderr
    assert GCB_SHA256 in shown.stderr
    data = json.loads(cli("attest", "inspect", gcb_bundle, "--format", "json").stdout)
    assert data[0]["statement"]["predicateType"] == "https://docs.pypi.org/attestations/publish/v1"
    message = cli("attest", "inspect", BUNDLE)
    assert f"message signature, certificate for {IDENTITY} (unverified)" in message.stderr


def test_cli_refuses_options_that_do_not_apply(cli, keys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sigstore = [
        "attest",
        "verify",
        BUNDLE,
        "--sigstore-identity",
        IDENTITY,
        "--sigstore-issuer",
        ISSUER,
        "--artifact",
        ARTIFACT,
    ]
    assert "--threshold applies to DSSE" in cli(*sigstore, "--threshold", "2", expect=2).stderr
    # a keyless bundle is not verified by a key, however the options are combined
    keyed = ["attest", "verify", BUNDLE, "--key", keys["ed25519"].public, "--artifact", ARTIFACT]
    assert "signed keyless" in cli(*keyed, expect=2).stderr
    envelopes = tmp_path / "a.intoto.jsonl"
    envelopes.write_text('{"payload": "", "payloadType": "x", "signatures": []}\n')
    refused = cli(
        "attest", "verify", envelopes, "--key", keys["ed25519"].public,
        "--trusted-root", DATA / "trusted_root.production.json", expect=2,
    )  # fmt: skip
    assert "apply to Sigstore bundles" in refused.stderr
