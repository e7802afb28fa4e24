"""Sigstore bundles the tests sign for real with their own CA and log (tests/attest/
sigstore_instance.py): cosign-style bundles signed with a key, keyless GitHub certificates, and
every way to tamper with them: the payload, the inclusion proof, the log key, the checkpoint, the
signed entry timestamp, a log entry for another payload, a statement about another artifact, a
certificate for another repository or with a claim carried twice. Each is refused for its reason,
through `sscli attest verify`, with the right exit code and no traceback."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest
import rfc8785
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from .sigstore_instance import SIGNED_AT, Instance, b64, canonical, github_claims, pem

ARTIFACT = b"hello-1.0-py3-none-any.whl, or so it claims\n"
PROVENANCE = "https://slsa.dev/provenance/v1"


@pytest.fixture(scope="module")
def instance() -> Instance:
    return Instance()


@pytest.fixture(scope="module")
def signing_key() -> Any:
    return ec.generate_private_key(ec.SECP256R1())


@pytest.fixture
def files(tmp_path: Path, instance: Instance, signing_key: Any) -> dict[str, Path]:
    """The artifact, the trusted key (PEM) and the instance's trusted root, on disk."""
    artifact = tmp_path / "hello-1.0-py3-none-any.whl"
    artifact.write_bytes(ARTIFACT)
    key = tmp_path / "cosign.pub"
    key.write_bytes(pem(signing_key.public_key()))
    root = tmp_path / "trusted_root.json"
    root.write_text(json.dumps(instance.trusted_root()))
    return {"artifact": artifact, "key": key, "root": root, "dir": tmp_path}


def _statement(digest: str = hashlib.sha256(ARTIFACT).hexdigest()) -> dict[str, Any]:
    return {
        "_type": "https://in-toto.io/Statement/v1",
        "subject": [{"name": "hello-1.0-py3-none-any.whl", "digest": {"sha256": digest}}],
        "predicateType": PROVENANCE,
        "predicate": {"buildDefinition": {"buildType": "https://example.org/build"}},
    }


def _write(files: dict[str, Path], bundle: dict[str, Any], name: str = "a.sigstore.json") -> Path:
    path = files["dir"] / name
    path.write_text(json.dumps(bundle))
    return path


def _verify_with_key(cli, files, bundle: Path, *extra: Any, expect: int = 0):  # type: ignore[no-untyped-def]
    return cli(
        "attest", "verify", bundle, "--artifact", files["artifact"], "--key", files["key"],
        "--trusted-root", files["root"], *extra, expect=expect,
    )  # fmt: skip


# --- signed with a key (cosign --key --new-bundle-format) -----------------------------------


@pytest.mark.parametrize("kind", ["message", "dsse", "intoto"])
def test_a_key_signed_bundle_verifies(
    cli, files, instance: Instance, signing_key: Any, kind: str
) -> None:  # type: ignore[no-untyped-def]
    if kind == "message":
        bundle = instance.message_bundle(ARTIFACT, signing_key)
    else:
        bundle = instance.dsse_bundle(_statement(), signing_key, kind=kind)
    result = _verify_with_key(cli, files, _write(files, bundle), "--format", "json")
    (verified,) = json.loads(result.stdout)["bundles"]
    assert verified["signer"].startswith("key ")
    assert verified["signingTime"] == SIGNED_AT.isoformat()  # the integrated time
    assert verified["verifiedTimes"] == [
        {
            "source": "transparency log",
            "time": SIGNED_AT.isoformat(),
            "by": "https://rekor.test.sscli.dev",
        }
    ]
    entry_kind = {"message": "hashedrekord 0.0.1", "dsse": "dsse 0.0.1", "intoto": "intoto 0.0.2"}[
        kind
    ]
    assert verified["tlogEntries"][0]["kind"] == entry_kind


def _tampered(bundle: dict[str, Any], change: Any) -> dict[str, Any]:
    copied = copy.deepcopy(bundle)
    change(copied)
    return copied


def _entry(bundle: dict[str, Any]) -> dict[str, Any]:
    return bundle["verificationMaterial"]["tlogEntries"][0]


