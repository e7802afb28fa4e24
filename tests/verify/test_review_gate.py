"""The deploy gate against the independent review's attacks (issue 13): each test signs real
statements with real keys, arranges what an attacker controls (the artifact's bytes and name, the
unsigned `.intoto.jsonl` container, files beside the artifact), and checks that the gate denies
for the right reason. Every one of them allowed the attack before its fix."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from sscli.attest.dsse import Envelope
from sscli.attest.keys import DEVELOPMENT_LABEL, KeyType, generate_key_pair
from sscli.attest.predicates import PredicateType
from sscli.attest.statement import ResourceDescriptor, Statement
from tests.builders import sha256
from tests.conftest import Cli
from tests.verify.conftest import (
    NOW,
    World,
    failed,
    gate,
    ingest_predicate,
    iso,
    provenance,
    statuses,
    vulns,
)

DEPENDENCY = "a" * 64  # the flit_core wheel the test provenance lists


def _require_ingest(world: World) -> None:
    world.policy.write_text(
        world.policy.read_text().replace(
            "require: [provenance, sbom, vulns]", "require: [provenance, sbom, vulns, ingest]"
        )
    )


def _ingest_record(world: World, predicate: dict[str, Any], *keys: Path) -> Envelope:
    subject = ResourceDescriptor(
        name="flit_core-3.9.0-py3-none-any.whl", digest={"sha256": DEPENDENCY}
    )
    statement = Statement((subject,), PredicateType.SSCLI_INGEST_V1, predicate)
    return world.sign(statement, *(keys or (world.builder_key, world.second_key)))


def _with_records(world: World, *records: Envelope) -> Path:
    path = world.root / "vault-records.intoto.jsonl"
    world.write(*records, path=path)
    return path


# --- 1. the artifact is read once: what is reported is what was checked -----------------------


def test_a_file_swapped_after_the_first_read_is_denied(
    cli: Cli, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deployer's path holds a trojan when the gate first reads it, then the genuine wheel:
    a gate that re-reads the path for its subject checks allows, reporting the trojan's digest
    (which an admission controller then trusts)."""
    from sscli import fsutil

    world.write(*world.good())
    genuine = world.artifact.read_bytes()
    trojan = world.other.read_bytes()
    world.artifact.write_bytes(trojan)
    real_open = fsutil.open_regular
    swapped = []

    def open_then_swap(path: Path) -> Any:
        handle = real_open(path)
        if Path(path) == world.artifact and not swapped:
            swapped.append(path)
            replacement = world.root / "genuine.tmp"
            replacement.write_bytes(genuine)
            os.replace(replacement, world.artifact)  # this open keeps reading the trojan
        return handle

    monkeypatch.setattr(fsutil, "open_regular", open_then_swap)
    report = gate(cli, world, None)
    assert swapped
    trojan_digest = __import__("hashlib").sha256(trojan).hexdigest()
    assert not (report["decision"] == "allow" and report["sha256"] == trojan_digest)
    assert report["decision"] == "deny" and report["sha256"] == trojan_digest
    assert "for another artifact" in failed(report)["signatures"]


# --- 2. every trusted SBOM counts ---------------------------------------------------------------


def _copyleft_sbom(world: World) -> dict[str, Any]:
    sbom = dict(world.sbom)
    sbom["components"] = [
        *world.sbom.get("components", []),
        {
            "type": "library",
            "name": "copyleft",
            "version": "1",
            "licenses": [{"expression": "AGPL-3.0-only"}],
        },
    ]
    return sbom


@pytest.mark.parametrize("order", ["clean-first", "copyleft-first"])
def test_every_trusted_sbom_is_license_checked(cli: Cli, world: World, order: str) -> None:
    clean, copyleft = (
        world.good()[1],
        world.sign(world.statement(PredicateType.CYCLONEDX, _copyleft_sbom(world))),
    )
    sboms = [clean, copyleft] if order == "clean-first" else [copyleft, clean]
    world.write(world.good()[0], *sboms, world.good()[2])
    assert "copyleft: AGPL-3.0-only" in failed(gate(cli, world, 1))["licenses"]


