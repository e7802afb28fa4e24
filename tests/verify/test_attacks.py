"""The deploy gate's adversarial suite: each attack must be denied, for the right reason."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from sscli.attest.dsse import Envelope
from sscli.attest.predicates import PredicateType
from tests.conftest import Cli
from tests.verify.conftest import NOW, World, failed, ingest_predicate, provenance, vulns
from tests.verify.conftest import gate as run


def test_good_artifact_is_allowed(cli: Cli, world: World) -> None:
    world.write(*world.good())
    report = run(cli, world, 0)
    assert report["decision"] == "allow" and not failed(report)
    assert report["format"] == "https://sscli.dev/verify-report/v1"
    markdown = cli(
        "verify", "artifact", world.artifact, "--policy", world.policy, "--format", "markdown"
    ).stdout
    assert "allowed" in markdown and "| provenance | ✅ pass |" in markdown


def _swap_payload(envelope: Envelope, payload: bytes) -> Envelope:
    return Envelope(payload, envelope.payload_type, envelope.signatures)


def _provenance(world: World, **changes: object) -> Envelope:
    return world.sign(world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance(**changes)))


def _replace_provenance(world: World, envelope: Envelope) -> None:
    good = world.good()
    world.write(envelope, good[1], good[2])


def _md5_only(w: World) -> None:
    import hashlib

    from sscli.attest.statement import ResourceDescriptor, Statement

    digest = hashlib.md5(w.artifact.read_bytes()).hexdigest()
    statement = Statement(
        (ResourceDescriptor(name=w.artifact.name, digest={"md5": digest}),),
        PredicateType.SLSA_PROVENANCE_V1,
        provenance(),
    )
    good = w.good()
    w.write(w.sign(statement), good[1], good[2])


ATTACKS: dict[str, tuple[Callable[[World], None], str, str]] = {
    "subject named only by a weak digest (md5)": (_md5_only, "required", "provenance"),
    "SBOM predicate that is not CycloneDX": (
        lambda w: w.write(
            w.good()[0],
            w.sign(w.statement(PredicateType.CYCLONEDX, {"bomFormat": "SPDX"})),
            w.good()[2],
        ),
        "required",
        "sbom",
    ),
    "provenance predicate missing its builder": (
        lambda w: w.write(
            w.sign(
                w.statement(
                    PredicateType.SLSA_PROVENANCE_V1,
                    {
                        "buildDefinition": {
                            "buildType": "https://x.example/t",
                            "externalParameters": {},
                        },
                        "runDetails": {},
                    },
                )
            ),
            *w.good()[1:],
        ),
        "required",
        "provenance",
    ),
    "no attestations at all": (lambda w: None, "attestations", "no attestations found"),
    "artifact swapped after signing": (
        lambda w: (w.write(*w.good()), w.artifact.write_bytes(w.other.read_bytes())),
        "signatures",
        "for another artifact",
    ),
    "attestation of another artifact replayed": (
        lambda w: w.write(
            *[
                w.sign(w.statement(s.predicate_type, dict(s.predicate), w.other))
                for s in [w.statement(PredicateType.SLSA_PROVENANCE_V1, provenance())]
            ]
        ),
        "signatures",
        "for another artifact",
    ),
    "signed by an untrusted key": (
        lambda w: w.write(
            *[w.sign(w.statement(PredicateType.SLSA_PROVENANCE_V1, provenance()), w.attacker_key)]
        ),
        "signatures",
        "does not verify",
    ),
    "valid signature on a modified payload": (
        lambda w: w.write(
            _swap_payload(
                w.good()[0], w.good()[0].payload.replace(b"refs/heads/main", b"refs/heads/evil")
            ),
            *w.good()[1:],
        ),
        "signatures",
        "does not verify",
    ),
    "unsigned envelope": (
        lambda w: w.write(Envelope(w.good()[0].payload, "application/vnd.in-toto+json", ())),
        "signatures",
        "no signatures",
    ),
    "payload type swapped": (
        lambda w: w.write(
            Envelope(w.good()[0].payload, "application/json", w.good()[0].signatures)
        ),
        "signatures",
        "payloadType",
    ),
    "predicate type confusion (ingest signer posing as build)": (
        lambda w: w.write(
            w.sign(
                w.statement(PredicateType.SSCLI_INGEST_V1, {"x": 1}), w.builder_key, w.second_key
            )
        ),
        "required",
        "missing trusted attestation",
    ),
    "provenance from a wrong builder": (
        lambda w: _replace_provenance(w, _provenance(w, builder="https://evil.example/builder")),
        "provenance",
        "builder",
    ),
    "provenance from a wrong repository": (
        lambda w: _replace_provenance(
            w, _provenance(w, repo="git+https://github.com/evil/demo@refs/heads/main")
        ),
        "provenance",
        "not an allowed repository",
    ),
    "provenance from a wrong ref": (
        lambda w: _replace_provenance(w, _provenance(w, ref="refs/heads/feature")),
        "provenance",
        "not an allowed ref",
    ),
    "wrong build type": (
        lambda w: _replace_provenance(w, _provenance(w, build_type="https://evil.example/make")),
        "provenance",
        "build type",
    ),
    "build marked unreproducible": (
        lambda w: _replace_provenance(w, _provenance(w, reproducible=False)),
        "provenance",
        "not reproducible",
    ),
    "build not sandboxed": (
        lambda w: _replace_provenance(w, _provenance(w, sandboxed=False)),
        "provenance",
        "not built in a sandbox",
    ),
    "dirty working tree": (
        lambda w: _replace_provenance(w, _provenance(w, dirty=True)),
        "provenance",
        "uncommitted",
    ),
    "dependency not from the vault": (
        lambda w: _replace_provenance(
            w, _provenance(w, deps=[{"name": "evil.whl", "digest": {"sha256": "d" * 64}}])
        ),
        "provenance",
        "not from the vault",
    ),
    "missing SBOM": (lambda w: w.write(w.good()[0], w.good()[2]), "required", "sbom"),
    "missing provenance": (lambda w: w.write(*w.good()[1:]), "required", "provenance"),
    "expired attestation": (
        lambda w: _replace_provenance(w, _provenance(w, finished=NOW - timedelta(days=30))),
        "freshness",
        "older than",
    ),
    "attestation from the future": (
        lambda w: _replace_provenance(w, _provenance(w, finished=NOW + timedelta(days=30))),
        "freshness",
        "future",
    ),
    "stale vulns scan (rollback with old attestations)": (
        lambda w: w.write(
            *w.good()[:2],
            w.sign(w.statement(PredicateType.VULNS_V01, vulns(NOW - timedelta(days=60)))),
        ),
        "freshness",
        "vulns",
    ),
    "threshold not met: one key signed twice": (
        lambda w: w.write(*w.good(), _doubled(w)),
        "dependencies",
        "no trusted ingest record for: flit_core-3.9.0-py3-none-any.whl",
    ),
    "development key": (
        lambda w: w.write(*[w.sign(e_statement, w.dev_key) for e_statement in _good_statements(w)]),
        "development_keys",
        "development key",
    ),
    "malformed JSON line": (
        lambda w: w.artifact.with_name(w.artifact.name + ".intoto.jsonl").write_text(
            '{"payloadType": "x", "payload": \n'
        ),
        "attestations",
        "malformed",
    ),
    "truncated envelope line": (
        lambda w: w.artifact.with_name(w.artifact.name + ".intoto.jsonl").write_bytes(
            w.good()[0].to_json_line()[:-20] + b"\n"
        ),
        "attestations",
        "malformed",
    ),
    "payload not base64": (
        lambda w: w.artifact.with_name(w.artifact.name + ".intoto.jsonl").write_text(
            json.dumps(
                {"payloadType": "application/vnd.in-toto+json", "payload": "!!!", "signatures": []}
            )
            + "\n"
        ),
        "attestations",
        "malformed",
    ),
    "statement is not JSON": (lambda w: w.write(w.sign_raw(b"not json")), "signatures", ""),
    "unexpected subject name": (
        lambda w: (
            w.artifact.rename(w.artifact.with_name("evil-1.0-py3-none-any.whl")),
            setattr(w, "artifact", w.artifact.with_name("evil-1.0-py3-none-any.whl")),
            w.write(*w.good()),
        ),
        "subject",
        "not among the expected names",
    ),
    "denied license in the SBOM": (
        lambda w: (
            w.sbom.setdefault("components", []).append(
                {
                    "type": "library",
                    "name": "copyleft",
                    "version": "1",
                    "licenses": [{"expression": "AGPL-3.0-only"}],
                }
            ),
            w.write(*w.good()),
        ),
        "licenses",
        "copyleft: AGPL-3.0-only",
    ),
}


def _good_statements(w: World) -> list:  # type: ignore[type-arg]
    return [
        w.statement(PredicateType.SLSA_PROVENANCE_V1, provenance()),
        w.statement(PredicateType.CYCLONEDX, w.sbom),
        w.statement(PredicateType.VULNS_V01, vulns()),
    ]


def _doubled(w: World) -> Envelope:
    """An ingest statement the release board (threshold 2) must sign: one key, signed twice."""
    w.policy.write_text(
        w.policy.read_text().replace(
            "require: [provenance, sbom, vulns]", "require: [provenance, sbom, vulns, ingest]"
        )
    )
    from sscli.attest.statement import ResourceDescriptor, Statement

    dependency = ResourceDescriptor(
        name="flit_core-3.9.0-py3-none-any.whl", digest={"sha256": "a" * 64}
    )
    single = w.sign(
        Statement((dependency,), PredicateType.SSCLI_INGEST_V1, ingest_predicate("a" * 64)),
        w.builder_key,
    )
    return Envelope(single.payload, single.payload_type, single.signatures * 2)


def test_dependencies_with_trusted_ingest_records_pass(cli: Cli, world: World) -> None:
    """The same record, signed by both keys of the release board, vouches for the dependency."""
    from sscli.attest.statement import ResourceDescriptor, Statement

    world.policy.write_text(
        world.policy.read_text().replace(
            "require: [provenance, sbom, vulns]", "require: [provenance, sbom, vulns, ingest]"
        )
    )
    dependency = ResourceDescriptor(
        name="flit_core-3.9.0-py3-none-any.whl", digest={"sha256": "a" * 64}
    )
    record = world.sign(
        Statement((dependency,), PredicateType.SSCLI_INGEST_V1, ingest_predicate("a" * 64)),
        world.builder_key,
        world.second_key,
    )
    records = world.root / "vault-attestations.intoto.jsonl"
    world.write(record, path=records)
    world.write(*world.good())
    report = run(cli, world, 0, "--attestations", records)
    assert any(r["rule"] == "dependencies" and r["status"] == "pass" for r in report["rules"])


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_attack_is_denied_for_the_right_reason(
    cli: Cli, world: World, attack: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup, rule, reason = ATTACKS[attack]
    setup(world)
    report = run(cli, world, 1)
    assert report["decision"] == "deny"
    reasons = failed(report)
    assert rule in reasons, reasons
    assert reason in reasons[rule], reasons[rule]


def test_policy_exception_past_its_expiry_no_longer_waives(cli: Cli, world: World) -> None:
    _replace_provenance(world, _provenance(world, sandboxed=False))
    base = world.policy.read_text()
    waiver = '  exceptions:\n    - rule: provenance\n      reason: "legacy builder, tracked in OPS-1"\n      expires: {}\n'
    world.policy.write_text(base + waiver.format("2999-01-01"))
    report = run(cli, world, 0)
    assert any(r["status"] == "waived" and r["rule"] == "provenance" for r in report["rules"])
    world.policy.write_text(base + waiver.format("2020-01-01"))
    assert "expired on 2020-01-01" in failed(run(cli, world, 1))["provenance"]


def test_a_policy_without_deploy_section_is_bad_input(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    policy = tmp_path / "ingest-only.yaml"
    policy.write_text("version: 1\n")
    world.write(*world.good())
    assert (
        "no deploy: section"
        in cli("verify", "artifact", world.artifact, "--policy", policy, expect=2).stderr
    )


def test_attestations_given_elsewhere(cli: Cli, world: World, tmp_path: Path) -> None:
    elsewhere = tmp_path / "attestations"
    elsewhere.mkdir()
    world.write(*world.good(), path=elsewhere / "bundle.intoto.jsonl")
    run(cli, world, 1)
    assert run(cli, world, 0, "--attestations", elsewhere)["decision"] == "allow"


def test_rescan_stops_a_flaw_published_after_the_build(
    cli: Cli, world: World, snapshot_db: Path, tmp_path: Path
) -> None:
    """The SBOM was clean when attested; today's database knows PYSEC-2018-28 for requests (its
    severity is unrated, so only `fail_on: any` blocks on it)."""
    from sscli.inventory import load_inventory
    from sscli.sbom import create_sbom

    lock = tmp_path / "requirements.txt"
    lock.write_text("requests==2.19.1\nidna==2.7\n")
    world.sbom = json.loads(create_sbom(load_inventory(lock)))
    world.write(*world.good())
    world.policy.write_text(
        world.policy.read_text().replace(
            "vulnerabilities: {rescan: false}", "vulnerabilities: {rescan: true, fail_on: any}"
        )
    )
    report = run(cli, world, 1, "--db", snapshot_db)
    assert "PYSEC-2018-28" in failed(report)["vulnerabilities"]
    world.policy.write_text(world.policy.read_text().replace("fail_on: any", "fail_on: none"))
    assert run(cli, world, 0, "--db", snapshot_db)["decision"] == "allow"
    world.policy.write_text(world.policy.read_text().replace("fail_on: none", "fail_on: any"))
    assert (
        "no vulnerability database"
        in failed(run(cli, world, 1, "--db", tmp_path / "none.sqlite"))["vulnerabilities"]
    )