def _flip_proof_hash(bundle: dict[str, Any]) -> None:
    proof = _entry(bundle)["inclusionProof"]
    raw = bytearray(base64.b64decode(proof["hashes"][1]))
    raw[0] ^= 1
    proof["hashes"][1] = b64(bytes(raw))


def _other_payload(bundle: dict[str, Any]) -> None:
    statement = _statement()
    statement["predicate"] = {"buildDefinition": {"buildType": "https://evil.example/build"}}
    bundle["dsseEnvelope"]["payload"] = b64(json.dumps(statement).encode())


def _later_integrated_time(bundle: dict[str, Any]) -> None:
    _entry(bundle)["integratedTime"] = str(int(_entry(bundle)["integratedTime"]) + 60)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (_other_payload, "the DSSE envelope's signature does not verify"),
        (_flip_proof_hash, "invalid inclusion proof: it does not lead to its root hash"),
        # the same audit path fits a tree of 6 leaves: only the signed checkpoint's size tells
        (
            lambda b: _entry(b)["inclusionProof"].update(treeSize="6"),
            "checkpoint's tree size 5 is not the inclusion proof's 6",
        ),
        (_later_integrated_time, "invalid signed entry timestamp"),
        (
            lambda b: _entry(b)["inclusionProof"]["checkpoint"].update(
                envelope=_entry(b)["inclusionProof"]["checkpoint"]["envelope"].replace(
                    " - 42", " - 43"
                )
            ),
            "the checkpoint is not signed by",
        ),
        (lambda b: b["verificationMaterial"].update(tlogEntries=[]), "no transparency log entry"),
        (
            lambda b: b["dsseEnvelope"]["signatures"].append(b["dsseEnvelope"]["signatures"][0]),
            "exactly one signature",
        ),
    ],
)
def test_a_tampered_key_signed_bundle_is_refused(
    cli, files, instance: Instance, signing_key: Any, change: Any, reason: str
) -> None:  # type: ignore[no-untyped-def]
    bundle = _tampered(instance.dsse_bundle(_statement(), signing_key), change)
    result = _verify_with_key(
        cli, files, _write(files, bundle), expect=1 if "exactly one" not in reason else 2
    )
    assert reason in " ".join(result.stderr.split()), result.stderr
    assert "Traceback" not in result.stderr


def test_another_log_key_is_refused(cli, files, instance: Instance, signing_key: Any) -> None:  # type: ignore[no-untyped-def]
    path = _write(files, instance.message_bundle(ARTIFACT, signing_key))
    other_log = ec.generate_private_key(ec.SECP256R1())
    files["root"].write_text(json.dumps(instance.trusted_root(log_key=other_log)))
    result = _verify_with_key(cli, files, path, expect=1)
    assert "from a transparency log the trusted root" in result.stderr
    # the log's id kept, its key swapped: the checkpoint and the promise no longer verify
    root = instance.trusted_root(log_key=other_log)
    root["tlogs"][0]["logId"]["keyId"] = b64(instance.log_id)
    files["root"].write_text(json.dumps(root))
    assert "the checkpoint is not signed by" in _verify_with_key(cli, files, path, expect=1).stderr


def test_a_log_entry_for_another_payload_is_refused(
    cli, files, instance: Instance, signing_key: Any
) -> None:  # type: ignore[no-untyped-def]
    """The log really recorded an entry, signed and included, but for another artifact."""
    genuine = instance.message_bundle(ARTIFACT, signing_key)
    other = instance.message_bundle(b"another artifact", signing_key)
    genuine["verificationMaterial"]["tlogEntries"] = other["verificationMaterial"]["tlogEntries"]
    result = _verify_with_key(cli, files, _write(files, genuine), expect=1)
    assert (
        "log entry 0 does not match the bundle: it records another artifact digest" in result.stderr
    )


