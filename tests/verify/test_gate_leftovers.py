"""Regression tests for what issue 13's review left open: waivers that reached rules about who
signed, development keys that `attest verify` passed silently, a subject's second digest left
unchecked, and re-scans that matched packages from a VCS by name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


# --- attest verify refuses development keys, as a production deploy policy does ---------------


def _envelopes(world: World, key: Path) -> Path:
    return world.write(
        world.sign(world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance()), key)
    )


def test_attest_verify_refuses_a_statement_a_development_key_signed(cli: Cli, world: World) -> None:
    from sscli.attest.keys import KeyType, generate_key_pair

    dev = world.root / "laptop.pem"
    generate_key_pair(KeyType.ED25519, dev, development=True)
    attestations = _envelopes(world, dev)
    args = ["attest", "verify", attestations, "--key", f"{dev}.pub", "--artifact", world.artifact]
    refused = cli(*args, expect=1)
    assert "envelope 1: signed with a development key" in refused.stderr
    allowed = cli(*args, "--allow-development-keys", "--format", "json")
    assert json.loads(allowed.stdout)["envelopes"][0]["development"] is True
    assert "development key" in allowed.stderr


def test_attest_verify_counts_the_trusted_key_files_label(cli: Cli, world: World) -> None:
    """The private key is unlabelled, so its statement carries no label; the trusted public
    key file says it is a development key, and that counts."""
    from sscli.attest.keys import DEVELOPMENT_LABEL

    attestations = _envelopes(world, world.builder_key)
    public = world.root / "builder.pem.pub"
    args = ["attest", "verify", attestations, "--key", public]
    assert json.loads(cli(*args, "--format", "json").stdout)["envelopes"][0]["development"] is False
    public.write_text(f"{DEVELOPMENT_LABEL}\n{public.read_text()}")
    assert "development key" in cli(*args, expect=1).stderr


def test_attest_verify_refuses_a_bundle_a_development_key_signed(cli: Cli, world: World) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from sscli.attest.keys import DEVELOPMENT_LABEL
    from tests.attest.sigstore_instance import Instance

    instance = Instance()
    root = world.root / "root.json"
    root.write_text(json.dumps(instance.trusted_root()))
    key = ec.generate_private_key(ec.SECP256R1())
    statement = world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance()).to_dict()
    bundle = world.root / "app.sigstore.json"
    bundle.write_text(json.dumps(instance.dsse_bundle(statement, key)))
    pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    public = world.root / "cosign.pub"
    public.write_bytes(pem)
    args = ["attest", "verify", bundle, "--artifact", world.artifact, "--key", public,
            "--trusted-root", root]  # fmt: skip
    cli(*args)
    public.write_bytes(f"{DEVELOPMENT_LABEL}\n".encode() + pem)
    assert "development key" in cli(*args, expect=1).stderr
    report = json.loads(cli(*args, "--allow-development-keys", "--format", "json").stdout)
    assert report["development"] == [str(bundle)]


# --- a subject's every digest is checked, not only its sha256 -----------------------------------


def test_a_subject_whose_sha512_is_another_files_is_not_the_artifact(
    cli: Cli, world: World
) -> None:
    import hashlib

    from sscli.attest.statement import ResourceDescriptor, Statement
    from tests.builders import sha256

    good = world.good()

    def provenance_with(sha512: str) -> Any:
        subject = ResourceDescriptor(
            name=world.artifact.name, digest={"sha256": sha256(world.artifact), "sha512": sha512}
        )
        statement = Statement((subject,), PredicateType.SLSA_PROVENANCE_V1, provenance())
        return world.sign(statement)

    world.write(provenance_with(hashlib.sha512(b"a trojan").hexdigest()), good[1], good[2])
    report = gate(cli, world, 1)
    assert "provenance" in failed(report)["required"]
    signatures = next(r for r in report["rules"] if r["rule"] == "signatures")
    assert "for another artifact" in signatures["reason"]
    real = hashlib.sha512(world.artifact.read_bytes()).hexdigest()
    world.write(provenance_with(real), good[1], good[2])
    gate(cli, world, 0)


def test_an_ingest_record_whose_sha512_disagrees_with_the_provenance_does_not_vouch(
    cli: Cli, world: World
) -> None:
    from sscli.attest.statement import ResourceDescriptor, Statement
    from tests.verify.conftest import ingest_predicate

    dependency = "a" * 64
    listed = {"sha256": dependency, "sha512": "b" * 128}
    world.policy.write_text(
        world.policy.read_text().replace(
            "require: [provenance, sbom, vulns]", "require: [provenance, sbom, vulns, ingest]"
        )
    )
    deps = [
        {
            "name": "flit_core-3.9.0-py3-none-any.whl",
            "uri": "pkg:pypi/flit-core@3.9.0",
            "digest": listed,
            "annotations": {"source": "vault"},
        }
    ]
    good = world.good()
    built = world.sign(world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance(deps=deps)))
    world.write(built, good[1], good[2])

    def record(sha512: str) -> Path:
        subject = ResourceDescriptor(
            name="flit_core-3.9.0-py3-none-any.whl",
            digest={"sha256": dependency, "sha512": sha512},
        )
        statement = Statement(
            (subject,), PredicateType.SSCLI_INGEST_V1, ingest_predicate(dependency)
        )
        path = world.root / "records.intoto.jsonl"
        world.write(world.sign(statement, world.builder_key, world.second_key), path=path)
        return path

    reason = failed(gate(cli, world, 1, "--attestations", record("c" * 128)))["dependencies"]
    assert "another sha512" in reason
    assert (
        statuses(gate(cli, world, 0, "--attestations", record("b" * 128)))["dependencies"] == "pass"
    )


# --- the re-scan never matches a package from git or a URL by its name -------------------------


@pytest.mark.parametrize(
    "qualifier",
    [
        "vcs_url=git%2Bhttps://github.com/psf/requests%40bc63b4d5",
        "download_url=https://files.example/requests-2.19.1.tar.gz",
    ],
)
def test_a_component_from_git_or_a_url_is_unscannable_not_matched_by_name(
    cli: Cli, world: World, snapshot_db: Path, tmp_path: Path, qualifier: str
) -> None:
    """requests 2.19.1 from PyPI has PYSEC-2018-28; a build from a git commit or an archive of
    that name may be anything, so the database says nothing about it: it is reported as not
    re-scannable (denied when the policy says so), not judged by another project's advisories."""
    from sscli.inventory import load_inventory
    from sscli.sbom import create_sbom

    lock = tmp_path / "requirements.txt"
    lock.write_text("requests==2.19.1\n")
    world.sbom = json.loads(create_sbom(load_inventory(lock)))
    (component,) = world.sbom["components"]
    plain = component["purl"]
    world.policy.write_text(
        world.policy.read_text().replace(
            "vulnerabilities: {rescan: false}", "vulnerabilities: {rescan: true, fail_on: any}"
        )
    )
    world.write(*world.good())
    assert "PYSEC-2018-28" in failed(gate(cli, world, 1, "--db", snapshot_db))["vulnerabilities"]
    component["purl"] = f"{plain}?{qualifier}"
    world.write(*world.good())
    report = gate(cli, world, 0, "--db", snapshot_db)
    reason = next(r["reason"] for r in report["rules"] if r["rule"] == "vulnerabilities")
    assert "cannot be re-scanned" in reason and "PYSEC" not in reason
    world.policy.write_text(
        world.policy.read_text().replace("fail_on: any}", "fail_on: any, unscannable: deny}")
    )
    reason = failed(gate(cli, world, 1, "--db", snapshot_db))["vulnerabilities"]
    assert "cannot be re-scanned: comes from" in reason and "PYSEC" not in reason


