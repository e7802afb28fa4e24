"""`sscli verify artifact A B ...` in one call: the policy is parsed, its keys loaded and the
vulnerability database opened once for the batch, and each artifact gets the decision it gets
alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sscli.attest.predicates import PredicateType
from tests.conftest import Cli
from tests.verify.conftest import World, provenance, vulns


def _attest(world: World, artifact: Path) -> None:
    world.write(
        *(
            world.sign(world.statement(kind, predicate, subject=artifact))
            for kind, predicate in (
                (PredicateType.SLSA_PROVENANCE_V1, provenance()),
                (PredicateType.CYCLONEDX, world.sbom),
                (PredicateType.VULNS_V01, vulns()),
            )
        ),
        path=artifact.with_name(artifact.name + ".intoto.jsonl"),
    )


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[Any]:
    calls: list[Any] = []
    original = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_batch_loads_policy_keys_and_database_once(
    cli: Cli, world: World, snapshot_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sscli.attest.signing
    import sscli.policy
    import sscli.vulndb.store

    world.policy.write_text(
        world.policy.read_text().replace("{rescan: false}", "{rescan: true, fail_on: none}")
    )
    for artifact in (world.artifact, world.other):
        _attest(world, artifact)
    alone = [
        json.loads(
            cli(
                "verify", "artifact", a, "--policy", world.policy, "--db", snapshot_db,
                "--format", "json",
            ).stdout
        )
        for a in (world.artifact, world.other)
    ]  # fmt: skip
    policies = _counting(monkeypatch, sscli.policy, "load_policy")
    keys = _counting(monkeypatch, sscli.attest.signing, "load_trusted_key")
    databases = _counting(monkeypatch, sscli.vulndb.store.VulnDb, "__init__")
    batch = cli(
        "verify", "artifact", world.artifact, world.other, "--policy", world.policy,
        "--db", snapshot_db, "--format", "json",
    )  # fmt: skip
    decisions = json.loads(batch.stdout)["decisions"]
    assert [d["decision"] for d in decisions] == ["allow", "allow"]
    assert decisions == alone
    assert len(policies) == 1
    assert len(databases) == 1
    # the policy's three key files (builder.pem.pub listed by two signers), each read once,
    # not once per artifact or per signer listing it
    assert sorted(k[0].name for k in keys) == ["builder.pem.pub", "dev.pem.pub", "second.pem.pub"]
