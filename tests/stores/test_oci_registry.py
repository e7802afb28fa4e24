"""Attestations in a real OCI registry (CNCF Distribution: the referrers tag schema), read back
by skopeo as an independent client, and decided on by the deploy gate."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sscli.stores.oci.attestations import artifact_manifest
from sscli.stores.oci.manifests import descriptor_of
from tests.conftest import Cli
from tests.stores.conftest import World, signed

INSECURE = "--allow-insecure-registry"


def skopeo(*args: str) -> bytes:
    return subprocess.run(["skopeo", *args], check=True, capture_output=True, timeout=60).stdout


def docker_ref(repo: str) -> str:
    return "docker://" + repo.removeprefix("oci://")


def push(cli: Cli, repo: str, *artifacts: Path) -> list[str]:
    result = cli("attest", "push", *artifacts, "--to", repo, INSECURE, "--format", "json")
    return [p["reference"] for p in json.loads(result.stdout)["pushed"]]


def test_push_then_a_deploy_target_verifies_from_the_registry(
    cli: Cli, world: World, repo: str, tmp_path: Path
) -> None:
    artifact = signed(world)
    [reference] = push(cli, repo, artifact)
    digest = descriptor_of(artifact_manifest(artifact)).digest
    assert reference == f"{repo}@{digest}"  # the digest is computable from the file alone

    target = tmp_path / "deploy-target"
    target.mkdir()
    copy = target / artifact.name
    shutil.copyfile(artifact, copy)  # only the file: its evidence is in the registry
    deploy = Cli(target / "state")
    verify = ("verify", "artifact", "--policy", world.policy, "--attestations", repo, INSECURE)
    allowed = deploy(*verify[:2], copy, *verify[2:], "--format", "json")
    assert json.loads(allowed.stdout)["decision"] == "allow"

    copy.write_bytes(copy.read_bytes() + b"\0")  # a tampered copy: no attestation names it
    denied = deploy(*verify[:2], copy, *verify[2:], "--format", "json", expect=1)
    assert json.loads(denied.stdout)["decision"] == "deny"

    pulled = deploy(*verify[:2], reference, *verify[2:], "--format", "json")
    assert json.loads(pulled.stdout)["decision"] == "allow"
    assert json.loads(pulled.stdout)["artifact"] == reference


def test_skopeo_reads_what_sscli_pushed(cli: Cli, world: World, repo: str, tmp_path: Path) -> None:
    artifact = signed(world)
    [reference] = push(cli, repo, artifact)
    digest = reference.rsplit("@", 1)[1]
    raw = skopeo("inspect", "--tls-verify=false", "--raw", docker_ref(reference))
    assert raw == artifact_manifest(artifact)
    index = json.loads(
        skopeo("inspect", "--tls-verify=false", "--raw", f"{docker_ref(repo)}:sha256-{digest[7:]}")
    )
    assert index["mediaType"] == "application/vnd.oci.image.index.v1+json"
    assert [m["artifactType"] for m in index["manifests"]] == [
        "application/vnd.dsse.envelope.v1+json"
    ] * 3
    assert {m["annotations"]["predicateType"] for m in index["manifests"]} == {
        "https://slsa.dev/provenance/v1",
        "https://cyclonedx.org/bom",
        "https://in-toto.io/attestation/vulns/v0.1",
    }
    referrer = json.loads(
        skopeo("inspect", "--tls-verify=false", "--raw",
               f"{docker_ref(repo)}@{index['manifests'][0]['digest']}")
    )  # fmt: skip
    assert referrer["subject"]["digest"] == digest
    layer = referrer["layers"][0]
    assert layer["mediaType"] == "application/vnd.dsse.envelope.v1+json"
    assert (
        layer["annotations"]["predicateType"]
        == index["manifests"][0]["annotations"]["predicateType"]
    )
    copied = tmp_path / "copied"
    skopeo("copy", "--src-tls-verify=false", docker_ref(reference), f"dir:{copied}")
    wheel_digest = json.loads(raw)["layers"][0]["digest"][7:]
    assert (copied / wheel_digest).read_bytes() == artifact.read_bytes()


def test_pull_for_offline_use_then_verify_without_the_registry(
    cli: Cli, world: World, repo: str, tmp_path: Path
) -> None:
    artifact = signed(world)
    envelopes = artifact.with_name(artifact.name + ".intoto.jsonl")
    original = envelopes.read_bytes()
    [reference] = push(cli, repo, artifact)
    envelopes.unlink()
    cli("attest", "pull", artifact, "--from", repo, INSECURE)
    assert sorted(envelopes.read_bytes().splitlines()) == sorted(original.splitlines())
    cli("verify", "artifact", artifact, "--policy", world.policy)

    offline = tmp_path / "offline"
    cli("attest", "pull", reference, "--into", offline, INSECURE)
    assert (offline / artifact.name).read_bytes() == artifact.read_bytes()
    cli("verify", "artifact", offline / artifact.name, "--policy", world.policy)


def test_pushing_again_adds_nothing_twice(cli: Cli, world: World, repo: str) -> None:
    artifact = signed(world)
    [reference] = push(cli, repo, artifact)
    push(cli, repo, artifact)
    digest = reference.rsplit("@", 1)[1]
    index = json.loads(
        skopeo("inspect", "--tls-verify=false", "--raw", f"{docker_ref(repo)}:sha256-{digest[7:]}")
    )
    assert len(index["manifests"]) == 3


def test_more_attestations_later_join_the_index(cli: Cli, world: World, repo: str) -> None:
    envelopes = world.good()
    world.write(*envelopes[:1])
    [reference] = push(cli, repo, world.artifact)
    world.write(*envelopes)
    push(cli, repo, world.artifact)
    digest = reference.rsplit("@", 1)[1]
    index = json.loads(
        skopeo("inspect", "--tls-verify=false", "--raw", f"{docker_ref(repo)}:sha256-{digest[7:]}")
    )
    assert len(index["manifests"]) == 3


def test_eight_processes_pushing_different_artifacts_lose_nothing(
    world: World, repo: str, tmp_path: Path
) -> None:
    from tests.builders import build_wheel

    artifacts = []
    for number in range(8):
        (tmp_path / f"a{number}").mkdir()
        artifact = build_wheel(tmp_path / f"a{number}", "demo", f"1.{number}")
        envelopes = [
            world.sign(world.statement(t, {"n": number, "kind": t}, artifact))
            for t in (
                "https://example.org/a/v1",
                "https://example.org/b/v1",
                "https://example.org/c/v1",
            )
        ]
        world.write(*envelopes, path=artifact.with_name(artifact.name + ".intoto.jsonl"))
        artifacts.append(artifact)
    sscli = [str(Path(sys.executable).with_name("sscli"))]
    processes = [
        subprocess.Popen(
            [*sscli, "--state-dir", str(tmp_path / "state"), "attest", "push", str(a), "--to", repo, INSECURE],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        for a in artifacts
    ]  # fmt: skip
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    for artifact in artifacts:
        digest = descriptor_of(artifact_manifest(artifact)).digest
        index = json.loads(
            skopeo(
                "inspect", "--tls-verify=false", "--raw", f"{docker_ref(repo)}:sha256-{digest[7:]}"
            )
        )
        assert len(index["manifests"]) == 3, artifact.name


@pytest.mark.parametrize(
    "bad",
    [
        "oci://bad_host/x",
        "oci:///x",
        "oci://host/UPPER",
        "oci://host/r@sha256:abc",
        "oci://host/r:bad^tag",
    ],
)
def test_malformed_references_are_usage_errors(cli: Cli, world: World, bad: str) -> None:
    result = cli("attest", "push", world.artifact, "--to", bad, expect=2)
    assert "Traceback" not in result.stderr


def test_a_real_sigstore_bundle_round_trips_in_cosigns_layout(
    cli: Cli, repo: str, tmp_path: Path
) -> None:
    """sigstore-python's recorded bundle (tests/attest/data) as a referrer: skopeo sees
    cosign's bundle layout, and the pulled copy still verifies offline, byte for byte."""
    data = Path(__file__).parents[1] / "attest" / "data"
    artifact = tmp_path / "new_bundle.txt"
    shutil.copyfile(data / "new_bundle.txt", artifact)
    shutil.copyfile(
        data / "new_bundle.txt.sigstore.json", tmp_path / "new_bundle.txt.sigstore.json"
    )
    [reference] = push(cli, repo, artifact)
    digest = reference.rsplit("@", 1)[1]
    index = json.loads(
        skopeo("inspect", "--tls-verify=false", "--raw", f"{docker_ref(repo)}:sha256-{digest[7:]}")
    )
    [entry] = index["manifests"]
    assert entry["artifactType"] == "application/vnd.dev.sigstore.bundle.v0.3+json"
    assert entry["annotations"]["dev.sigstore.bundle.content"] == "message-signature"
    referrer = json.loads(
        skopeo("inspect", "--tls-verify=false", "--raw", f"{docker_ref(repo)}@{entry['digest']}")
    )
    assert referrer["layers"][0]["mediaType"] == "application/vnd.dev.sigstore.bundle.v0.3+json"

    offline = tmp_path / "offline"
    offline.mkdir()
    copy = offline / artifact.name
    shutil.copyfile(artifact, copy)
    cli("attest", "pull", copy, "--from", repo, INSECURE)
    pulled = offline / "new_bundle.txt.1.sigstore.json"
    assert pulled.read_bytes() == (data / "new_bundle.txt.sigstore.json").read_bytes()
    cli("attest", "verify", pulled, "--artifact", copy, "--sigstore-identity",
        "aryadeeptade@gmail.com", "--sigstore-issuer", "https://github.com/login/oauth")  # fmt: skip