def test_a_component_that_is_not_a_pypi_package_is_reported(
    cli: Cli, world: World, snapshot_db: Path
) -> None:
    world.sbom.setdefault("components", []).append(
        {
            "type": "library",
            "name": "left-pad",
            "version": "1.3.0",
            "purl": "pkg:npm/left-pad@1.3.0",
        }
    )
    world.policy.write_text(
        world.policy.read_text().replace(
            "vulnerabilities: {rescan: false}", "vulnerabilities: {rescan: true, unscannable: deny}"
        )
    )
    world.write(*world.good())
    reason = failed(gate(cli, world, 1, "--db", snapshot_db))["vulnerabilities"]
    assert "pkg:npm/left-pad@1.3.0 cannot be re-scanned: not a PyPI package" in reason


# --- a layout's final products: every recorded digest is checked, not only a sha256 -----------


@pytest.mark.parametrize("kept", [("sha512",), ("sha256", "sha512")], ids=["sha512-only", "both"])
def test_a_products_every_recorded_digest_is_checked_in_the_workdir(
    cli: Cli, tmp_path: Path, kept: tuple[str, ...]
) -> None:
    """The last link records out.txt by a sha512 (alone, or beside the right sha256) of other
    bytes than those in the working directory: the products differ, though a check of the
    sha256 alone would pass or skip them."""
    import hashlib

    from in_toto.models.metadata import Metablock

    from sscli.attest.signing import KeySpec, load_signer
    from tests.verify.test_review_layout import SCRIPT, _run, _verify
    from tests.verify.test_review_layout import chain as make_chain

    chain = make_chain.__wrapped__(tmp_path, cli)  # type: ignore[attr-defined]
    _run(cli, chain, "build")
    link = _run(cli, chain, "test", "pass")  # the last step to record out.txt
    work = chain / "work"
    assert _verify(cli, chain, 0, "--workdir", work)["decision"] == "allow"
    metablock = Metablock.load(str(link))
    real = (work / "out.txt").read_bytes()
    digests = {
        "sha256": hashlib.sha256(real).hexdigest(),
        "sha512": hashlib.sha512(b"x").hexdigest(),
    }
    metablock.signed.products["out.txt"] = {a: digests[a] for a in kept}
    metablock.signatures = []
    metablock.create_signature(load_signer(KeySpec(str(chain / "functionary.pem"), None, None)))
    link.write_text(json.dumps(metablock.to_dict()))
    report = _verify(cli, chain, 1, "--workdir", work)
    assert "out.txt" in report["failure"] and "changed after the step" in report["failure"]
    assert SCRIPT  # the step wrote out.txt as the link first recorded it
