"""Alias merging across databases, and packages the scan cannot check."""

from __future__ import annotations

import json
from pathlib import Path

from sscli.inventory import Inventory, Location, Package
from sscli.scan.run import scannable
from sscli.vulndb import import_records
from tests.conftest import Cli
from tests.scan.test_pip_audit_services import GHSA_DUPLICATE
from tests.vulndb.snapshot import snapshot_record


def test_records_of_two_databases_merge_into_one_finding(
    cli: Cli, shared_data: Path, tmp_path: Path
) -> None:
    records = tmp_path / "records"
    records.mkdir()
    (records / "PYSEC-2018-28.json").write_text(
        json.dumps(snapshot_record(shared_data, "PYSEC-2018-28"))
    )
    ghsa = {
        **GHSA_DUPLICATE,
        "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N"}],
    }
    (records / "GHSA-x84v-xcm2-53pg.json").write_text(json.dumps(ghsa))
    db = tmp_path / "osv.sqlite"
    import_records(db, str(records))
    lock = tmp_path / "requirements.txt"
    lock.write_text("requests==2.19.1\n")
    report = json.loads(cli("scan", lock, "--db", db, "--format", "json").stdout)
    (finding,) = report["findings"]
    assert finding["id"] == "PYSEC-2018-28"
    assert finding["aliases"] == ["CVE-2018-18074", "GHSA-x84v-xcm2-53pg"]
    assert finding["severity"]["level"] == "medium" and finding["severity"]["score"] == 5.9


def test_unpinned_and_non_pep440_versions_are_skipped_with_the_reason() -> None:
    inventory = Inventory(
        packages=(
            Package(name="requests", version="2.19.1"),
            Package(name="weird", version="2024-01-01-nightly", location=Location("uv.lock", 7)),
            Package(name="loose", version=None),
        )
    )
    packages, skipped = scannable(inventory)
    assert [p.name for p in packages] == ["requests"]
    assert [(s.name, s.reason) for s in skipped] == [
        ("weird", "version '2024-01-01-nightly' is not PEP 440 (uv.lock:7)"),
        ("loose", "no pinned version"),
    ]
