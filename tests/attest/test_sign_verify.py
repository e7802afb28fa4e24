"""Signing and verification with real keys and signatures: the happy paths and every way an
attacker or a broken pipeline can hand sscli a bad envelope."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path

import pytest

from sscli.attest import PAYLOAD_TYPE
from sscli.attest.dsse import Envelope, EnvelopeSignature, read_envelopes
from sscli.attest.keys import load_public_key
from sscli.attest.signing import sign_statement
from sscli.attest.statement import ResourceDescriptor, Statement
from sscli.attest.subjects import subject_for_file
from sscli.attest.verify import check_subject, verify_envelope
from sscli.errors import InputError, PolicyError

from .conftest import PASSPHRASE, SLSA_PREDICATE, KeyFiles

ENV = {"SSCLI_TEST_PASSPHRASE": PASSPHRASE}


def _statement(artifact: Path) -> Statement:
    return Statement(
        (subject_for_file(artifact),), "https://slsa.dev/provenance/v1", SLSA_PREDICATE
    )


def _signed(artifact: Path, *keys: KeyFiles) -> Envelope:
    return sign_statement(_statement(artifact), [k.signer() for k in keys])


def _trusted(*keys: KeyFiles) -> list:  # type: ignore[type-arg]
    return [load_public_key(k.public) for k in keys]


@pytest.mark.parametrize("label", ["ed25519", "ecdsa", "rsa"])
def test_each_key_type_signs_and_verifies(
    label: str, keys: dict[str, KeyFiles], artifact: Path
) -> None:
    envelope = _signed(artifact, keys[label])
    verified = verify_envelope(envelope, _trusted(keys[label]))
    assert verified.keyids == (keys[label].keyid,)
    assert check_subject(verified.statement, artifact).name == artifact.name


def test_threshold_of_two_distinct_keys(keys: dict[str, KeyFiles], artifact: Path) -> None:
    envelope = _signed(artifact, keys["ed25519"], keys["ecdsa"])
    trusted = _trusted(keys["ed25519"], keys["ecdsa"], keys["ed25519-b"])
    assert len(verify_envelope(envelope, trusted, threshold=2).keyids) == 2
    with pytest.raises(PolicyError, match="2 of the 3 required"):
        verify_envelope(envelope, trusted, threshold=3)


def test_duplicate_signatures_of_one_key_are_counted_once(
    keys: dict[str, KeyFiles], artifact: Path
) -> None:
    envelope = _signed(artifact, keys["ed25519"])
    doubled = envelope.with_signature(envelope.signatures[0])
    trusted = _trusted(keys["ed25519"], keys["ed25519-b"])
    with pytest.raises(PolicyError, match="1 of the 2 required"):
        verify_envelope(doubled, trusted, threshold=2)


def test_a_signature_without_keyid_is_counted_once_too(
    keys: dict[str, KeyFiles], artifact: Path
) -> None:
    envelope = _signed(artifact, keys["ed25519"])
    anonymous = EnvelopeSignature("", envelope.signatures[0].sig)
    twice = Envelope(envelope.payload, envelope.payload_type, (anonymous, anonymous))
    trusted = _trusted(keys["ed25519"], keys["ed25519-b"])
    assert verify_envelope(twice, trusted, threshold=1).keyids == (keys["ed25519"].keyid,)
    with pytest.raises(PolicyError, match="1 of the 2 required"):
        verify_envelope(twice, trusted, threshold=2)


def test_the_same_trusted_key_given_twice_does_not_lower_the_threshold(
    keys: dict[str, KeyFiles], artifact: Path
) -> None:
    envelope = _signed(artifact, keys["ed25519"])
    with pytest.raises(InputError, match="exceeds the 1 distinct"):
        verify_envelope(envelope, _trusted(keys["ed25519"], keys["ed25519"]), threshold=2)


def test_no_trusted_key_is_an_input_error_whatever_the_threshold(
    keys: dict[str, KeyFiles], artifact: Path
) -> None:
    envelope = _signed(artifact, keys["ed25519"])
    with pytest.raises(InputError, match="exceeds the 0 distinct"):
        verify_envelope(envelope, [], threshold=1)


def test_tampered_payload_is_rejected(keys: dict[str, KeyFiles], artifact: Path) -> None:
    envelope = _signed(artifact, keys["ecdsa"])
    payload = envelope.payload.replace(b"sscli.dev/builder/local", b"evil.example/builder/x")
    with pytest.raises(PolicyError, match="does not verify"):
        verify_envelope(replace(envelope, payload=payload), _trusted(keys["ecdsa"]))


def test_swapped_payload_type_is_rejected(keys: dict[str, KeyFiles], artifact: Path) -> None:
    envelope = _signed(artifact, keys["ed25519"])
    with pytest.raises(PolicyError, match="payloadType"):
        verify_envelope(
            replace(envelope, payload_type="application/json"), _trusted(keys["ed25519"])
        )


def test_signature_from_an_unknown_key_is_rejected(
    keys: dict[str, KeyFiles], artifact: Path
) -> None:
    envelope = _signed(artifact, keys["ed25519-b"])
    with pytest.raises(PolicyError, match="unknown key"):
        verify_envelope(envelope, _trusted(keys["ed25519"]))


def test_untrusted_signature_claiming_a_trusted_keyid_is_rejected(
    keys: dict[str, KeyFiles], artifact: Path
) -> None:
    forged = _signed(artifact, keys["ed25519-b"]).signatures[0]
    envelope = _signed(artifact, keys["ed25519"])
    lying = Envelope(
        envelope.payload, PAYLOAD_TYPE, (EnvelopeSignature(keys["ed25519"].keyid, forged.sig),)
    )
    with pytest.raises(PolicyError, match="a trusted key"):
        verify_envelope(lying, _trusted(keys["ed25519"]))


def test_flipped_signature_bit_is_rejected(keys: dict[str, KeyFiles], artifact: Path) -> None:
    envelope = _signed(artifact, keys["rsa"])
    sig = bytearray(envelope.signatures[0].sig)
    sig[10] ^= 1
    bad = Envelope(
        envelope.payload, PAYLOAD_TYPE, (EnvelopeSignature(keys["rsa"].keyid, bytes(sig)),)
    )
    with pytest.raises(PolicyError, match="does not verify"):
        verify_envelope(bad, _trusted(keys["rsa"]))


def test_unsigned_envelope_is_rejected(keys: dict[str, KeyFiles], artifact: Path) -> None:
    envelope = replace(_signed(artifact, keys["ed25519"]), signatures=())
    with pytest.raises(PolicyError, match="no signatures"):
        verify_envelope(envelope, _trusted(keys["ed25519"]))


def test_subject_digest_mismatch_is_rejected(
    keys: dict[str, KeyFiles], artifact: Path, tmp_path: Path
) -> None:
    statement = verify_envelope(
        _signed(artifact, keys["ed25519"]), _trusted(keys["ed25519"])
    ).statement
    impostor = tmp_path / artifact.name  # same name, other bytes: names are never trusted
    impostor.write_bytes(artifact.read_bytes() + b"!")
    with pytest.raises(PolicyError, match="no subject matches"):
        check_subject(statement, impostor)


def test_subject_with_only_weak_digests_never_matches(artifact: Path) -> None:
    import hashlib

    weak = Statement(
        (ResourceDescriptor(digest={"sha1": hashlib.sha1(artifact.read_bytes()).hexdigest()}),),
        "https://example.org/p",
    )
    with pytest.raises(PolicyError):
        check_subject(weak, artifact)


# --- through the CLI ----------------------------------------------------------------------


def _attest(
    cli,
    artifact: Path,
    predicate: Path,
    *key_args: str,
    expect: int = 0,
    out: Path | None = None,
    env: dict[str, str] = ENV,
):  # type: ignore[no-untyped-def]
    args = ["attest", "provenance", "--subject", artifact, "--predicate", predicate, *key_args]
    if out:
        args += ["-o", out]
    return cli(*args, expect=expect, env=env)


def test_cli_multi_signature_round_trip(
    cli, keys: dict[str, KeyFiles], artifact: Path, predicate_file: Path
) -> None:  # type: ignore[no-untyped-def]
    _attest(
        cli,
        artifact,
        predicate_file,
        "--key",
        keys["ed25519"].private,
        "--key",
        keys["ecdsa"].private,
        "--passphrase-env",
        "SSCLI_TEST_PASSPHRASE",
    )
    _attest(cli, artifact, predicate_file, "--key", keys["rsa"].private)
    jsonl = artifact.with_name(artifact.name + ".intoto.jsonl")
    assert len(read_envelopes(jsonl)) == 2
    assert all(line.strip() for line in jsonl.read_text().splitlines())
    result = cli(
        "attest",
        "verify",
        jsonl,
        "--key",
        keys["ed25519"].public,
        "--key",
        keys["ecdsa"].public,
        "--key",
        keys["rsa"].public,
        "--artifact",
        artifact,
        "--format",
        "json",
    )
    report = json.loads(result.stdout)
    assert report["verified"] is True
    assert [len(e["keyids"]) for e in report["envelopes"]] == [2, 1]
    # the first envelope meets a threshold of 2, the second does not
    result = cli(
        "attest",
        "verify",
        jsonl,
        "--threshold",
        "2",
        "--key",
        keys["ed25519"].public,
        "--key",
        keys["ecdsa"].public,
        "--key",
        keys["rsa"].public,
        expect=1,
    )
    assert "envelope 2" in result.stderr
    inspected = cli("attest", "inspect", jsonl, "--format", "json")
    assert json.loads(inspected.stdout)[0]["statement"]["subject"][0]["name"] == artifact.name


def test_cli_inspect_text(
    cli, keys: dict[str, KeyFiles], artifact: Path, predicate_file: Path
) -> None:  # type: ignore[no-untyped-def]
    _attest(cli, artifact, predicate_file, "--key", keys["ed25519"].private)
    result = cli("attest", "inspect", artifact.with_name(artifact.name + ".intoto.jsonl"))
    assert "builder https://sscli.dev/builder/local" in result.stderr
    assert keys["ed25519"].keyid in result.stderr


def _good_jsonl(cli, keys: dict[str, KeyFiles], artifact: Path, predicate_file: Path) -> Path:  # type: ignore[no-untyped-def]
    _attest(cli, artifact, predicate_file, "--key", keys["ed25519"].private)
    return artifact.with_name(artifact.name + ".intoto.jsonl")


def _mutate_line(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data) + "\n")


def _tamper_payload(data: dict) -> None:  # type: ignore[type-arg]
    statement = json.loads(base64.b64decode(data["payload"]))
    statement["subject"][0]["digest"]["sha256"] = "0" * 64
    data["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()


@pytest.mark.parametrize(
    ("change", "expect", "reason"),
    [
        (_tamper_payload, 1, "does not verify"),
        (lambda d: d.update(payloadType="text/plain"), 1, "payloadType"),
        (
            lambda d: d["signatures"].append(d["signatures"][0]),
            0,
            "",
        ),  # still one key: fine at threshold 1
        (lambda d: d.update(signatures=[]), 1, "no signatures"),
        (lambda d: d.update(payload="%%%"), 2, "not valid base64"),
        (lambda d: d.pop("payloadType"), 2, "payloadType"),
    ],
)
def test_cli_rejects_tampered_envelopes(
    cli, keys, artifact, predicate_file, change, expect, reason
) -> None:  # type: ignore[no-untyped-def]
    jsonl = _good_jsonl(cli, keys, artifact, predicate_file)
    _mutate_line(jsonl, change)
    result = cli("attest", "verify", jsonl, "--key", keys["ed25519"].public, expect=expect)
    assert reason in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("suffix", "reason"),
    [
        (b'{"payload": "e30=", "payloadType": "applic', ":2: not valid JSON"),
        (b"this is not json", ":2: not valid JSON"),
        (b"[1, 2]", ":2: not a DSSE envelope"),
    ],
)
def test_cli_rejects_truncated_or_non_json_lines(
    cli, keys, artifact, predicate_file, suffix, reason
) -> None:  # type: ignore[no-untyped-def]
    jsonl = _good_jsonl(cli, keys, artifact, predicate_file)
    with jsonl.open("ab") as handle:
        handle.write(suffix)
    result = cli("attest", "verify", jsonl, "--key", keys["ed25519"].public, expect=2)
    assert reason in result.stderr


def test_cli_rejects_a_subject_mismatch(cli, keys, artifact, predicate_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    jsonl = _good_jsonl(cli, keys, artifact, predicate_file)
    other = tmp_path / "other.whl"
    other.write_bytes(b"other")
    result = cli(
        "attest", "verify", jsonl, "--key", keys["ed25519"].public, "--artifact", other, expect=1
    )
    assert "no subject matches" in result.stderr and "envelope 1" in result.stderr


def test_cli_rejects_an_unknown_signer(cli, keys, artifact, predicate_file) -> None:  # type: ignore[no-untyped-def]
    jsonl = _good_jsonl(cli, keys, artifact, predicate_file)
    result = cli("attest", "verify", jsonl, "--key", keys["ed25519-b"].public, expect=1)
    assert "unknown key" in result.stderr


def test_cli_wrong_or_missing_passphrase(cli, keys, artifact, predicate_file) -> None:  # type: ignore[no-untyped-def]
    key = keys["ecdsa"].private
    result = _attest(
        cli,
        artifact,
        predicate_file,
        "--key",
        key,
        "--passphrase-env",
        "WRONG",
        expect=2,
        env={"WRONG": "nope"},
    )
    assert "wrong passphrase" in result.stderr
    result = _attest(
        cli,
        artifact,
        predicate_file,
        "--key",
        key,
        expect=2,
    )
    assert "encrypted" in result.stderr
    result = _attest(
        cli,
        artifact,
        predicate_file,
        "--key",
        key,
        "--passphrase-env",
        "UNSET_VAR_X",
        expect=2,
    )
    assert "UNSET_VAR_X is not set" in result.stderr
    assert not artifact.with_name(artifact.name + ".intoto.jsonl").exists()


def test_cli_rejects_unsupported_key_algorithms(cli, tmp_path, artifact, predicate_file) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    p384 = ec.generate_private_key(ec.SECP384R1())
    private = tmp_path / "p384.pem"
    private.write_bytes(
        p384.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    public = tmp_path / "p384.pub"
    public.write_bytes(
        p384.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    assert "unsupported key algorithm" in cli("key", "show", public, expect=2).stderr
    result = _attest(
        cli,
        artifact,
        predicate_file,
        "--key",
        private,
        expect=2,
    )
    assert "unsupported key algorithm" in result.stderr
    assert (
        "unsupported key type"
        in cli("key", "generate", "--type", "dsa", "--out", tmp_path / "k", expect=2).stderr
    )


def test_cli_rejects_a_private_key_as_a_trusted_key(
    cli, keys, artifact, predicate_file, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    jsonl = _good_jsonl(cli, keys, artifact, predicate_file)
    lone = tmp_path / "lone.pem"
    lone.write_bytes(keys["ed25519-b"].private.read_bytes())
    assert "is a private key" in cli("attest", "verify", jsonl, "--key", lone, expect=2).stderr
    # even with its PATH.pub beside it: trust is only ever given to a public key file
    assert (
        "is a private key"
        in cli("attest", "verify", jsonl, "--key", keys["ed25519"].private, expect=2).stderr
    )


def test_cli_rejects_a_predicate_invalid_for_its_kind(cli, keys, artifact, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad_sbom = tmp_path / "sbom.json"
    bad_sbom.write_text(
        json.dumps(
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library"}]}
        )
    )
    result = cli(
        "attest",
        "sbom",
        "--subject",
        artifact,
        "--predicate",
        bad_sbom,
        "--key",
        keys["ed25519"].private,
        expect=2,
    )
    assert "not a valid https://cyclonedx.org/bom predicate" in result.stderr
    not_json = tmp_path / "p.json"
    not_json.write_text("{")
    assert (
        "not valid JSON"
        in cli(
            "attest",
            "vulns",
            "--subject",
            artifact,
            "--predicate",
            not_json,
            "--key",
            keys["ed25519"].private,
            expect=2,
        ).stderr
    )
    # custom with a known type is still checked against that type
    assert (
        "buildDefinition"
        in cli(
            "attest",
            "custom",
            "--predicate-type",
            "https://slsa.dev/provenance/v1",
            "--subject",
            artifact,
            "--predicate",
            bad_sbom,
            "--key",
            keys["ed25519"].private,
            expect=2,
        ).stderr
    )
    assert (
        "not an absolute URI"
        in cli(
            "attest",
            "custom",
            "--predicate-type",
            "nope",
            "--subject",
            artifact,
            "--predicate",
            bad_sbom,
            "--key",
            keys["ed25519"].private,
            expect=2,
        ).stderr
    )


def test_cli_sbom_attestation_of_a_real_sbom(cli, keys, artifact, tmp_path, hello_dir) -> None:  # type: ignore[no-untyped-def]
    sbom = tmp_path / "sbom.cdx.json"
    cli("sbom", "create", hello_dir, "-o", sbom)
    out = tmp_path / "out.intoto.jsonl"
    cli(
        "attest",
        "sbom",
        "--subject",
        artifact,
        "--predicate",
        sbom,
        "--key",
        keys["ed25519"].private,
        "-o",
        out,
    )
    assert "CycloneDX 1.6" in cli("attest", "inspect", out).stderr


def test_cli_usage_errors(cli, keys, artifact, predicate_file) -> None:  # type: ignore[no-untyped-def]
    assert "either --key" in _attest(cli, artifact, predicate_file, expect=2).stderr
    assert (
        "either --key"
        in _attest(
            cli,
            artifact,
            predicate_file,
            "--key",
            keys["ed25519"].private,
            "--sigstore",
            expect=2,
        ).stderr
    )
    assert (
        "the same key was given twice"
        in _attest(
            cli,
            artifact,
            predicate_file,
            "--key",
            keys["ed25519"].private,
            "--key",
            keys["ed25519"].private,
            expect=2,
        ).stderr
    )
    jsonl = _good_jsonl(cli, keys, artifact, predicate_file)
    assert (
        "threshold"
        in cli(
            "attest", "verify", jsonl, "--key", keys["ed25519"].public, "--threshold", "0", expect=2
        ).stderr
    )


def test_cli_kms_key_without_its_extra_is_an_environment_error(
    cli, keys, artifact, predicate_file
) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("securesystemslib")
    try:
        import google.cloud.kms  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("google-cloud-kms is installed")
    uri = "gcpkms:projects/p/locations/l/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1"
    result = _attest(
        cli,
        artifact,
        predicate_file,
        "--key",
        uri,
        "--public-key",
        keys["ecdsa"].public,
        expect=3,
    )
    assert "sscli[kms]" in result.stderr
    assert (
        "needs its public key"
        in _attest(
            cli,
            artifact,
            predicate_file,
            "--key",
            uri,
            expect=2,
        ).stderr
    )


def test_key_generate_and_show(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "signing.pem"
    cli(
        "key",
        "generate",
        "--type",
        "ecdsa-p256",
        "--out",
        out,
        "--passphrase-env",
        "SSCLI_TEST_PASSPHRASE",
        env=ENV,
    )
    assert out.stat().st_mode & 0o777 == 0o600
    assert b"ENCRYPTED PRIVATE KEY" in out.read_bytes()
    shown = json.loads(
        cli("key", "show", out.with_name("signing.pem.pub"), "--format", "json").stdout
    )
    assert shown["type"] == "ecdsa-p256"
    assert json.loads(cli("key", "show", out, "--format", "json").stdout) == shown
    assert (
        "already exists"
        in cli("key", "generate", "--type", "ed25519", "--out", out, expect=2).stderr
    )


def test_cli_sigstore_without_any_oidc_token_is_an_input_error(
    cli, artifact, predicate_file, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    for variable in (
        "ACTIONS_ID_TOKEN_REQUEST_URL",
        "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
        "GITLAB_CI",
        "BUILDKITE",
        "CIRCLECI",
        "GOOGLE_SERVICE_ACCOUNT_NAME",
        "SIGSTORE_ID_TOKEN",
        "SSCLI_OIDC_TOKEN",
    ):
        monkeypatch.delenv(variable, raising=False)
    result = _attest(
        cli,
        artifact,
        predicate_file,
        "--sigstore",
        expect=2,
    )
    assert "no OIDC identity token" in result.stderr and "--oidc-token" in result.stderr


def test_cli_sigstore_with_a_malformed_token_is_an_input_error(
    cli, artifact, predicate_file
) -> None:  # type: ignore[no-untyped-def]
    result = _attest(
        cli,
        artifact,
        predicate_file,
        "--sigstore",
        "--oidc-token",
        "not.a.jwt",
        expect=2,
    )
    assert "OIDC token is not usable" in result.stderr


def test_every_strong_digest_a_subject_lists_must_match(artifact: Path) -> None:
    import hashlib

    data = artifact.read_bytes()
    sha256, sha512 = hashlib.sha256(data).hexdigest(), hashlib.sha512(data).hexdigest()
    both = ResourceDescriptor(name="x", digest={"sha256": sha256, "sha512": sha512})
    assert check_subject(Statement((both,), "https://example.org/p"), artifact) == both
    lying = ResourceDescriptor(name="x", digest={"sha256": sha256, "sha512": "0" * 128})
    with pytest.raises(PolicyError, match="no subject matches"):
        check_subject(Statement((lying,), "https://example.org/p"), artifact)
    only512 = ResourceDescriptor(name="y", digest={"sha512": sha512})
    assert check_subject(Statement((lying, only512), "https://example.org/p"), artifact) == only512
