"""The JSON report encoded finding by finding is exactly the compact encoding of the whole
report, with findings and without; plain pypi purls are written as packageurl writes them."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

from packageurl import PackageURL

from sscli.inventory import load_inventory
from sscli.inventory.model import normalize_name, pypi_purl
from sscli.scan import scan_inventory
from sscli.scan.formats.json import render_json, report_json
from sscli.scan.services.osv_db import OsvDbService
from sscli.vulndb import VulnDb
from tests.vulndb.snapshot import SNAPSHOT


def test_streamed_report_is_the_compact_encoding(lock: Path, snapshot_db: Path) -> None:
    report = scan_inventory(load_inventory(lock), OsvDbService(VulnDb(snapshot_db)))
    assert len(report.findings) > 10
    for each in (report, replace(report, findings=())):
        whole = json.dumps(report_json(each), ensure_ascii=False, separators=(",", ":")) + "\n"
        assert render_json(each) == whole


def test_shared_pieces_are_encoded_per_finding_content(lock: Path, snapshot_db: Path) -> None:
    """Findings that share an advisory, a package or a VEX assessment, and findings equal in
    content but built apart, all encode as `finding_json` says."""
    from sscli.scan.findings import Status, VexAssessment

    report = scan_inventory(load_inventory(lock), OsvDbService(VulnDb(snapshot_db)))
    vex = VexAssessment(Status.NOT_AFFECTED, "vex.json", "component_not_present", "not used")
    mixed = []
    for index, finding in enumerate(report.findings):
        mixed.append(finding)
        mixed.append(replace(finding, vex=vex if index % 2 else None, smallest_fix="99"))
        mixed.append(
            replace(finding, aliases=tuple(finding.aliases), summary=finding.summary + "!")
        )
    each = replace(report, findings=tuple(mixed))
    whole = json.dumps(report_json(each), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert render_json(each) == whole


def test_plain_purls_match_packageurl_for_every_pin_of_the_snapshot(shared_data: Path) -> None:
    pins = set()
    with zipfile.ZipFile(shared_data / SNAPSHOT) as archive:
        for member in archive.namelist()[:1500]:
            for affected in json.loads(archive.read(member)).get("affected", []):
                name = affected["package"]["name"]
                pins |= {(name, v) for v in affected.get("versions", [])[:20]}
    pins |= {("Foo_Bar", "1.0+local"), ("x", "1!2.0"), ("a.b", "2.0rc1")}
    assert len(pins) > 5000
    for name, version in pins:
        expected = PackageURL(type="pypi", name=normalize_name(name), version=version)
        assert pypi_purl(name, version) == expected.to_string(), (name, version)


def test_a_finding_is_the_dataclass_its_fields_say(lock: Path, snapshot_db: Path) -> None:
    """Finding's own __init__ takes exactly the dataclass's fields, in order, with their
    defaults, and the instance stays frozen, comparable and hashable."""
    import dataclasses
    import inspect

    from sscli.scan.findings import Finding

    fields = dataclasses.fields(Finding)
    parameters = list(inspect.signature(Finding.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in fields]
    assert [p.default for p in parameters] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    finding = scan_inventory(load_inventory(lock), OsvDbService(VulnDb(snapshot_db))).findings[0]
    copy = replace(finding)
    assert copy == finding and hash(copy) == hash(finding) and copy is not finding
    assert vars(copy) == {f.name: getattr(finding, f.name) for f in fields}
    with_fix = replace(finding, smallest_fix="99")
    assert with_fix.smallest_fix == "99" and with_fix != finding
    try:
        finding.smallest_fix = "1"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a finding must stay frozen")
