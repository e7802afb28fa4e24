"""The gate's kept policy (the JSON copy of a policy validated before, in the state directory)
cannot speak for a policy file: a copy edited in the cache directory, by anyone without the
state directory's key, is ignored and the file parsed and validated again."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli
from tests.verify.conftest import World, failed, gate, provenance, vulns


def _kept(cli: Cli) -> Path:
    (kept,) = (cli.state_dir / "cache" / "policies").iterdir()
    return kept


def test_a_forged_kept_policy_does_not_trust_the_attackers_key(cli: Cli, world: World) -> None:
    from sscli.attest.predicates import PredicateType

    signed = [
        world.sign(world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance()), key)
        for key in (world.attacker_key,)
    ] + [
        world.sign(world.statement(PredicateType.CYCLONEDX, world.sbom), world.attacker_key),
        world.sign(world.statement(PredicateType.VULNS_V01, vulns()), world.attacker_key),
    ]
    world.write(*signed)
    assert gate(cli, world, 1)["decision"] == "deny"  # the policy is kept now
    kept = _kept(cli)
    text = kept.read_text()
    document = json.loads(text[text.index("{") :])
    document["deploy"]["signers"][0]["keys"] = ["attacker.pem.pub"]  # the ci signer: the attacker
    for forged in (json.dumps(document), text[: text.index("{")] + json.dumps(document)):
        kept.write_text(forged + "\n")
        report = gate(cli, world, 1)
        assert report["decision"] == "deny" and failed(report)


def test_a_kept_policy_of_the_wrong_shape_is_no_traceback(cli: Cli, world: World) -> None:
    world.write(*world.good())
    assert gate(cli, world, 0)["decision"] == "allow"
    kept = _kept(cli)
    for forged in ('{"version": 1}', '{"version": 1, "deploy": {"max_age": 7}}'):
        kept.write_text(forged + "\n")
        assert gate(cli, world, 0)["decision"] == "allow"