def test_every_trusted_sbom_is_rescanned(
    cli: Cli, world: World, snapshot_db: Path, tmp_path: Path
) -> None:
    from sscli.inventory import load_inventory
    from sscli.sbom import create_sbom

    lock = tmp_path / "requirements.txt"
    lock.write_text("requests==2.19.1\nidna==2.7\n")
    vulnerable = __import__("json").loads(create_sbom(load_inventory(lock)))
    good = world.good()
    world.write(
        good[0], good[1], world.sign(world.statement(PredicateType.CYCLONEDX, vulnerable)), good[2]
    )
    world.policy.write_text(
        world.policy.read_text().replace(
            "vulnerabilities: {rescan: false}", "vulnerabilities: {rescan: true, fail_on: any}"
        )
    )
    assert "PYSEC-2018-28" in failed(gate(cli, world, 1, "--db", snapshot_db))["vulnerabilities"]


# --- 3. the trusted vulns attestation is read ---------------------------------------------------


def _critical_scan(package: str | None = "pkg:pypi/demo-dep@1.0") -> dict[str, Any]:
    predicate = vulns()
    result: dict[str, Any] = {
        "id": "GHSA-aaaa-bbbb-cccc",
        "severity": [
            {"method": "CVSSv31", "score": "9.8"},
            {"method": "sscli-level", "score": "critical"},
        ],
    }
    if package:
        result["annotations"] = [{"package": package}, {"aliases": ["CVE-2099-0001"]}]
    predicate["scanner"]["result"] = [result]
    return predicate


def test_a_trusted_scan_reporting_a_critical_finding_denies(cli: Cli, world: World) -> None:
    good = world.good()
    world.write(
        good[0], good[1], world.sign(world.statement(PredicateType.VULNS_V01, _critical_scan()))
    )
    reason = failed(gate(cli, world, 1))["vulnerabilities"]
    assert "GHSA-aaaa-bbbb-cccc" in reason and "critical" in reason