def test_a_log_entry_by_another_signer_is_refused(
    cli, files, instance: Instance, signing_key: Any
) -> None:  # type: ignore[no-untyped-def]
    attacker = ec.generate_private_key(ec.SECP256R1())
    genuine = instance.dsse_bundle(_statement(), signing_key)
    theirs = instance.dsse_bundle(_statement(), attacker)
    genuine["verificationMaterial"]["tlogEntries"] = theirs["verificationMaterial"]["tlogEntries"]
    result = _verify_with_key(cli, files, _write(files, genuine), expect=1)
    assert "it records other signatures or another signer" in result.stderr


def test_the_wrong_key_and_no_key_are_refused(
    cli, files, instance: Instance, signing_key: Any
) -> None:  # type: ignore[no-untyped-def]
    path = _write(files, instance.message_bundle(ARTIFACT, signing_key))
    files["key"].write_bytes(pem(ec.generate_private_key(ec.SECP256R1()).public_key()))
    assert (
        "does not verify with the trusted key"
        in _verify_with_key(cli, files, path, expect=1).stderr
    )
    no_key = cli(
        "attest",
        "verify",
        path,
        "--artifact",
        files["artifact"],
        "--trusted-root",
        files["root"],
        expect=2,
    )
    assert "signed with a key" in no_key.stderr


def test_the_key_hint_is_never_trusted(cli, files, instance: Instance, signing_key: Any) -> None:  # type: ignore[no-untyped-def]
    bundle = instance.message_bundle(ARTIFACT, signing_key)
    bundle["verificationMaterial"]["publicKey"]["hint"] = "the attacker's key"
    _verify_with_key(cli, files, _write(files, bundle))


def test_another_artifact_is_refused(cli, files, instance: Instance, signing_key: Any) -> None:  # type: ignore[no-untyped-def]
    path = _write(files, instance.message_bundle(ARTIFACT, signing_key))
    files["artifact"].write_bytes(ARTIFACT + b"!")
    assert (
        "message digest is not the artifact's"
        in _verify_with_key(cli, files, path, expect=1).stderr
    )


def test_a_dsse_statement_about_another_artifact_is_refused(
    cli, files, instance: Instance, signing_key: Any
) -> None:  # type: ignore[no-untyped-def]
    """Signed, logged and verified, but its subject is another file: sigstore-python's
    `verify_dsse` would return it; sscli checks the subject."""
    bundle = instance.dsse_bundle(_statement("0" * 64), signing_key)
    result = _verify_with_key(cli, files, _write(files, bundle), expect=1)
    assert "the statement is about another artifact: no subject matches the digest" in result.stderr


def test_the_log_key_validity_is_a_closed_interval(
    cli, files, instance: Instance, signing_key: Any
) -> None:  # type: ignore[no-untyped-def]
    path = _write(files, instance.message_bundle(ARTIFACT, signing_key))
    root = instance.trusted_root()
    root["tlogs"][0]["publicKey"]["validFor"]["end"] = SIGNED_AT.isoformat().replace("+00:00", "Z")
    files["root"].write_text(json.dumps(root))
    _verify_with_key(cli, files, path)  # integrated exactly at the end: still valid
    root["tlogs"][0]["publicKey"]["validFor"]["end"] = "2026-03-01T11:59:59Z"
    files["root"].write_text(json.dumps(root))
    assert "was not valid at" in _verify_with_key(cli, files, path, expect=1).stderr


@pytest.mark.parametrize("seconds", [2**52, 2**60])
def test_an_integrated_time_out_of_range_is_bad_input(
    cli, files, instance: Instance, signing_key: Any, seconds: int
) -> None:  # type: ignore[no-untyped-def]
    """A log that signs an absurd time (2**52: the promise verifies, no date holds it) or one
    JSON cannot even carry exactly (2**60) is refused, never a traceback."""
    bundle = instance.message_bundle(ARTIFACT, signing_key)
    entry = _entry(bundle)
    entry["integratedTime"] = str(seconds)
    if seconds < 2**53:
        promise = rfc8785.dumps(
            {"body": entry["canonicalizedBody"], "integratedTime": seconds,
             "logID": instance.log_id.hex(), "logIndex": int(entry["logIndex"])}
        )  # fmt: skip
        signature = instance.log_key.sign(promise, ec.ECDSA(hashes.SHA256()))
        entry["inclusionPromise"]["signedEntryTimestamp"] = b64(signature)
    result = _verify_with_key(cli, files, _write(files, bundle), expect=2)
    assert "out of range" in result.stderr and "Traceback" not in result.stderr


