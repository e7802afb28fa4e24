"""A small world for the deploy gate: keys, an artifact, signed attestations, a policy."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from sscli.attest.dsse import Envelope
from sscli.attest.keys import KeyType, generate_key_pair, load_private_key
from sscli.attest.predicates import PredicateType, slsa_provenance, vulns_predicate
from sscli.attest.signing import sign_statement
from sscli.attest.statement import ResourceDescriptor, Statement
from sscli.inventory import load_inventory
from sscli.sbom import create_sbom
from tests.builders import build_wheel, sha256

NOW = datetime.now(tz=UTC).replace(microsecond=0)
BUILDER = "https://sscli.dev/builders/ci"
REPO = "git+https://github.com/example/demo@refs/heads/main"


def iso(when: datetime) -> str:
    return when.isoformat().replace("+00:00", "Z")


def provenance(**changes: Any) -> dict[str, Any]:
    """A provenance predicate that meets the test policy, with `changes` applied."""
    options: dict[str, Any] = {
        "builder": BUILDER,
        "build_type": "https://sscli.dev/build/python-pep517/v1",
        "repo": REPO,
        "ref": "refs/heads/main",
        "dirty": False,
        "sandboxed": True,
        "reproducible": True,
        "finished": NOW - timedelta(hours=1),
        "deps": [
            {
                "name": "flit_core-3.9.0-py3-none-any.whl",
                "uri": "pkg:pypi/flit-core@3.9.0",
                "digest": {"sha256": "a" * 64},
                "annotations": {"source": "vault"},
            }
        ],
    }
    options.update(changes)
    return slsa_provenance(
        build_type=options["build_type"],
        builder_id=options["builder"],
        external_parameters={
            "source": {
                "uri": options["repo"],
                "ref": options["ref"],
                "commit": "b" * 40,
                "dirty": options["dirty"],
            }
        },
        internal_parameters={
            "sandbox": "bubblewrap" if options["sandboxed"] else "none",
            "sandboxed": options["sandboxed"],
        },
        resolved_dependencies=options["deps"],
        invocation_id="x",
        started_on=iso(options["finished"] - timedelta(minutes=1)),
        finished_on=iso(options["finished"]),
        byproducts=[
            {
                "name": "reproducibility",
                "digest": {"sha256": "c" * 64},
                "annotations": {
                    "reproducible": options["reproducible"],
                    "equivalent": options["reproducible"],
                },
            }
        ],
    )


def vulns(finished: datetime = NOW) -> dict[str, Any]:
    return vulns_predicate(
        scanner_uri="https://sscli.dev/scan",
        scanner_version="0.1.0",
        results=[],
        started_on=iso(finished),
        finished_on=iso(finished),
    )


@dataclass
class World:
    root: Path
    artifact: Path
    other: Path
    builder_key: Path
    attacker_key: Path
    dev_key: Path
    second_key: Path
    sbom: dict[str, Any]
    policy: Path

    def statement(
        self, predicate_type: str, predicate: dict[str, Any], subject: Path | None = None
    ) -> Statement:
        target = subject or self.artifact
        return Statement(
            (ResourceDescriptor(name=target.name, digest={"sha256": sha256(target)}),),
            predicate_type,
            predicate,
        )

    def sign(self, statement: Statement, *keys: Path) -> Envelope:
        return sign_statement(
            statement, [load_private_key(k, None) for k in (keys or (self.builder_key,))]
        )

    def sign_raw(self, payload: bytes) -> Envelope:
        from sscli.attest.signing import sign_payload

        return sign_payload(
            payload, "application/vnd.in-toto+json", [load_private_key(self.builder_key, None)]
        )

    def write(self, *envelopes: Envelope, path: Path | None = None) -> Path:
        target = path or self.artifact.with_name(self.artifact.name + ".intoto.jsonl")
        target.write_bytes(b"".join(e.to_json_line() + b"\n" for e in envelopes))
        return target

    def good(self) -> list[Envelope]:
        return [
            self.sign(self.statement(PredicateType.SLSA_PROVENANCE_V1, provenance())),
            self.sign(self.statement(PredicateType.CYCLONEDX, self.sbom)),
            self.sign(self.statement(PredicateType.VULNS_V01, vulns())),
        ]


POLICY = """version: 1
deploy:
  signers:
    - name: ci
      keys: [builder.pem.pub]
      predicates: [provenance, sbom, vulns]
    - name: laptop
      keys: [dev.pem.pub]
      predicates: [provenance, sbom, vulns]
      development: true
    - name: release-board
      keys: [builder.pem.pub, second.pem.pub]
      threshold: 2
      predicates: [ingest]
  require: [provenance, sbom, vulns]
  provenance:
    builder_ids: ["{builder}"]
    build_types: ["https://sscli.dev/build/python-pep517/*"]
    source_repositories: ["git+https://github.com/example/*"]
    source_refs: ["refs/heads/main", "refs/tags/v*"]
    reproducible: identical
    sandboxed: true
    dependencies_from_vault: true
    allow_dirty: false
  max_age: 7d
  subject_names: ["demo-*.whl"]
  vulnerabilities: {{rescan: false}}
  licenses:
    deny: [AGPL-3.0-only]
