"""The gate's verification summary as a referrer in a real registry (CNCF Distribution): pushed
by `verify artifact --vsa-push`, found and checked by `verify vsa oci://...`, read back by
skopeo as cosign's attestation layout (a DSSE layer with its predicateType)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from sscli.stores.oci.attestations import artifact_manifest
from sscli.stores.oci.manifests import descriptor_of
from tests.conftest import Cli
from tests.stores.conftest import World, signed
from tests.stores.test_oci_registry import INSECURE, docker_ref, push

VERIFIER = "https://gate.example/deploy"
VSA = "https://slsa.dev/verification_summary/v1"


def check(cli: Cli, source: str, world: World, resource: str, *more: str, expect: int = 0) -> str:
    result = cli("verify", "vsa", source, "--key", f"{world.builder_key}.pub", "--verifier-id",
                 VERIFIER, "--resource-uri", resource, INSECURE, *more, expect=expect)  # fmt: skip
    return str(result.stderr)


def test_a_passed_summary_is_attached_and_verified_from_the_registry(
    cli: Cli, world: World, repo: str, tmp_path: Path
) -> None:
    artifact = signed(world)
    [reference] = push(cli, repo, artifact)
    cli("verify", "artifact", reference, "--policy", world.policy, "--vsa-push", repo,
        "--key", world.builder_key, "--verifier-id", VERIFIER, INSECURE)  # fmt: skip
    # the deploy target: the reference, the verifier's key and id; nothing else
    said = check(Cli(tmp_path / "target"), reference, world, reference,
                 "--verified-level", "SLSA_BUILD_LEVEL_2")  # fmt: skip
    assert "PASSED" in said
    check(cli, repo, world, reference, "--artifact", artifact)  # found from the file alone
    check(cli, reference, world, f"{repo}@sha256:{'0' * 64}", expect=1)  # another resource

    digest = descriptor_of(artifact_manifest(artifact)).digest
    tag = "sha256-" + digest.removeprefix("sha256:")
    index = json.loads(
        subprocess.run(
            ["skopeo", "inspect", "--raw", "--tls-verify=false", f"{docker_ref(repo)}:{tag}"],
            check=True,
            capture_output=True,
            timeout=60,
        ).stdout
    )
    types = [m.get("annotations", {}).get("predicateType") for m in index["manifests"]]
    assert VSA in types and len(types) == 4  # provenance, SBOM, vulns, and the summary


def test_a_tampered_copy_gets_a_failed_summary_that_verify_vsa_refuses(
    cli: Cli, world: World, repo: str, tmp_path: Path
) -> None:
    artifact = signed(world)
    push(cli, repo, artifact)
    copy = tmp_path / "copy" / artifact.name
    copy.parent.mkdir()
    copy.write_bytes(artifact.read_bytes() + b"\0")
    cli("verify", "artifact", copy, "--policy", world.policy, "--attestations", repo,
        "--vsa-push", repo, "--key", world.builder_key, "--verifier-id", VERIFIER, INSECURE,
        expect=1)  # fmt: skip
    resource = f"{repo}@{descriptor_of(artifact_manifest(copy)).digest}"  # where it was pushed
    said = check(cli, repo, world, resource, "--artifact", copy, expect=1)
    assert "verificationResult is FAILED" in said
    # the denied bytes were not published: only their FAILED summary was
    served = subprocess.run(["skopeo", "inspect", "--raw", "--tls-verify=false",
                             docker_ref(resource)], check=False, capture_output=True,
                            timeout=60)  # fmt: skip
    assert served.returncode != 0
    genuine = docker_ref(f"{repo}@{descriptor_of(artifact_manifest(artifact)).digest}")
    subprocess.run(["skopeo", "inspect", "--raw", "--tls-verify=false", genuine], check=True,
                   capture_output=True, timeout=60)  # fmt: skip  # the pushed one is there
    # the genuine file has no summary at all: not verified either
    said = check(cli, repo, world, resource, "--artifact", artifact, expect=1)
    assert "no summary found" in said


def test_a_fetch_failing_midway_publishes_no_summary(
    cli: Cli, world: World, repo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The registry fails while the second artifact's attestations are fetched: the run ends
    with exit 3 and no summary of the first artifact was pushed (the fetches all finish before
    the first decision when summaries are pushed)."""
    import sscli.stores.oci.attestations as attestations
    from sscli.stores.oci.client import RegistryError

    artifact = signed(world)
    push(cli, repo, artifact)
    other = tmp_path / "other" / artifact.name
    other.parent.mkdir()
    other.write_bytes(b"a second artifact")
    failing = descriptor_of(artifact_manifest(other)).digest
    real = attestations.pull_evidence

    def pull(client: Any, repository: str, subject: str) -> Any:
        if subject == failing:
            raise RegistryError("the registry went away")
        return real(client, repository, subject)

    monkeypatch.setattr(attestations, "pull_evidence", pull)
    target = f"{repo}-summaries"
    cli("verify", "artifact", artifact, other, "--policy", world.policy, "--attestations", repo,
        "--vsa-push", target, "--key", world.builder_key, "--verifier-id", VERIFIER, INSECURE,
        expect=3)  # fmt: skip
    digest = descriptor_of(artifact_manifest(artifact)).digest
    served = subprocess.run(["skopeo", "inspect", "--raw", "--tls-verify=false",
                             docker_ref(f"{target}@{digest}")], capture_output=True, timeout=60,
                            check=False)  # fmt: skip
    assert served.returncode != 0  # the first artifact was not published either