def test_a_critical_finding_below_fail_on_none_or_covered_by_vex_passes(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    import json

    good = world.good()
    world.write(
        good[0], good[1], world.sign(world.statement(PredicateType.VULNS_V01, _critical_scan()))
    )
    vex = tmp_path / "vex.openvex.json"
    vex.write_text(
        json.dumps(
            {
                "@context": "https://openvex.dev/ns/v0.2.0",
                "@id": "https://example.org/vex/1",
                "author": "security@example.org",
                "timestamp": iso(NOW - timedelta(days=1)),
                "version": 1,
                "statements": [
                    {
                        "vulnerability": {"name": "CVE-2099-0001"},
                        "products": [{"@id": "pkg:pypi/demo-dep@1.0"}],
                        "status": "not_affected",
                        "justification": "vulnerable_code_not_in_execute_path",
                    }
                ],
            }
        )
    )
    base = world.policy.read_text()
    world.policy.write_text(
        base.replace(
            "vulnerabilities: {rescan: false}", f"vulnerabilities: {{rescan: false, vex: [{vex}]}}"
        )
    )
    assert statuses(gate(cli, world, 0))["vulnerabilities"] == "pass"
    world.policy.write_text(
        base.replace(
            "vulnerabilities: {rescan: false}", "vulnerabilities: {rescan: false, fail_on: none}"
        )
    )
    assert statuses(gate(cli, world, 0))["vulnerabilities"] == "pass"


def test_a_critical_finding_without_a_package_is_not_covered_by_vex(cli: Cli, world: World) -> None:
    good = world.good()
    world.write(
        good[0], good[1], world.sign(world.statement(PredicateType.VULNS_V01, _critical_scan(None)))
    )
    assert "GHSA-aaaa-bbbb-cccc" in failed(gate(cli, world, 1))["vulnerabilities"]


# --- 4. name rules match the attested name, not the file name -----------------------------------


def _attested_as(world: World, name: str) -> list[Envelope]:
    statements = [
        (PredicateType.SLSA_PROVENANCE_V1, provenance()),
        (PredicateType.CYCLONEDX, world.sbom),
        (PredicateType.VULNS_V01, vulns()),
    ]
    subject = (ResourceDescriptor(name=name, digest={"sha256": sha256(world.artifact)}),)
    return [world.sign(Statement(subject, t, p)) for t, p in statements]


def test_a_renamed_artifact_is_judged_by_its_attested_name(cli: Cli, world: World) -> None:
    # attested as evil-1.0 (which the policy's subject_names refuse), deployed as demo-1.0
    world.write(*_attested_as(world, "evil-1.0-py3-none-any.whl"))
    reason = failed(gate(cli, world, 1))["subject"]
    assert "evil-1.0-py3-none-any.whl" in reason


def test_a_waiver_applies_to_the_attested_name_only(cli: Cli, world: World) -> None:
    unsandboxed = world.sign(
        Statement(
            (
                ResourceDescriptor(
                    name="other-1.0-py3-none-any.whl", digest={"sha256": sha256(world.artifact)}
                ),
            ),
            PredicateType.SLSA_PROVENANCE_V1,
            provenance(sandboxed=False),
        )
    )
    good = world.good()
    world.write(unsandboxed, good[1], good[2])
    world.policy.write_text(
        world.policy.read_text().replace(
            'subject_names: ["demo-*.whl"]', 'subject_names: ["*.whl"]'
        )
        + '  exceptions:\n    - rule: provenance\n      subject: "demo-*.whl"\n'
        '      reason: "the demo builder is not sandboxed yet (OPS-7)"\n      expires: 2999-01-01\n'
    )
    report = gate(cli, world, 1)
    assert (
        statuses(report)["provenance"] == "fail"
    )  # the file is named demo-1.0, its provenance not


def test_the_report_names_the_attested_subject(cli: Cli, world: World) -> None:
    world.write(*world.good())
    report = gate(cli, world, 0)
    assert report["subjects"] == [world.artifact.name]


# --- 6. development keys --------------------------------------------------------------------------


def test_a_trusted_key_file_labelled_development_is_a_development_key(
    cli: Cli, world: World
) -> None:
    """The private key is unlabelled, so nothing it signs carries the label; the trusted public
    key file the policy names says it is a development key."""
    public = world.builder_key.with_name(world.builder_key.name + ".pub")
    public.write_text(f"{DEVELOPMENT_LABEL}\n{public.read_text()}")
    world.write(*world.good())
    assert "ci" in failed(gate(cli, world, 1))["development_keys"]


def test_ingest_records_of_a_development_signer_do_not_vouch(cli: Cli, world: World) -> None:
    _require_ingest(world)
    world.policy.write_text(
        world.policy.read_text().replace(
            "predicates: [provenance, sbom, vulns]\n      development: true",
            "predicates: [provenance, sbom, vulns, ingest]\n      development: true",
        )
    )
    records = _with_records(
        world, _ingest_record(world, ingest_predicate(DEPENDENCY), world.dev_key)
    )
    world.write(*world.good())
    report = gate(cli, world, 1, "--attestations", records)
    assert "laptop" in failed(report)["development_keys"]


# --- 7. ingest records are validated ------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicate", "reason"),
    [
        (ingest_predicate(DEPENDENCY, decision="deny"), "deny"),
        (ingest_predicate(DEPENDENCY, when=datetime(2001, 1, 1).astimezone()), "older than"),
        (ingest_predicate(DEPENDENCY, when=datetime(2099, 1, 1).astimezone()), "future"),
        ({}, "malformed"),
    ],
    ids=["decision-deny", "dated-2001", "dated-2099", "empty-predicate"],
)
def test_an_invalid_ingest_record_does_not_vouch(
    cli: Cli, world: World, predicate: dict[str, Any], reason: str
) -> None:
    _require_ingest(world)
    records = _with_records(world, _ingest_record(world, predicate))
    world.write(*world.good())
    assert reason in failed(gate(cli, world, 1, "--attestations", records))["dependencies"]


def test_a_valid_ingest_record_vouches(cli: Cli, world: World) -> None:
    _require_ingest(world)
    records = _with_records(world, _ingest_record(world, ingest_predicate(DEPENDENCY)))
    world.write(*world.good())
    assert statuses(gate(cli, world, 0, "--attestations", records))["dependencies"] == "pass"


def test_an_ingest_record_about_another_file_does_not_vouch(cli: Cli, world: World) -> None:
    _require_ingest(world)
    records = _with_records(world, _ingest_record(world, ingest_predicate("e" * 64)))
    world.write(*world.good())
    assert "flit_core" in failed(gate(cli, world, 1, "--attestations", records))["dependencies"]


# --- 8. dependency digests the gate cannot match fail closed -------------------------------------


@pytest.mark.parametrize(
    "digest",
    [{"sha512": "f" * 128}, {"sha256": "d" * 64, "gitCommit": "b" * 40}],
    ids=["sha512-only", "sha256-and-gitCommit"],
)
def test_a_dependency_the_vault_cannot_match_fails_closed(
    cli: Cli, world: World, digest: dict[str, str]
) -> None:
    _require_ingest(world)
    deps = [
        {
            "name": "flit_core-3.9.0-py3-none-any.whl",
            "digest": {"sha256": DEPENDENCY},
            "annotations": {"source": "vault"},
        },
        {
            "name": "smuggled-1.0-py3-none-any.whl",
            "digest": digest,
            "annotations": {"source": "vault"},
        },
    ]
    good = world.good()
    world.write(
        world.sign(world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance(deps=deps))),
        good[1],
        good[2],
    )
    records = _with_records(world, _ingest_record(world, ingest_predicate(DEPENDENCY)))
    assert "smuggled" in failed(gate(cli, world, 1, "--attestations", records))["dependencies"]


