"""The gate's signed verification summary (`verify artifact --vsa`) and its check (`verify vsa`,
as slsa-verifier's verify-vsa): through the real CLI, with real keys and real wheels."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from sscli.attest.dsse import read_envelopes
from sscli.attest.keys import load_private_key, load_public_key
from sscli.attest.predicates import PredicateType
from sscli.attest.signing import sign_statement
from sscli.attest.statement import Statement, parse_statement
from sscli.errors import InputError
from sscli.stores.oci.attestations import artifact_manifest
from sscli.stores.oci.manifests import descriptor_of
from sscli.verify.vsa import Expectations, check_levels, check_vsa
from tests.builders import sha256
from tests.conftest import REPO, Cli
from tests.verify.conftest import NOW, World, iso

VERIFIER = "https://gate.example/deploy"


def gate(cli: Cli, world: World, out: Path, *more: str, expect: int = 0) -> Any:
    world.write(*world.good())
    return cli("verify", "artifact", world.artifact, "--policy", world.policy, "--vsa", out,
               "--key", world.builder_key, "--verifier-id", VERIFIER, *more, expect=expect)  # fmt: skip


def summary(path: Path) -> Statement:
    (envelope,) = read_envelopes(path)
    return parse_statement(envelope.payload)


def resource(world: World) -> str:
    return f"pkg:pypi/demo@1.0?file_name={world.artifact.name}"


def check(cli: Cli, world: World, out: Path, *more: str, expect: int = 0) -> Any:
    return cli("verify", "vsa", out, "--key", f"{world.builder_key}.pub", "--verifier-id",
               VERIFIER, "--resource-uri", resource(world), *more, expect=expect)  # fmt: skip


def test_an_allowed_artifact_gets_a_passed_summary_naming_its_evidence(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    out = tmp_path / "verify.vsa.intoto.jsonl"
    gate(cli, world, out)
    statement = summary(out)
    predicate = statement.predicate
    assert statement.predicate_type == "https://slsa.dev/verification_summary/v1"
    assert predicate["verificationResult"] == "PASSED"
    assert predicate["verifiedLevels"] == ["SLSA_BUILD_LEVEL_2"]  # trusted builder, CI key
    assert predicate["verifier"]["id"] == VERIFIER
    assert predicate["resourceUri"] == resource(world)
    assert predicate["policy"] == {
        "uri": world.policy.resolve().as_uri(),
        "digest": {"sha256": sha256(world.policy)},
    }
    lines = world.artifact.with_name(world.artifact.name + ".intoto.jsonl").read_bytes().split()
    assert sorted(a["digest"]["sha256"] for a in predicate["inputAttestations"]) == sorted(
        hashlib.sha256(line).hexdigest() for line in lines
    )
    manifest = descriptor_of(artifact_manifest(world.artifact)).digest.removeprefix("sha256:")
    assert [s.digest["sha256"] for s in statement.subjects] == [sha256(world.artifact), manifest]
    assert statement.subjects[1].media_type == "application/vnd.oci.image.manifest.v1+json"
    passed = check(cli, world, out, "--artifact", world.artifact, "--verified-level",
                   "SLSA_BUILD_LEVEL_2", "--format", "json")  # fmt: skip
    report = json.loads(passed.stdout)
    assert report["verified"] is True and report["rejected"] == []
    assert report["statement"]["predicate"]["verificationResult"] == "PASSED"
    check(cli, world, out, "--subject-digest", f"sha256:{manifest}",
          "--verified-level", "SLSA_BUILD_LEVEL_1")  # fmt: skip  # a lower level is met


def test_a_denied_artifact_gets_a_failed_summary_and_the_gate_still_exits_1(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    out = tmp_path / "vsa.intoto.jsonl"
    world.write(*world.good())
    with world.artifact.open("ab") as handle:
        handle.write(b"tampered")
    cli("verify", "artifact", world.artifact, "--policy", world.policy, "--vsa", out,
        "--key", world.builder_key, "--verifier-id", VERIFIER, expect=1)  # fmt: skip
    predicate = summary(out).predicate
    assert predicate["verificationResult"] == "FAILED"
    assert predicate["verifiedLevels"] == ["FAILED"]
    assert predicate["inputAttestations"] == []  # nothing trusted was about these bytes
    result = check(cli, world, out, "--artifact", world.artifact, "--format", "json", expect=1)
    assert "verificationResult is FAILED" in result.stderr
    report = json.loads(result.stdout)
    assert report["verified"] is False and report["statement"] is None
    assert "verificationResult is FAILED" in report["rejected"][0]["reason"]


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (["--verifier-id", "https://other.example/gate"], "verifier.id is"),
        (["--resource-uri", "pkg:pypi/demo@2.0"], "resourceUri is"),
        (["--subject-digest", "sha256:" + "0" * 64], "no subject has the digest"),
        (["--verified-level", "SLSA_BUILD_LEVEL_3"], "below SLSA_BUILD_LEVEL_3"),
        (["--verified-level", "FEDRAMP_LOW"], "FEDRAMP_LOW is not among"),
        (["--key", "attacker.pem.pub"], "no signature verifies"),
    ],
)
def test_verify_vsa_refuses_every_mismatch(
    cli: Cli, world: World, tmp_path: Path, change: list[str], said: str
) -> None:
    out = tmp_path / "vsa.intoto.jsonl"
    gate(cli, world, out)
    options = {"--key": f"{world.builder_key}.pub", "--verifier-id": VERIFIER,
               "--resource-uri": resource(world)}  # fmt: skip
    extra = ["--artifact", str(world.artifact)]
    flag, value = change
    if flag in options:
        options[flag] = str(world.root / value) if flag == "--key" else value
    else:
        extra += [flag, value]
    argv = [item for pair in options.items() for item in pair]
    result = cli("verify", "vsa", out, *argv, *extra, expect=1)
    assert said in result.stderr


def test_verify_vsa_refuses_another_artifact_and_a_forged_payload(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    out = tmp_path / "vsa.intoto.jsonl"
    gate(cli, world, out)
    check(cli, world, out, "--artifact", world.other, expect=1)
    document = json.loads(out.read_text())
    statement = json.loads(base64.b64decode(document["payload"]))
    statement["predicate"]["resourceUri"] = "pkg:pypi/demo@1.0"  # keep the signature
    document["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()
    forged = tmp_path / "forged.intoto.jsonl"
    forged.write_text(json.dumps(document) + "\n")
    result = cli("verify", "vsa", forged, "--key", f"{world.builder_key}.pub", "--verifier-id",
                 VERIFIER, "--resource-uri", "pkg:pypi/demo@1.0", "--artifact", world.artifact,
                 expect=1)  # fmt: skip
    assert "no signature verifies" in result.stderr


def test_verify_vsa_refuses_a_signed_statement_of_another_type(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    attestations = world.write(*world.good())
    result = cli("verify", "vsa", attestations, "--key", f"{world.builder_key}.pub",
                 "--verifier-id", VERIFIER, "--resource-uri", resource(world),
                 "--artifact", world.artifact, expect=1)  # fmt: skip
    assert "not a VSA" in result.stderr


def test_the_latest_summary_decides_a_later_failure_is_not_hidden(world: World) -> None:
    key = load_private_key(world.builder_key, None)

    def signed(result: str, hours_ago: int) -> Any:
        predicate = {
            "verifier": {"id": VERIFIER},
            "timeVerified": iso(NOW - timedelta(hours=hours_ago)),
            "resourceUri": "pkg:pypi/demo@1.0",
            "policy": {"uri": "https://policies.example/deploy.yaml"},
            "verificationResult": result,
            "verifiedLevels": ["SLSA_BUILD_LEVEL_2"] if result == "PASSED" else ["FAILED"],
        }
        statement = world.statement(PredicateType.SLSA_VSA_V1, predicate)
        return sign_statement(statement, [key])

    keys = [load_public_key(Path(f"{world.builder_key}.pub"))]
    expected = Expectations((("sha256", sha256(world.artifact)),), VERIFIER, "pkg:pypi/demo@1.0")
    earlier_pass, later_fail = signed("PASSED", 5), signed("FAILED", 1)
    result = check_vsa([("a", earlier_pass), ("b", later_fail)], keys, expected)
    assert not result.verified and "verificationResult is FAILED" in result.rejected[-1][1]
    result = check_vsa([("a", signed("FAILED", 5)), ("b", signed("PASSED", 1))], keys, expected)
    assert result.verified and result.source == "b"


def test_levels_as_slsa_verifier_compares_them() -> None:
    assert check_levels(["SLSA_BUILD_LEVEL_2"], ["SLSA_BUILD_LEVEL_3"]) is None
    assert check_levels(["SLSA_BUILD_LEVEL_3"], ["SLSA_BUILD_LEVEL_2"]) is not None
    assert check_levels(["SLSA_SOURCE_LEVEL_1"], ["SLSA_BUILD_LEVEL_3"]) is not None
    assert check_levels(["FEDRAMP_LOW"], ["FEDRAMP_LOW", "SLSA_BUILD_LEVEL_1"]) is None
    assert check_levels([], ["FAILED"]) is None
    with pytest.raises(InputError):
        check_levels(["SLSA_BUILD_LEVEL_X"], [])


def test_development_signed_provenance_is_build_level_1(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    from tests.verify.conftest import provenance, vulns

    world.policy.write_text(
        world.policy.read_text().replace("  require:", "  allow_development_keys: true\n  require:")
    )
    dev = [
        world.sign(world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance()), world.dev_key),
        world.sign(world.statement(PredicateType.CYCLONEDX, world.sbom), world.dev_key),
        world.sign(world.statement(PredicateType.VULNS_V01, vulns()), world.dev_key),
    ]
    world.write(*dev)
    out = tmp_path / "vsa.intoto.jsonl"
    cli("verify", "artifact", world.artifact, "--policy", world.policy, "--vsa", out,
        "--key", world.builder_key, "--verifier-id", VERIFIER)  # fmt: skip
    assert summary(out).predicate["verifiedLevels"] == ["SLSA_BUILD_LEVEL_1"]


def test_usage_errors_exit_2_before_anything_is_verified(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    world.write(*world.good())
    base = ["verify", "artifact", world.artifact, "--policy", world.policy]
    cli(*base, "--vsa", tmp_path / "v.jsonl", expect=2)  # no --key
    cli(*base, "--key", world.builder_key, expect=2)  # a key, but no summary asked for
    cli(*base, "--vsa", tmp_path / "v.jsonl", "--key", tmp_path / "missing.pem", expect=2)
    cli(*base, "--vsa-push", "oci://127.0.0.1:1/r@sha256:" + "0" * 64,
        "--key", world.builder_key, expect=2)  # fmt: skip
    assert not (tmp_path / "v.jsonl").exists()
    out = tmp_path / "vsa.intoto.jsonl"
    gate(cli, world, out)
    cli("verify", "vsa", out, "--key", f"{world.builder_key}.pub", "--verifier-id", VERIFIER,
        "--resource-uri", resource(world), expect=2)  # fmt: skip  # no subject to check
    cli("verify", "vsa", out, "--key", f"{world.builder_key}.pub", "--verifier-id", VERIFIER,
        "--resource-uri", resource(world), "--subject-digest", "nohex", expect=2)  # fmt: skip
    not_a_distribution = tmp_path / "blob.bin"
    not_a_distribution.write_bytes(b"x")
    cli("verify", "artifact", not_a_distribution, "--policy", world.policy, "--vsa", out,
        "--key", world.builder_key, expect=2)  # fmt: skip  # no resourceUri to give it


def test_unreadable_summaries_and_keys_are_input_errors(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    base = ["--key", f"{world.builder_key}.pub", "--verifier-id", VERIFIER, "--resource-uri",
            resource(world), "--artifact", str(world.artifact)]  # fmt: skip
    cli("verify", "vsa", tmp_path / "missing.jsonl", *base, expect=2)
    garbage = tmp_path / "garbage.jsonl"
    garbage.write_bytes(b"{not json\n")
    cli("verify", "vsa", garbage, *base, expect=2)
    out = tmp_path / "vsa.intoto.jsonl"
    gate(cli, world, out)
    not_a_key = tmp_path / "not-a-key.pem"
    not_a_key.write_text("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
    cli("verify", "vsa", out, *base[2:], "--key", not_a_key, expect=2)


def test_an_unreachable_registry_is_an_environment_error(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    from tests.servers import free_port

    source = f"oci://127.0.0.1:{free_port()}/apps/demo"
    cli("verify", "vsa", source, "--key", f"{world.builder_key}.pub", "--verifier-id", VERIFIER,
        "--resource-uri", source, "--artifact", world.artifact, "--allow-insecure-registry",
        expect=3)  # fmt: skip


GOOGLE = REPO / "tests" / "data" / "vsa"
GOOGLE_EXPECTED = {
    "--subject-digest": "gce_image_id:8970095005306000053",
    "--verifier-id": "https://bcid.corp.google.com/verifier/bcid_package_enforcer/v0.1",
    "--resource-uri": "gce_image://gke-node-images:gke-12615-gke1418000-cos-101-17162-463-29-c-cgpv1-pre",
}


@pytest.mark.parametrize(
    ("change", "verified"),
    [  # the cases of slsa-verifier's Test_VerifyVSA on the same envelope
        ({}, True),
        ({"--verified-level": ["BCID_L1", "SLSA_BUILD_LEVEL_2"]}, True),
        ({"--verified-level": ["SLSA_BUILD_LEVEL_1"]}, True),
        ({"--verified-level": ["SLSA_BUILD_LEVEL_3"]}, False),
        ({"--verified-level": ["BCID_L2"]}, False),
        ({"--verified-level": ["SLSA_SOURCE_LEVEL_1"]}, False),
        ({"--subject-digest": ["gce_image_id:1"]}, False),
        ({"--subject-digest": ["sha256:" + "0" * 64]}, False),
        ({"--verifier-id": ["https://bcid.corp.google.com/verifier/other"]}, False),
        ({"--resource-uri": ["gce_image://gke-node-images:other"]}, False),
    ],
)
def test_googles_real_vsa_reaches_slsa_verifiers_verdicts(
    cli: Cli, change: dict[str, list[str]], verified: bool
) -> None:
    options: dict[str, list[str]] = {k: [v] for k, v in GOOGLE_EXPECTED.items()}
    options.update(change)
    argv = [item for flag, values in options.items() for value in values for item in (flag, value)]
    cli("verify", "vsa", GOOGLE / "gke-gce-pre.bcid-vsa.jsonl", "--key",
        GOOGLE / "vsa_signing_public_key.pem", *argv, expect=0 if verified else 1)  # fmt: skip


def test_googles_vsa_with_another_key_or_a_flipped_bit_is_refused(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    argv = [item for pair in GOOGLE_EXPECTED.items() for item in pair]
    envelope = GOOGLE / "gke-gce-pre.bcid-vsa.jsonl"
    cli("verify", "vsa", envelope, "--key", f"{world.second_key}.pub", *argv, expect=1)
    document = json.loads(envelope.read_text())
    signature = bytearray(base64.b64decode(document["signatures"][0]["sig"]))
    signature[10] ^= 1
    document["signatures"][0]["sig"] = base64.b64encode(bytes(signature)).decode()
    flipped = tmp_path / "flipped.json"
    flipped.write_text(json.dumps(document))
    result = cli("verify", "vsa", flipped, "--key", GOOGLE / "vsa_signing_public_key.pem", *argv,
                 expect=1)  # fmt: skip
    assert "no signature verifies" in result.stderr


def test_one_summary_per_artifact_each_about_its_own_file(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    from tests.verify.conftest import provenance, vulns

    world.write(*world.good())
    other = [
        world.sign(world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance(), world.other)),
        world.sign(world.statement(PredicateType.CYCLONEDX, world.sbom, world.other)),
        world.sign(world.statement(PredicateType.VULNS_V01, vulns(), world.other)),
    ]
    world.write(*other, path=world.other.with_name(world.other.name + ".intoto.jsonl"))
    out = tmp_path / "vsa.intoto.jsonl"
    cli("verify", "artifact", world.artifact, world.other, "--policy", world.policy, "--vsa", out,
        "--key", world.builder_key, "--verifier-id", VERIFIER)  # fmt: skip
    statements = [parse_statement(e.payload) for e in read_envelopes(out)]
    assert [s.subjects[0].digest["sha256"] for s in statements] == [
        sha256(world.artifact),
        sha256(world.other),
    ]
    assert [s.predicate["resourceUri"] for s in statements] == [
        resource(world),
        f"pkg:pypi/demo@0.9?file_name={world.other.name}",
    ]
    cli("verify", "artifact", world.artifact, world.other, "--policy", world.policy, "--vsa", out,
        "--key", world.builder_key, "--resource-uri", "pkg:pypi/demo", expect=2)  # fmt: skip


def test_the_summary_parses_with_the_in_toto_attestation_frameworks_own_models(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    """in-toto's Python bindings (the framework's protobuf models, strict field names) read the
    statement and, less sscli's URI-named extension field, the VSA v1 predicate."""
    from google.protobuf import json_format
    from in_toto_attestation.predicates.vsa.v1 import vsa_pb2
    from in_toto_attestation.v1 import statement_pb2
    from in_toto_attestation.v1.statement import Statement as FrameworkStatement

    out = tmp_path / "vsa.intoto.jsonl"
    gate(cli, world, out)
    (envelope,) = read_envelopes(out)
    document = json.loads(envelope.payload)
    parsed = json_format.Parse(json.dumps(document), statement_pb2.Statement())
    FrameworkStatement.copy_from_pb(parsed).validate()
    assert parsed.subject[1].media_type == "application/vnd.oci.image.manifest.v1+json"
    predicate = {k: v for k, v in document["predicate"].items() if not k.startswith("https://")}
    assert predicate["slsaVersion"] == "1.1"
    # the bindings (0.9.3, 2023) have VSA 1.0's verifier, before 1.1 added verifier.version
    assert predicate["verifier"].pop("version") == {"sscli": __import__("sscli").__version__}
    # and a single string for verifiedLevels, where the spec, slsa-verifier and Google's VSAs
    # have a list (tests/data/vsa): checked here instead
    assert predicate.pop("verifiedLevels") == ["SLSA_BUILD_LEVEL_2"]
    summary = json_format.Parse(json.dumps(predicate), vsa_pb2.VerificationSummary())
    assert summary.verification_result == "PASSED"
    assert summary.policy.digest["sha256"] == sha256(world.policy)
    assert len(summary.input_attestations) == 3
    assert all(len(a.digest["sha256"]) == 64 for a in summary.input_attestations)
    assert summary.time_verified.seconds > 0