"""


@pytest.fixture
def world(tmp_path: Path) -> World:
    keys = {}
    for name, kind in (
        ("builder", KeyType.ED25519),
        ("attacker", KeyType.ED25519),
        ("dev", KeyType.ED25519),
        ("second", KeyType.ECDSA_P256),
    ):
        keys[name] = tmp_path / f"{name}.pem"
        generate_key_pair(kind, keys[name])
    artifact = build_wheel(tmp_path, "demo", "1.0", license_expression="MIT")
    other = build_wheel(tmp_path, "demo", "0.9", license_expression="MIT")
    sbom = json.loads(create_sbom(load_inventory(artifact)))
    policy = tmp_path / "deploy.yaml"
    policy.write_text(POLICY.format(builder=BUILDER))
    return World(
        tmp_path,
        artifact,
        other,
        keys["builder"],
        keys["attacker"],
        keys["dev"],
        keys["second"],
        sbom,
        policy,
    )


def ingest_predicate(
    digest: str,
    *,
    name: str = "flit-core",
    filename: str = "flit_core-3.9.0-py3-none-any.whl",
    decision: str = "allow",
    when: datetime | None = None,
) -> dict[str, Any]:
    """A valid ingest record (the predicate `sscli ingest` signs) for the file `digest`."""
    from sscli.attest.predicates import ingest_record

    return ingest_record(
        package={"name": name, "version": "3.9.0", "purl": f"pkg:pypi/{name}@3.9.0"},
        source={"index": "https://pypi.org/simple/"},
        artifact={"filename": filename, "digest": {"sha256": digest}, "size": 1},
        checks=[{"name": "hashes", "result": "pass", "detail": "sha256 matches the lock"}],
        decision=decision,
        reasons=["every check passed"],
        ingested_on=iso(when or NOW - timedelta(hours=2)),
    )


def gate_argv(world: World, *extra: str | Path) -> list[str | Path]:
    """The arguments of `sscli verify artifact` on the world's artifact with its policy."""
    return [
        "verify",
        "artifact",
        world.artifact,
        "--policy",
        world.policy,
        "--format",
        "json",
        *extra,
    ]


def gate(cli: Any, world: World, expect: int | None, *extra: str | Path) -> dict[str, Any]:
    """`sscli verify artifact` on the world's artifact with its policy: the JSON report."""
    result = cli(*gate_argv(world, *extra), expect=expect)
    assert "Traceback" not in result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def failed(report: dict[str, Any]) -> dict[str, str]:
    """rule -> reason of every failed rule of a report."""
    return {r["rule"]: r["reason"] for r in report["rules"] if r["status"] == "fail"}


def statuses(report: dict[str, Any]) -> dict[str, str]:
    return {r["rule"]: r["status"] for r in report["rules"]}