# --- 9. licenses are normalized before matching ---------------------------------------------------


@pytest.mark.parametrize(
    "expression",
    [
        "AGPL-3.0-only+",
        "agpl-3.0-only",
        "AGPL-3.0-or-later",
        "AGPL-3.0+",
        "MIT AND AGPL-3.0-only WITH Classpath-exception-2.0",
        "SSPL-1.0+",
    ],
)
def test_denied_licenses_match_in_any_spelling(cli: Cli, world: World, expression: str) -> None:
    world.policy.write_text(
        world.policy.read_text().replace("deny: [AGPL-3.0-only]", "deny: [AGPL-3.0-only, SSPL-1.0]")
    )
    world.sbom.setdefault("components", []).append(
        {
            "type": "library",
            "name": "copyleft",
            "version": "1",
            "licenses": [{"expression": expression}],
        }
    )
    world.write(*world.good())
    assert "copyleft" in failed(gate(cli, world, 1))["licenses"]


def test_an_unparseable_license_expression_is_not_allowed(cli: Cli, world: World) -> None:
    world.sbom.setdefault("components", []).append(
        {
            "type": "library",
            "name": "garbled",
            "version": "1",
            "licenses": [{"expression": "MIT OR ("}],
        }
    )
    world.write(*world.good())
    assert "garbled" in failed(gate(cli, world, 1))["licenses"]


@pytest.mark.parametrize(
    "expression",
    [
        "AGPL-3.0-only+",
        "agpl-3.0-only",
        "SSPL-1.0+",
        "GPL-2.0-only WITH Classpath-exception-2.0 OR AGPL-3.0+",
    ],
)
def test_ingest_normalizes_licenses_too(expression: str) -> None:
    from sscli.ingest.trust import check_license
    from sscli.policy.model import IngestPolicy

    policy = IngestPolicy(licenses_deny=frozenset({"AGPL-3.0-only", "SSPL-1.0", "GPL-2.0-only"}))
    assert check_license(expression, (), policy).status == "fail"
    allow_mit = IngestPolicy(licenses_allow=frozenset({"MIT"}))
    assert check_license("mit", (), allow_mit).status == "pass"
    assert check_license("MIT OR (", (), allow_mit).status == "fail"


# --- wrong reason: an unreachable threshold is a policy error -------------------------------------


def test_a_threshold_no_trusted_keys_can_reach_is_a_policy_error(cli: Cli, world: World) -> None:
    copy = world.root / "builder-copy.pub"
    copy.write_bytes(world.builder_key.with_name("builder.pem.pub").read_bytes())
    world.policy.write_text(
        world.policy.read_text().replace(
            "keys: [builder.pem.pub, second.pem.pub]", "keys: [builder.pem.pub, builder-copy.pub]"
        )
    )
    world.write(*world.good())
    result = cli("verify", "artifact", world.artifact, "--policy", world.policy, expect=2)
    assert "release-board" in result.stderr and "distinct" in result.stderr
    assert "Traceback" not in result.stderr


def test_attest_verify_refuses_an_unreachable_threshold(cli: Cli, world: World) -> None:
    public = world.builder_key.with_name("builder.pem.pub")
    copy = world.root / "builder-copy.pub"
    copy.write_bytes(public.read_bytes())
    attestations = world.write(*world.good())
    result = cli(
        "attest",
        "verify",
        attestations,
        "--key",
        public,
        "--key",
        copy,
        "--threshold",
        "2",
        expect=2,
    )
    assert "distinct" in result.stderr


def test_a_signature_below_its_signer_threshold_is_not_called_tampering(
    cli: Cli, world: World
) -> None:
    """One of the two release-board keys signed an ingest record: too few signatures, not a
    signature that fails to verify."""
    _require_ingest(world)
    records = _with_records(
        world, _ingest_record(world, ingest_predicate(DEPENDENCY), world.second_key)
    )
    world.write(
        *world.good(),
        *[r for r in [_ingest_record(world, ingest_predicate(DEPENDENCY), world.second_key)]],
    )
    report = gate(cli, world, 1, "--attestations", records)
    assert "tampered" not in failed(report).get("signatures", "")
    assert "flit_core" in failed(report)["dependencies"]


