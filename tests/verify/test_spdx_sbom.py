"""The deploy gate takes SPDX SBOM attestations (https://spdx.dev/Document for SPDX 2.x, its
/v2.3 form, and /v3.0 for SPDX 3) as it takes CycloneDX: the `sbom` requirement, the re-scan and
the license rules read them; an invalid SPDX predicate is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sscli.attest.predicates import PredicateType
from sscli.inventory import load_inventory
from sscli.sbom import SbomFormat, create_sbom
from tests.conftest import Cli
from tests.verify.conftest import World, failed, provenance, vulns
from tests.verify.conftest import gate as run

SPDX = [
    (PredicateType.SPDX, SbomFormat.SPDX_JSON),
    (PredicateType.SPDX_V23, SbomFormat.SPDX_JSON),
    (PredicateType.SPDX3, SbomFormat.SPDX3_JSON),
]


def _attest(world: World, predicate_type: str, sbom: dict) -> None:  # type: ignore[type-arg]
    world.write(
        world.sign(world.statement(PredicateType.SLSA_PROVENANCE_V1, provenance())),
        world.sign(world.statement(predicate_type, sbom)),
        world.sign(world.statement(PredicateType.VULNS_V01, vulns())),
    )


@pytest.mark.parametrize(("predicate_type", "fmt"), SPDX)
def test_an_spdx_sbom_meets_the_sbom_requirement(
    cli: Cli, world: World, predicate_type: str, fmt: SbomFormat
) -> None:
    _attest(world, predicate_type, json.loads(create_sbom(load_inventory(world.artifact), fmt)))
    report = run(cli, world, 0)
    assert report["decision"] == "allow"
    required = next(r for r in report["rules"] if r["rule"] == "required")
    assert required["status"] == "pass"


@pytest.mark.parametrize(("predicate_type", "fmt"), SPDX)
def test_the_rescan_reads_spdx(
    cli: Cli, world: World, snapshot_db: Path, tmp_path: Path, predicate_type: str,
    fmt: SbomFormat,
) -> None:  # fmt: skip
    lock = tmp_path / "requirements.txt"
    lock.write_text("requests==2.19.1\nidna==2.7\n")
    _attest(world, predicate_type, json.loads(create_sbom(load_inventory(lock), fmt)))
    world.policy.write_text(
        world.policy.read_text().replace(
            "vulnerabilities: {rescan: false}", "vulnerabilities: {rescan: true, fail_on: any}"
        )
    )
    report = run(cli, world, 1, "--db", snapshot_db)
    assert "requests 2.19.1 PYSEC-2018-28" in failed(report)["vulnerabilities"]


@pytest.mark.parametrize(("predicate_type", "fmt"), SPDX)
def test_license_rules_read_spdx(
    cli: Cli, world: World, tmp_path: Path, predicate_type: str, fmt: SbomFormat
) -> None:
    from sscli.inventory import Inventory, Package

    bad = Package(name="bad-dep", version="1.0", license_expression="AGPL-3.0-only")
    _attest(world, predicate_type, json.loads(create_sbom(Inventory(packages=(bad,)), fmt)))
    report = run(cli, world, 1)
    assert "AGPL-3.0-only" in failed(report)["licenses"]


def test_an_invalid_spdx_predicate_is_not_trusted(cli: Cli, world: World) -> None:
    document = json.loads(create_sbom(load_inventory(world.artifact), SbomFormat.SPDX_JSON))
    document["relationships"] = []  # describes nothing: not a valid SPDX document
    _attest(world, PredicateType.SPDX, document)
    report = run(cli, world, 1)
    assert "sbom" in failed(report)["required"]


def test_an_spdx_package_without_a_purl_stops_the_rescan(
    cli: Cli, world: World, snapshot_db: Path
) -> None:
    document = json.loads(create_sbom(load_inventory(world.artifact), SbomFormat.SPDX_JSON))
    extra = dict(document["packages"][0], SPDXID="SPDXRef-unknown", name="mystery")
    extra.pop("externalRefs", None)
    document["packages"].append(extra)
    document["relationships"].append(
        {
            "spdxElementId": "SPDXRef-DOCUMENT",
            "relationshipType": "DESCRIBES",
            "relatedSpdxElement": "SPDXRef-unknown",
        }
    )
    _attest(world, PredicateType.SPDX, document)
    world.policy.write_text(
        world.policy.read_text().replace("{rescan: false}", "{rescan: true, fail_on: any}")
    )
    report = run(cli, world, 1, "--db", snapshot_db)
    assert "cannot identify" in failed(report)["vulnerabilities"]


def test_attest_sbom_takes_the_type_from_the_document(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    for fmt, expected in (
        (SbomFormat.SPDX_JSON, PredicateType.SPDX),
        (SbomFormat.SPDX3_JSON, PredicateType.SPDX3),
        (SbomFormat.JSON, PredicateType.CYCLONEDX),
    ):
        sbom = tmp_path / f"sbom{fmt.suffix}"
        sbom.write_text(create_sbom(load_inventory(world.artifact), fmt))
        out = tmp_path / f"{fmt.value}.intoto.jsonl"
        cli("attest", "sbom", "--subject", world.artifact, "--predicate", sbom,
            "--key", world.builder_key, "-o", out)  # fmt: skip
        shown = cli("attest", "inspect", out, "--format", "json").stdout
        assert expected in shown
