"""Deploy-gate defects an independent review found."""

from __future__ import annotations

import json
from datetime import timedelta

from sscli.attest.predicates import PredicateType
from tests.conftest import Cli
from tests.verify.conftest import NOW, World, provenance


def test_gate_checks_nested_components_and_every_license(world: World, cli: Cli) -> None:
    world.sbom.setdefault("components", []).append(
        {
            "type": "application",
            "name": "app",
            "version": "1",
            "licenses": [{"license": {"id": "MIT"}}],
            "components": [
                {
                    "type": "library",
                    "name": "inner",
                    "version": "1",
                    "licenses": [{"license": {"id": "MIT"}}, {"license": {"id": "AGPL-3.0-only"}}],
                }
            ],
        }
    )
    world.write(*world.good())
    result = cli(
        "verify", "artifact", world.artifact, "--policy", world.policy, "--format", "json", expect=1
    )
    rules = {r["rule"]: r for r in json.loads(result.stdout)["rules"]}
    assert rules["licenses"]["status"] == "fail" and "inner" in rules["licenses"]["reason"]


def test_future_dated_attestations_fail_freshness(world: World, cli: Cli) -> None:
    good = world.good()
    future = world.sign(
        world.statement(
            PredicateType.SLSA_PROVENANCE_V1, provenance(finished=NOW + timedelta(days=3))
        )
    )
    world.write(future, good[1], good[2])
    result = cli(
        "verify", "artifact", world.artifact, "--policy", world.policy, "--format", "json", expect=1
    )
    assert any(
        r["rule"] == "freshness" and "future" in r["reason"]
        for r in json.loads(result.stdout)["rules"]
    )
