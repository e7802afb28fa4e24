"""Regression tests for what issue 13's review left open: waivers that reached rules about who
signed, development keys that `attest verify` passed silently, a subject's second digest left
unchecked, and re-scans that matched packages from a VCS by name."""

from __future__ import annotations

import pytest

from sscli.attest.predicates import PredicateType
from tests.conftest import Cli
from tests.verify.conftest import World, failed, gate, provenance, statuses

WAIVER = '  exceptions:\n    - rule: {rule}\n      reason: "tracked in OPS-9, fixed soon"\n      expires: 2999-01-01\n'


@pytest.mark.parametrize(
    "rule",
    ["attestations", "signatures", "development_keys", "required", "dependencies", "freshness", "subject"],
)  # fmt: skip
def test_an_exception_cannot_name_a_rule_about_evidence_or_signers(
    cli: Cli, world: World, rule: str
) -> None:
    world.policy.write_text(world.policy.read_text() + WAIVER.format(rule=rule))
    world.write(*world.good())
    result = cli("verify", "artifact", world.artifact, "--policy", world.policy, expect=2)
    assert "exceptions" in result.stderr and "Traceback" not in result.stderr
    assert "exceptions" in cli("policy", "check", world.policy, expect=2).stderr


def test_a_provenance_waiver_never_covers_the_builder(cli: Cli, world: World) -> None:
    """A waiver for the provenance rule (an unsandboxed legacy build) must not also let a
    provenance from an untrusted builder through."""
    good = world.good()
    evil = world.sign(
        world.statement(
            PredicateType.SLSA_PROVENANCE_V1, provenance(builder="https://evil.example/builder")
        )
    )
    world.policy.write_text(world.policy.read_text() + WAIVER.format(rule="provenance"))
    world.write(evil, good[1], good[2])
    reason = failed(gate(cli, world, 1))["provenance"]
    assert "evil.example" in reason and "not waived" in reason
    # the same waiver still covers a build property
    unsandboxed = world.sign(
        world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance(sandboxed=False))
    )
    world.write(unsandboxed, good[1], good[2])
    assert statuses(gate(cli, world, 0))["provenance"] == "waived"


def test_a_license_waiver_never_covers_a_missing_sbom(cli: Cli, world: World) -> None:
    good = world.good()
    world.policy.write_text(world.policy.read_text() + WAIVER.format(rule="licenses"))
    world.write(good[0], good[2])
    assert "no trusted SBOM" in failed(gate(cli, world, 1))["licenses"]
