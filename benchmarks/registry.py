"""Evidence in an OCI registry: push 100 artifacts with 3 attestations each (provenance, SBOM,
vulns) to a loopback CNCF Distribution registry (Debian's docker-registry: the referrers tag
schema), then verify all 100 with the deploy gate from the registry, on a clean directory,
beside the same verification from local files. Goal: from the registry <= 2x from files, and
<= 100 ms per artifact after start-up."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sscli.attest.keys import KeyType, generate_key_pair, load_private_key
from sscli.attest.predicates import PredicateType
from sscli.attest.signing import sign_statement
from sscli.attest.statement import ResourceDescriptor, Statement
from sscli.inventory import load_inventory
from sscli.policy import load_policy
from sscli.sbom import create_sbom
from sscli.stores.oci.attestations import fetch_many, local_evidence, push_artifact
from sscli.stores.oci.client import RegistryOptions
from sscli.stores.oci.reference import parse_reference
from sscli.verify.artifact import find_attestations, verify_artifact
from tests.builders import build_wheel, sha256
from tests.servers import docker_registry
from tests.verify.conftest import POLICY, provenance, vulns

COUNT = 100


def main() -> None:
    if shutil.which("docker-registry") is None:
        sys.exit("docker-registry is not installed (run .ci/bootstrap as root)")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name in ("builder", "dev", "second"):
            generate_key_pair(KeyType.ED25519, root / f"{name}.pem")
        signer = load_private_key(root / "builder.pem", None)
        policy_path = root / "deploy.yaml"
        policy_path.write_text(POLICY.format(builder="https://sscli.dev/builders/ci"))
        policy = load_policy(policy_path).deploy
        assert policy is not None
        dist = root / "dist"
        dist.mkdir()
        artifacts = []
        for i in range(COUNT):
            wheel = build_wheel(dist, "demo", f"1.{i}", license_expression="MIT")
            sbom = json.loads(create_sbom(load_inventory(wheel)))
            subject = (ResourceDescriptor(name=wheel.name, digest={"sha256": sha256(wheel)}),)
            lines = [
                sign_statement(Statement(subject, t, p), [signer]).to_json_line()
                for t, p in (
                    (PredicateType.SLSA_PROVENANCE_V1, provenance()),
                    (PredicateType.CYCLONEDX, sbom),
                    (PredicateType.VULNS_V01, vulns()),
                )
            ]
            wheel.with_name(wheel.name + ".intoto.jsonl").write_bytes(b"\n".join(lines) + b"\n")
            artifacts.append(wheel)

        with docker_registry(root / "registry") as address:
            target = parse_reference(f"oci://{address}/bench/app")
            client = RegistryOptions(allow_insecure=True).connect(address)
            started = time.perf_counter()
            for wheel in artifacts:
                push_artifact(client, target, wheel, local_evidence(wheel))
            pushed = time.perf_counter() - started

            started = time.perf_counter()
            for wheel in artifacts:
                assert verify_artifact(wheel, find_attestations(wheel, []), policy).allowed
            from_files = time.perf_counter() - started

            deploy = root / "deploy-target"  # a clean directory: only the files, no evidence
            deploy.mkdir()
            copies = [Path(shutil.copy(w, deploy / w.name)) for w in artifacts]
            reader = RegistryOptions(allow_insecure=True).connect(address)
            started = time.perf_counter()  # as `sscli verify artifact *.whl --attestations oci://`
            with tempfile.TemporaryDirectory(dir=root) as evidence:
                fetched = fetch_many(reader, target.repository, copies, Path(evidence))
                for copy, (directory, skipped) in zip(copies, fetched, strict=True):
                    found = find_attestations(copy, [directory])
                    assert not skipped and verify_artifact(copy, found, policy).allowed
            from_registry = time.perf_counter() - started

    per = {name: 1000 * value / COUNT for name, value in
           (("push", pushed), ("files", from_files), ("registry", from_registry))}  # fmt: skip
    ratio = from_registry / from_files
    print(f"{COUNT} artifacts x 3 attestations, Distribution {address} (tag schema)")
    print(f"  push:                  {per['push']:7.1f} ms per artifact")
    print(f"  verify from files:     {per['files']:7.1f} ms per artifact")
    print(f"  verify from registry:  {per['registry']:7.1f} ms per artifact ({ratio:.2f}x files)")
    goal = ratio <= 2.0 and per["registry"] <= 100
    print(f"  goal (<= 2x files, <= 100 ms): {'met' if goal else 'MISSED'}")


if __name__ == "__main__":
    main()
