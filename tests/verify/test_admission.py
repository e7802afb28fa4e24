"""docs/admission.md's Kyverno and policy-controller policies, read from the page itself and
evaluated for real: the CEL validations with cel-python, the Rego policy with regopy, against
verification summaries the real gate signs (PASSED, FAILED, another key, another digest,
another verifier, a lower level)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import celpy
import pytest
import regopy
import yaml

from sscli.attest.dsse import Envelope, read_envelopes
from sscli.attest.keys import load_public_key
from sscli.attest.verify import check_signatures
from sscli.stores.oci.attestations import artifact_manifest
from sscli.stores.oci.manifests import descriptor_of
from tests.conftest import REPO, Cli
from tests.verify.conftest import World, provenance, vulns

DOC = REPO / "docs" / "admission.md"
VERIFIER = "https://ci.example.com/deploy-gate"  # the id the page's policies expect
REGISTRY = "registry.example.com/apps/demo"  # matched by the page's image globs


def documents() -> dict[str, Any]:
    """The YAML blocks of the page, by kind (each must parse)."""
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(), flags=re.S)
    found = {}
    for block in blocks:
        document = yaml.safe_load(block)
        found[document["kind"]] = document
    assert set(found) == {"ImageValidatingPolicy", "ClusterImagePolicy"}
    return found


class Registry:
    """What the admission controller would find: the summaries attached to an image, and the
    checks Kyverno's cosign functions make of them, with the policy's own key data."""

    def __init__(self, image: str, envelopes: list[Envelope], tmp_path: Path) -> None:
        self.image, self.envelopes, self.tmp_path = image, envelopes, tmp_path

    def verified(self, attestation: Any, attestors: Any) -> list[dict[str, Any]]:
        keys = []
        for number, attestor in enumerate(attestors):
            pem = self.tmp_path / f"attestor-{number}.pem"
            pem.write_text(str(attestor["cosign"]["key"]["data"]))
            keys.append(load_public_key(pem))
        statements = []
        for envelope in self.envelopes:
            statement = json.loads(envelope.payload)
            if statement["predicateType"] != str(attestation["intoto"]["type"]):
                continue
            if check_signatures(envelope, keys).verified:
                statements.append(statement)
        return statements


def admits_kyverno(policy: dict[str, Any], registry: Registry) -> list[bool]:
    """Each validation of the ImageValidatingPolicy evaluated by cel-python."""
    spec = policy["spec"]
    attestors = {a["name"]: a for a in spec["attestors"]}
    attestations = {a["name"]: a for a in spec["attestations"]}

    def verify(image: Any, attestation: Any, chosen: Any) -> Any:
        assert str(image) == registry.image
        return celpy.celtypes.IntType(len(registry.verified(attestation, chosen)))

    def extract(image: Any, attestation: Any) -> Any:
        assert str(image) == registry.image
        found = registry.verified(attestation, list(attestors.values()))
        if not found:
            raise AssertionError("extractPayload: no verified attestation")
        return celpy.json_to_cel(found[0])

    env = celpy.Environment()
    activation = {
        "images": celpy.json_to_cel({"containers": [registry.image], "initContainers": []}),
        "attestors": celpy.json_to_cel(attestors),
        "attestations": celpy.json_to_cel(attestations),
    }
    results = []
    for validation in spec["validations"]:
        program = env.program(
            env.compile(validation["expression"]),
            functions={"verifyAttestationSignatures": verify, "extractPayload": extract},
        )
        results.append(bool(program.evaluate(activation)))
    return results


def admits_policy_controller(policy: dict[str, Any], statement: dict[str, Any]) -> bool:
    """The ClusterImagePolicy's Rego over the verified statement, evaluated by regopy."""
    (authority,) = policy["spec"]["authorities"]
    (attestation,) = authority["attestations"]
    assert attestation["predicateType"] == "https://slsa.dev/verification_summary/v1"
    assert attestation["policy"]["type"] == "rego"
    interpreter = regopy.Interpreter()
    interpreter.add_module("policy", attestation["policy"]["data"])
    interpreter.set_input_term(json.dumps(statement))
    # the package, not the rule: rego-cpp answers `undefined` for a rule whose default holds
    output = interpreter.query("data.sigstore")
    assert output.ok(), str(output)
    (package,) = json.loads(str(output))["expressions"]
    assert isinstance(package["isCompliant"], bool)  # the default makes it total
    return bool(package["isCompliant"])


def with_key(policy: dict[str, Any], public_key: Path) -> dict[str, Any]:
    """The page's policy with the placeholder replaced by a real public key."""
    pem = public_key.read_text()
    spec = policy["spec"]
    for attestor in spec.get("attestors", []):
        attestor["cosign"]["key"]["data"] = pem
    for authority in spec.get("authorities", []):
        authority["key"]["data"] = pem
    return policy


@pytest.fixture
def image(world: World) -> str:
    return f"{REGISTRY}@{descriptor_of(artifact_manifest(world.artifact)).digest}"


