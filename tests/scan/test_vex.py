"""VEX: OpenVEX and CycloneDX VEX suppress findings per product; expired or malformed is an error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli


def openvex(*statements: dict[str, Any]) -> dict[str, Any]:
    return {
        "@context": "https://openvex.dev/ns/v0.2.0",
        "@id": "https://example.com/vex/1",
        "author": "Security Team",
        "timestamp": "2024-10-01T00:00:00Z",
        "version": 1,
        "statements": list(statements),
    }


NOT_AFFECTED = {
    "vulnerability": {"name": "CVE-2018-18074"},  # an alias of PYSEC-2018-28
    "products": [{"@id": "pkg:pypi/requests@2.19.1"}],
    "status": "not_affected",
    "justification": "vulnerable_code_not_in_execute_path",
}


@pytest.fixture
def requests_lock(tmp_path: Path) -> Path:
    lock = tmp_path / "requirements.txt"
    lock.write_text("requests==2.19.1\nurllib3==1.24.1\n")
    return lock


def write(tmp_path: Path, document: dict[str, Any], name: str = "vex.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document))
    return path


def scan(cli: Cli, lock: Path, db: Path, vex: Path, *args: str, expect: int = 0) -> dict[str, Any]:
    result = cli("scan", lock, "--db", db, "--vex", vex, "--format", "json", *args, expect=expect)
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def statuses(report: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(f["package"]["name"], f["id"]): f["status"] for f in report["findings"]}


def test_openvex_not_affected_suppresses_by_alias_and_product(
    cli: Cli, requests_lock: Path, snapshot_db: Path, tmp_path: Path
) -> None:
    report = scan(cli, requests_lock, snapshot_db, write(tmp_path, openvex(NOT_AFFECTED)))
    assert statuses(report)[("requests", "PYSEC-2018-28")] == "not_affected"
    assert statuses(report)[("requests", "PYSEC-2023-74")] == "affected"
    suppressed = next(f for f in report["findings"] if f["id"] == "PYSEC-2018-28")
    assert suppressed["vex"]["justification"] == "vulnerable_code_not_in_execute_path"
    assert report["summary"]["suppressed"] == 1
    assert report["summary"]["findings"] == 8  # 2 requests + 7 urllib3 - 1 suppressed


def test_suppressed_findings_do_not_trip_fail_on(
    cli: Cli, tmp_path: Path, snapshot_db: Path
) -> None:
    lock = tmp_path / "requirements.txt"
    lock.write_text("urllib3==1.24.1\n")
    statement = {
        "vulnerability": {"name": "PYSEC-2023-192"},
        "products": [{"@id": "pkg:pypi/urllib3"}],  # no version: every version
        "status": "fixed",
    }
    vex = write(tmp_path, openvex(statement))
    cli("scan", lock, "--db", snapshot_db, "--fail-on", "high", expect=1)
    result = cli(
        "scan", lock, "--db", snapshot_db, "--fail-on", "high", "--vex", vex, env={"COLUMNS": "200"}
    )
    assert "fixed" in result.stderr and "1 suppressed by VEX" in " ".join(result.stderr.split())


def test_a_later_statement_overrides_an_earlier_one(
    cli: Cli, requests_lock: Path, snapshot_db: Path, tmp_path: Path
) -> None:
    reopened = {
        **NOT_AFFECTED,
        "status": "affected",
        "timestamp": "2024-11-01T00:00:00Z",
        "action_statement": "upgrade",
    }
    del reopened["justification"]
    earlier = {**NOT_AFFECTED, "timestamp": "2024-10-01T00:00:00Z"}
    report = scan(cli, requests_lock, snapshot_db, write(tmp_path, openvex(reopened, earlier)))
    assert statuses(report)[("requests", "PYSEC-2018-28")] == "affected"


def test_other_products_and_versions_are_not_suppressed(
    cli: Cli, requests_lock: Path, snapshot_db: Path, tmp_path: Path
) -> None:
    other = {
        **NOT_AFFECTED,
        "products": [{"@id": "pkg:pypi/requests@2.20.0"}, "pkg:pypi/urllib3@1.24.1"],
    }
    report = scan(cli, requests_lock, snapshot_db, write(tmp_path, openvex(other)))
    assert set(statuses(report).values()) == {"affected"}


def test_sarif_marks_suppressed_results(
    cli: Cli, requests_lock: Path, snapshot_db: Path, tmp_path: Path
) -> None:
    vex = write(tmp_path, openvex(NOT_AFFECTED))
    log = json.loads(
        cli("scan", requests_lock, "--db", snapshot_db, "--vex", vex, "--format", "sarif").stdout
    )
    results = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    assert results["PYSEC-2018-28"]["suppressions"] == [
        {
            "kind": "external",
            "status": "accepted",
            "justification": "vulnerable_code_not_in_execute_path",
        }
    ]
    assert "suppressions" not in results["PYSEC-2023-74"]


def test_cyclonedx_vex_with_bom_refs(
    cli: Cli, requests_lock: Path, snapshot_db: Path, tmp_path: Path
) -> None:
    document = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "components": [
            {
                "type": "library",
                "bom-ref": "req",
                "name": "requests",
                "version": "2.19.1",
                "purl": "pkg:pypi/requests@2.19.1",
            }
        ],
        "vulnerabilities": [
            {
                "id": "GHSA-j8r2-6x86-q33q",
                "analysis": {
                    "state": "not_affected",
                    "justification": "requires_configuration",
                    "detail": "we never use proxies",
                },
                "affects": [{"ref": "req"}],
            },
            {
                "id": "PYSEC-2019-132",
                "analysis": {"state": "in_triage"},
                "affects": [{"ref": "pkg:pypi/urllib3@1.24.1"}],
            },
        ],
    }
    report = scan(cli, requests_lock, snapshot_db, write(tmp_path, document))
    assert statuses(report)[("requests", "PYSEC-2023-74")] == "not_affected"
    assert statuses(report)[("urllib3", "PYSEC-2019-132")] == "under_investigation"
    finding = next(f for f in report["findings"] if f["id"] == "PYSEC-2023-74")
    assert finding["vex"]["detail"] == "we never use proxies"
    exported = json.loads(
        cli(
            "scan",
            requests_lock,
            "--db",
            snapshot_db,
            "--vex",
            tmp_path / "vex.json",
            "--format",
            "cyclonedx-vex",
        ).stdout
    )
    analysis = next(v for v in exported["vulnerabilities"] if v["id"] == "PYSEC-2023-74")[
        "analysis"
    ]
    assert analysis == {
        "state": "not_affected",
        "justification": "requires_configuration",
        "detail": "we never use proxies",
    }


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            openvex({**NOT_AFFECTED, "expires": "2020-01-01T00:00:00Z"}),
            "statements[0].expires): VEX statement expired on 2020-01-01",
        ),
        (
            openvex({**NOT_AFFECTED, "expires": "soon"}),
            "statements[0].expires): 'soon' is not an RFC 3339 timestamp",
        ),
        (
            openvex({k: v for k, v in NOT_AFFECTED.items() if k != "status"}),
            "statements[0].status): must be one of",
        ),
        (
            openvex({k: v for k, v in NOT_AFFECTED.items() if k != "justification"}),
            "statements[0]): not_affected needs a justification",
        ),
        (
            openvex({**NOT_AFFECTED, "justification": "trust_me"}),
            "statements[0].justification): unknown justification 'trust_me'",
        ),
        (
            openvex({**NOT_AFFECTED, "products": [{"@id": "requests"}]}),
            "statements[0].products[0]): 'requests' is not a package URL",
        ),
        (
            openvex({**NOT_AFFECTED, "products": []}),
            "statements[0].products): must be a non-empty array",
        ),
        (
            openvex({**NOT_AFFECTED, "vulnerability": {}}),
            "statements[0].vulnerability): must name a vulnerability",
        ),
        (openvex(), "(statements): must be a non-empty array"),
        (
            {
                "bomFormat": "CycloneDX",
                "vulnerabilities": [
                    {"id": "X", "analysis": {"state": "fine"}, "affects": [{"ref": "pkg:pypi/a@1"}]}
                ],
            },
            "vulnerabilities[0].analysis.state): must be one of",
        ),
        (
            {
                "bomFormat": "CycloneDX",
                "vulnerabilities": [
                    {
                        "id": "X",
                        "analysis": {"state": "not_affected"},
                        "affects": [{"ref": "pkg:pypi/a@1"}],
                        "properties": [
                            {"name": "sscli:vex:expires", "value": "2021-01-01T00:00:00Z"}
                        ],
                    }
                ],
            },
            "VEX statement expired on 2021-01-01",
        ),
        ({"hello": "world"}, "neither OpenVEX"),
    ],
)
def test_expired_or_malformed_vex_is_an_error(
    cli: Cli,
    requests_lock: Path,
    snapshot_db: Path,
    tmp_path: Path,
    document: dict[str, Any],
    message: str,
) -> None:
    vex = write(tmp_path, document)
    result = cli("scan", requests_lock, "--db", snapshot_db, "--vex", vex, expect=2)
    assert message in result.stderr
    assert str(vex) in result.stderr and "Traceback" not in result.stderr


def test_vex_that_is_not_json(
    cli: Cli, requests_lock: Path, snapshot_db: Path, tmp_path: Path
) -> None:
    vex = tmp_path / "vex.json"
    vex.write_text("{")
    result = cli("scan", requests_lock, "--db", snapshot_db, "--vex", vex, expect=2)
    assert f"{vex}: not valid JSON" in result.stderr