def test_a_development_key_generated_with_sscli_is_refused(cli: Cli, world: World) -> None:
    generate_key_pair(KeyType.ED25519, world.builder_key, development=True, overwrite=True)
    world.write(*world.good())
    assert "development_keys" in failed(gate(cli, world, 1))


# --- found on a second attacker's pass over the new gate ----------------------------------------


@pytest.mark.parametrize("order", ["expected-first", "unexpected-first"])
def test_every_name_a_statement_gives_the_digest_counts(cli: Cli, world: World, order: str) -> None:
    digest = {"sha256": sha256(world.artifact)}
    names = ["demo-1.0-py3-none-any.whl", "evil-1.0-py3-none-any.whl"]
    subjects = tuple(
        ResourceDescriptor(name=n, digest=digest)
        for n in (names if order == "expected-first" else names[::-1])
    )
    good = world.good()
    world.write(
        world.sign(Statement(subjects, PredicateType.SLSA_PROVENANCE_V1, provenance())),
        good[1],
        good[2],
    )
    report = gate(cli, world, 1)
    assert "evil-1.0-py3-none-any.whl" in failed(report)["subject"]
    assert sorted(report["subjects"]) == sorted(names)


def test_a_development_label_on_any_trusted_copy_of_the_key_counts(cli: Cli, world: World) -> None:
    """`ci` trusts an unlabelled copy of the builder key; another signer's file of the same key
    says it is a development key: fail closed."""
    public = world.builder_key.with_name(world.builder_key.name + ".pub")
    labelled = world.root / "builder-labelled.pub"
    labelled.write_text(f"{DEVELOPMENT_LABEL}\n{public.read_text()}")
    world.policy.write_text(
        world.policy.read_text().replace(
            "keys: [builder.pem.pub, second.pem.pub]",
            "keys: [builder-labelled.pub, second.pem.pub]",
        )
    )
    world.write(*world.good())
    assert "development_keys" in failed(gate(cli, world, 1))


def test_an_sbom_the_rescan_cannot_read_denies_with_a_report(
    cli: Cli, world: World, snapshot_db: Path
) -> None:
    """A trusted SBOM that is valid CycloneDX but has a purl no parser accepts: the gate used to
    stop with exit 2 and no report."""
    world.sbom.setdefault("components", []).append(
        {"type": "library", "name": "odd", "version": "1", "purl": "pkg:"}
    )
    world.write(*world.good())
    world.policy.write_text(
        world.policy.read_text().replace(
            "vulnerabilities: {rescan: false}", "vulnerabilities: {rescan: true, fail_on: high}"
        )
    )
    assert "cannot re-scan" in failed(gate(cli, world, 1, "--db", snapshot_db))["vulnerabilities"]


def test_a_bundles_log_time_bounds_its_freshness(world: World) -> None:
    """A Sigstore bundle's statement claims its own time; the transparency log's time, which
    the signer does not choose, must be fresh too. (No fresh Sigstore bundle of a trusted type
    can be made offline, so the rule is fed the evidence a verified bundle yields; the log time
    is the real recorded bundle's.)"""
    import json as json_module

    from sscli.attest.bundle_verify import verify_bundle
    from sscli.attest.identity import identity_spec
    from sscli.attest.sigstore_bundle import parse_bundle
    from sscli.attest.trustroot import bundled_public_good
    from sscli.policy import load_policy
    from sscli.verify.context import GateContext
    from sscli.verify.evidence import Accepted, Authenticated, Evidence
    from sscli.verify.rules import freshness
    from tests.attest.conftest import gcb_bundle_document

    bundle = parse_bundle(json_module.dumps(gcb_bundle_document()).encode(), origin="gcb")
    spec = identity_spec(
        identity="919436158236-compute@developer.gserviceaccount.com",
        issuer="https://accounts.google.com",
    )
    verified = verify_bundle(bundle, [bundled_public_good()], artifact=None, identity=spec)
    logged = verified.signing_time
    assert logged.year == 2025
    policy = load_policy(world.policy).deploy
    assert policy is not None
    statement = world.statement(PredicateType.VULNS_V01, vulns())
    trusted = Authenticated(statement, policy.signers[:1], "x.sigstore.json", False, "d", logged)
    evidence = Evidence([], accepted=[Accepted(trusted, statement.subjects)])
    context = GateContext(world.artifact, {}, policy, NOW, evidence, None)
    assert "logged by Sigstore" in freshness.check(context).reason