def summarize(cli: Cli, world: World, image: str, tmp_path: Path, *more: str) -> list[Envelope]:
    """The real gate's summary of the world's artifact, for `image`."""
    out = tmp_path / "vsa.intoto.jsonl"
    cli("verify", "artifact", world.artifact, "--policy", world.policy, "--vsa", out,
        "--resource-uri", f"oci://{image}", *more, expect=None)  # fmt: skip
    return read_envelopes(out)


def decide(
    world: World, image: str, envelopes: list[Envelope], tmp_path: Path
) -> tuple[bool, bool]:
    policies = documents()
    kyverno = with_key(policies["ImageValidatingPolicy"], Path(f"{world.builder_key}.pub"))
    controller = with_key(policies["ClusterImagePolicy"], Path(f"{world.builder_key}.pub"))
    registry = Registry(image, envelopes, tmp_path)
    cel = admits_kyverno(kyverno, registry)
    authority_key = controller["spec"]["authorities"][0]["key"]
    statements = registry.verified(
        {"intoto": {"type": "https://slsa.dev/verification_summary/v1"}},
        [{"cosign": {"key": {"data": authority_key["data"]}}}],
    )
    # policy-controller admits if one statement signed by the authority passes the policy
    rego = any(admits_policy_controller(controller, s) for s in statements)
    return all(cel), rego


def test_a_passed_summary_from_the_gate_is_admitted_by_both(
    cli: Cli, world: World, image: str, tmp_path: Path
) -> None:
    world.write(*world.good())
    envelopes = summarize(cli, world, image, tmp_path, "--key", world.builder_key,
                          "--verifier-id", VERIFIER)  # fmt: skip
    assert decide(world, image, envelopes, tmp_path) == (True, True)


def test_a_failed_summary_is_refused_by_both(
    cli: Cli, world: World, image: str, tmp_path: Path
) -> None:
    world.write(world.good()[0])  # no SBOM, no vulns: the gate denies
    envelopes = summarize(cli, world, image, tmp_path, "--key", world.builder_key,
                          "--verifier-id", VERIFIER)  # fmt: skip
    assert json.loads(envelopes[0].payload)["predicate"]["verificationResult"] == "FAILED"
    assert decide(world, image, envelopes, tmp_path) == (False, False)


def test_a_summary_signed_by_another_key_is_refused_by_both(
    cli: Cli, world: World, image: str, tmp_path: Path
) -> None:
    world.write(*world.good())
    envelopes = summarize(cli, world, image, tmp_path, "--key", world.attacker_key,
                          "--verifier-id", VERIFIER)  # fmt: skip
    with pytest.raises(AssertionError, match="no verified attestation"):
        decide(world, image, envelopes, tmp_path)  # Kyverno: 0 signatures, payload refused
    registry = Registry(image, envelopes, tmp_path)
    kyverno = with_key(documents()["ImageValidatingPolicy"], Path(f"{world.builder_key}.pub"))
    spec = kyverno["spec"]
    assert not registry.verified(spec["attestations"][0], spec["attestors"])


def test_another_verifier_or_another_image_is_refused(
    cli: Cli, world: World, image: str, tmp_path: Path
) -> None:
    world.write(*world.good())
    other = summarize(cli, world, image, tmp_path, "--key", world.builder_key,
                      "--verifier-id", "https://laptop.example/gate")  # fmt: skip
    assert decide(world, image, other, tmp_path) == (False, False)
    genuine = summarize(cli, world, image, tmp_path, "--key", world.builder_key,
                        "--verifier-id", VERIFIER)  # fmt: skip
    elsewhere = f"{REGISTRY}@sha256:{'1' * 64}"  # the summary is about another digest
    cel, _ = decide(world, elsewhere, genuine, tmp_path)
    assert not cel


def test_build_level_1_is_refused_by_both(
    cli: Cli, world: World, image: str, tmp_path: Path
) -> None:
    from sscli.attest.predicates import PredicateType

    world.policy.write_text(
        world.policy.read_text().replace("  require:", "  allow_development_keys: true\n  require:")
    )
    world.write(
        world.sign(world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance()), world.dev_key),
        world.sign(world.statement(PredicateType.CYCLONEDX, world.sbom), world.dev_key),
        world.sign(world.statement(PredicateType.VULNS_V01, vulns()), world.dev_key),
    )
    envelopes = summarize(cli, world, image, tmp_path, "--key", world.builder_key,
                          "--verifier-id", VERIFIER)  # fmt: skip
    predicate = json.loads(envelopes[0].payload)["predicate"]
    assert predicate["verificationResult"] == "PASSED"
    assert predicate["verifiedLevels"] == ["SLSA_BUILD_LEVEL_1"]
    assert decide(world, image, envelopes, tmp_path) == (False, False)


def test_the_page_names_the_verifier_the_tests_sign_as() -> None:
    text = DOC.read_text()
    assert text.count(VERIFIER) >= 3  # the commands, the CEL and the Rego
    documents()  # both policies parse