# --- keyless, with the tests' own Fulcio-style CA ------------------------------------------------


def _keyless(
    instance: Instance, signing_key: Any, *, duplicate: int | None = None, **claims: Any
) -> dict[str, Any]:
    made = github_claims(**claims)
    certificate = instance.leaf(signing_key, made["san"], made["extensions"], duplicate=duplicate)
    return instance.dsse_bundle(_statement(), signing_key, certificate=certificate)


def _verify_keyless(cli, files, bundle: Path, *options: Any, expect: int = 0):  # type: ignore[no-untyped-def]
    return cli(
        "attest", "verify", files["artifact"], "--bundle", bundle,
        "--trusted-root", files["root"], *options, expect=expect,
    )  # fmt: skip


def test_a_keyless_github_bundle_verifies_for_its_repository(
    cli, files, instance: Instance, signing_key: Any
) -> None:  # type: ignore[no-untyped-def]
    path = _write(files, _keyless(instance, signing_key))
    report = json.loads(
        _verify_keyless(cli, files, path, "--repo", "acme/app", "--signer-workflow",
                        "acme/app/.github/workflows/release.yml", "--source-ref", "refs/tags/v1.0.0",
                        "--deny-self-hosted-runners", "--format", "json").stdout
    )  # fmt: skip
    (verified,) = report["bundles"]
    assert verified["certificate"]["sourceRepositoryUri"] == "https://github.com/acme/app"
    assert {f["field"] for f in verified["identity"]} >= {
        "owner",
        "repo",
        "source-ref",
        "runner-environment",
    }


@pytest.mark.parametrize(
    ("claims", "options", "reason"),
    [
        (
            {"repo": "evil/app"},
            ["--repo", "acme/app"],
            "repo: expected https://github.com/acme/app",
        ),
        (
            {"signer_repo": "evil/workflows"},
            ["--repo", "acme/app"],
            "signer-workflow: expected https://github.com/acme/app/*",
        ),
        (
            {"runner": "self-hosted"},
            ["--repo", "acme/app", "--deny-self-hosted-runners"],
            "runner-environment",
        ),
        (
            {"ref": "refs/heads/release-evil"},
            ["--repo", "acme/app", "--source-ref", "refs/heads/release"],
            "source-ref",
        ),
    ],
)
def test_keyless_bundles_of_another_signer_are_refused(
    cli,
    files,
    instance: Instance,
    signing_key: Any,
    claims: dict[str, Any],
    options: list[str],
    reason: str,
) -> None:  # type: ignore[no-untyped-def]
    path = _write(files, _keyless(instance, signing_key, **claims))
    result = _verify_keyless(cli, files, path, *options, expect=1)
    assert reason in result.stderr


def test_a_certificate_claiming_its_repository_twice_is_refused(
    cli, files, instance: Instance, signing_key: Any
) -> None:  # type: ignore[no-untyped-def]
    path = _write(files, _keyless(instance, signing_key, duplicate=12))
    result = _verify_keyless(cli, files, path, "--repo", "acme/app", expect=2)
    assert "Duplicate 1.3.6.1.4.1.57264.1.12 extension" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_certificate_signed_by_another_ca_is_refused(cli, files, signing_key: Any) -> None:  # type: ignore[no-untyped-def]
    impostor = Instance()  # same names, other keys: the trusted root is the first instance's
    made = github_claims()
    certificate = impostor.leaf(signing_key, made["san"], made["extensions"])
    path = _write(files, impostor.dsse_bundle(_statement(), signing_key, certificate=certificate))
    result = _verify_keyless(cli, files, path, "--repo", "acme/app", expect=1)
    assert "from a transparency log the trusted root" in result.stderr


