"""Hostile files at the deploy gate and the commands around it (issue 13): FIFOs where sscli
expects attestations, Sigstore bundles that make the libraries raise, absurd durations, YAML
alias bombs. Each must end in a clear error or a denial: never a hang, never a traceback."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.attest.conftest import gcb_bundle_document
from tests.conftest import Cli
from tests.test_yamlsafe import ALIAS_BOMB
from tests.verify.conftest import World, failed, gate, gate_argv

ATTEST_DATA = Path(__file__).resolve().parents[1] / "attest" / "data"
GCB_IDENTITY = "919436158236-compute@developer.gserviceaccount.com"
GCB_ISSUER = "https://accounts.google.com"
TIMEOUT = 60


def sscli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real CLI in a child process, so that a hang is a failed test, not a stuck suite."""
    return subprocess.run(
        [sys.executable, "-m", "sscli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=cwd,
        check=False,
    )


def _gate(world: World, *extra: str | Path) -> subprocess.CompletedProcess[str]:
    return sscli("--state-dir", world.root / "state", *gate_argv(world, *extra))


# --- FIFOs -------------------------------------------------------------------------------------


def test_a_fifo_in_the_attestations_directory_does_not_hang_the_gate(world: World) -> None:
    directory = world.root / "evidence"
    directory.mkdir()
    world.write(*world.good(), path=directory / "good.intoto.jsonl")
    os.mkfifo(directory / "planted.intoto.jsonl")
    result = _gate(world, "--attestations", directory)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "planted.intoto.jsonl" in failed(json.loads(result.stdout))["attestations"]


def test_a_fifo_beside_the_artifact_named_as_a_bundle_does_not_hang_the_gate(world: World) -> None:
    world.write(*world.good())
    os.mkfifo(world.artifact.with_name(world.artifact.name + ".planted.sigstore.json"))
    result = _gate(world)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "planted.sigstore.json" in failed(json.loads(result.stdout))["attestations"]


def test_a_fifo_in_the_vault_attestations_does_not_hang_the_gate(world: World) -> None:
    world.policy.write_text(
        world.policy.read_text().replace(
            "require: [provenance, sbom, vulns]", "require: [provenance, sbom, vulns, ingest]"
        )
    )
    vault = world.root / "vault"
    (vault / "attestations").mkdir(parents=True)
    os.mkfifo(vault / "attestations" / f"{'a' * 64}.intoto.jsonl")
    world.write(*world.good())
    result = _gate(world, "--vault", vault)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "dependencies" in failed(json.loads(result.stdout))


def test_a_fifo_as_the_policy_or_the_artifact_is_an_input_error(world: World) -> None:
    world.write(*world.good())
    fifo = world.root / "policy.yaml"
    os.mkfifo(fifo)
    result = sscli("verify", "artifact", world.artifact, "--policy", fifo)
    assert result.returncode == 2 and "not a regular file" in result.stderr
    result = sscli("policy", "check", fifo)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    os.mkfifo(world.root / "artifact.whl")
    result = sscli("verify", "artifact", world.root / "artifact.whl", "--policy", world.policy)
    assert result.returncode == 2 and "not a regular file" in result.stderr


def test_a_fifo_as_the_trusted_root_is_an_input_error(world: World, tmp_path: Path) -> None:
    fifo = tmp_path / "trusted_root.json"
    os.mkfifo(fifo)
    result = sscli(
        "attest",
        "verify",
        ATTEST_DATA / "new_bundle.txt.sigstore.json",
        "--artifact",
        ATTEST_DATA / "new_bundle.txt",
        "--sigstore-identity",
        "aryadeeptade@gmail.com",
        "--sigstore-issuer",
        "https://github.com/login/oauth",
        "--trusted-root",
        fifo,
    )
    assert result.returncode == 2 and "not a regular file" in result.stderr


# --- Sigstore bundles that make the libraries raise ----------------------------------------------


def _out_of_range_time() -> dict[str, object]:
    bundle = gcb_bundle_document()
    bundle["verificationMaterial"]["tlogEntries"][0]["integratedTime"] = "99999999999999"  # type: ignore[index]
    return bundle


def _two_san_extensions() -> dict[str, object]:
    """A certificate with two subjectAltName extensions (RFC 5280 forbids it): built with an
    issuerAltName beside the SAN, whose OID is then turned into the SAN's."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sigstore-intermediate")])
    now = datetime.datetime.now(datetime.UTC)
    names = [x509.RFC822Name(GCB_IDENTITY)]
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.IssuerAlternativeName(names), critical=False)
        .sign(key, hashes.SHA256())
    )
    der = certificate.public_bytes(serialization.Encoding.DER)
    issuer_alt_name, subject_alt_name = bytes.fromhex("0603551d12"), bytes.fromhex("0603551d11")
    assert der.count(issuer_alt_name) == 1
    bundle = gcb_bundle_document()
    bundle["verificationMaterial"]["certificate"]["rawBytes"] = base64.b64encode(  # type: ignore[index]
        der.replace(issuer_alt_name, subject_alt_name)
    ).decode()
    return bundle


HOSTILE_BUNDLES = {
    "integrated-time-out-of-range": _out_of_range_time,
    "two-san-extensions": _two_san_extensions,
}


@pytest.fixture(params=sorted(HOSTILE_BUNDLES))
def hostile_bundle(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "gcb_attestation_test-0.0.0.tar.gz.sigstore.json"
    path.write_text(json.dumps(HOSTILE_BUNDLES[request.param]()))
    return path


def test_attest_verify_maps_hostile_bundles_to_an_error(cli: Cli, hostile_bundle: Path) -> None:
    import shutil

    artifact = hostile_bundle.with_name("gcb_attestation_test-0.0.0.tar.gz")
    shutil.copy(ATTEST_DATA / "gcb_attestation_test-0.0.0.tar.gz", artifact)
    result = cli(
        "attest", "verify", hostile_bundle, "--artifact", artifact,
        "--sigstore-identity", GCB_IDENTITY, "--sigstore-issuer", GCB_ISSUER, expect=None,
    )  # fmt: skip
    assert result.exit_code in (1, 2), result.stderr


def test_attest_inspect_maps_hostile_bundles_to_an_error(cli: Cli, hostile_bundle: Path) -> None:
    result = cli("attest", "inspect", hostile_bundle, expect=None)
    assert result.exit_code in (0, 2), result.stderr


@pytest.mark.parametrize("identity", [GCB_IDENTITY, "*@developer.gserviceaccount.com"])
def test_the_gate_denies_hostile_bundles_with_a_report(
    cli: Cli, world: World, hostile_bundle: Path, identity: str
) -> None:
    world.policy.write_text(
        world.policy.read_text().replace(
            "      keys: [builder.pem.pub]\n      predicates: [provenance, sbom, vulns]",
            "      keys: [builder.pem.pub]\n      sigstore:\n"
            f'        - {{identity: "{identity}", issuer: "{GCB_ISSUER}"}}\n'
            "      predicates: [provenance, sbom, vulns]",
        )
    )
    os.replace(hostile_bundle, world.artifact.with_name(world.artifact.name + ".sigstore.json"))
    report = gate(cli, world, 1)
    assert report["decision"] == "deny"


# --- durations and YAML -----------------------------------------------------------------------------


def test_an_absurd_max_age_is_an_input_error(cli: Cli, world: World) -> None:
    world.policy.write_text(
        world.policy.read_text().replace("max_age: 7d", "max_age: 99999999999d")
    )
    world.write(*world.good())
    result = cli("verify", "artifact", world.artifact, "--policy", world.policy, expect=2)
    assert "max_age" in result.stderr and "Traceback" not in result.stderr
    assert "max_age" in cli("policy", "check", world.policy, expect=2).stderr


def test_an_absurd_min_age_is_an_input_error(cli: Cli, tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\ningest:\n  min_age: 9999999999w\n")
    assert "min_age" in cli("policy", "check", policy, expect=2).stderr


def test_layout_create_refuses_an_absurd_lifetime(cli: Cli, tmp_path: Path) -> None:
    from sscli.attest.keys import KeyType, generate_key_pair

    generate_key_pair(KeyType.ED25519, tmp_path / "owner.pem")
    (tmp_path / "steps.yaml").write_text(
        "steps:\n  - name: build\n    functionaries: [owner.pem.pub]\n"
    )
    result = cli(
        "layout", "create", "--steps", tmp_path / "steps.yaml", "--owner-key", tmp_path / "owner.pem",
        "--expires", "99999999999d", "-o", tmp_path / "root.layout", expect=2,
    )  # fmt: skip
    assert "--expires" in result.stderr
    assert not (tmp_path / "root.layout").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["policy", "check", "{file}"],
        ["verify", "artifact", "{artifact}", "--policy", "{file}"],
        ["pipeline", "run", "{file}", "--out", "{out}"],
        [
            "layout",
            "create",
            "--steps",
            "{file}",
            "--owner-key",
            "{key}",
            "-o",
            "{out}/root.layout",
        ],
    ],
    ids=["policy", "gate-policy", "pipeline", "layout-steps"],
)
def test_a_yaml_alias_bomb_is_an_input_error_quickly(world: World, command: list[str]) -> None:
    bomb = world.root / "bomb.yaml"
    bomb.write_text("version: 1\n" + ALIAS_BOMB)
    assert len(ALIAS_BOMB) < 700
    values = {
        "file": str(bomb),
        "artifact": str(world.artifact),
        "out": str(world.root / "out"),
        "key": str(world.builder_key),
    }
    result = sscli(*[part.format(**values) for part in command], cwd=world.root)
    assert result.returncode == 2, result.stderr
    assert "alias" in result.stderr and "Traceback" not in result.stderr


def test_a_recursive_yaml_alias_is_an_input_error(cli: Cli, tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\nname: &n [*n]\n")
    result = cli("policy", "check", policy, expect=2)
    assert "alias" in result.stderr or "recursive" in result.stderr