def test_a_bundle_carrying_a_root_certificate_is_refused(
    cli, files, instance: Instance, signing_key: Any
) -> None:  # type: ignore[no-untyped-def]
    bundle = _keyless(instance, signing_key)
    leaf = bundle["verificationMaterial"].pop("certificate")
    bundle["mediaType"] = "application/vnd.dev.sigstore.bundle+json;version=0.2"
    root_der = instance.root.public_bytes(serialization.Encoding.DER)
    bundle["verificationMaterial"]["x509CertificateChain"] = {
        "certificates": [leaf, {"rawBytes": b64(root_der)}]
    }
    result = _verify_keyless(cli, files, _write(files, bundle), "--repo", "acme/app", expect=1)
    assert "chain includes a root certificate" in result.stderr


# --- hostile files ---------------------------------------------------------------------------


def test_a_fifo_in_place_of_the_bundle_does_not_hang(cli, files) -> None:  # type: ignore[no-untyped-def]
    fifo = files["dir"] / "bundle.sigstore.json"
    os.mkfifo(fifo)
    finished = threading.Event()
    outcome: dict[str, Any] = {}

    def run() -> None:
        outcome["result"] = cli(
            "attest",
            "verify",
            fifo,
            "--artifact",
            files["artifact"],
            "--key",
            files["key"],
            expect=2,
        )
        finished.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert finished.wait(20), "reading a FIFO hung"
    assert "not a regular file" in outcome["result"].stderr


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (
            lambda text: text.replace('"mediaType"', '"mediaType": "x", "mediaType"', 1),
            "duplicate key",
        ),
        (lambda text: text[: len(text) // 2], "not valid JSON"),
        (
            lambda text: text.replace('"canonicalizedBody": "', '"canonicalizedBody": "%', 1),
            "not valid base64",
        ),
        (
            lambda text: text.replace(
                '"logIndex": "1003"', '"logIndex": "18446744073709551616"', 1
            ),
            "uint64",
        ),
        (
            lambda text: text.replace("bundle.v0.3+json", "bundle.v0.4+json"),
            "unsupported Sigstore bundle version",
        ),
    ],
)
def test_malformed_bundles_are_bad_input(
    cli, files, instance: Instance, signing_key: Any, change: Any, reason: str
) -> None:  # type: ignore[no-untyped-def]
    text = json.dumps(instance.message_bundle(ARTIFACT, signing_key))
    path = files["dir"] / "bad.sigstore.json"
    path.write_text(change(text))
    result = _verify_with_key(cli, files, path, expect=2)
    assert reason in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("root", "reason"),
    [
        (
            '{"mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.1", "tlogs": [], "tlogs": []}',
            "duplicate key",
        ),
        (
            '{"mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.9"}',
            "not a usable Sigstore trusted root",
        ),
        ("", "no trusted root in file"),
    ],
)
def test_malformed_trusted_roots_are_bad_input(
    cli, files, instance: Instance, signing_key: Any, root: str, reason: str
) -> None:  # type: ignore[no-untyped-def]
    path = _write(files, instance.message_bundle(ARTIFACT, signing_key))
    files["root"].write_text(root)
    assert reason in _verify_with_key(cli, files, path, expect=2).stderr


def test_a_rekor_body_of_an_unknown_kind_is_refused_by_name(
    cli, files, instance: Instance, signing_key: Any
) -> None:  # type: ignore[no-untyped-def]
    body = canonical({"apiVersion": "0.0.1", "kind": "rekord", "spec": {}})
    bundle = instance.message_bundle(ARTIFACT, signing_key)
    bundle["verificationMaterial"]["tlogEntries"] = [instance.log_entry(body)]
    result = _verify_with_key(cli, files, _write(files, bundle), expect=1)
    assert "unsupported transparency log entry kind rekord 0.0.1" in result.stderr


def test_identity_options_do_not_pass_for_a_key_signed_bundle(
    cli, files, instance: Instance, signing_key: Any
) -> None:  # type: ignore[no-untyped-def]
    """A key carries no repository or workflow: --owner with a key-signed bundle is refused,
    never silently ignored."""
    path = _write(files, instance.message_bundle(ARTIFACT, signing_key))
    result = _verify_with_key(cli, files, path, "--owner", "acme", expect=1)
    assert "carries no identity for the identity options to check" in result.stderr
