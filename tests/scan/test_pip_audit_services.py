"""The pip-audit backends against a loopback server serving recorded PyPI and OSV responses."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Cli
from tests.scan.osv_server import RecordedServer, recorded_server
from tests.vulndb.snapshot import snapshot_record

# A GitHub advisory as OSV's API returns it next to the PyPA record: same CVE, other id.
GHSA_DUPLICATE = {
    "schema_version": "1.6.0",
    "id": "GHSA-x84v-xcm2-53pg",
    "modified": "2024-01-01T00:00:00Z",
    "aliases": ["CVE-2018-18074"],
    "summary": "Insufficiently Protected Credentials in Requests",
    "affected": [
        {
            "package": {"ecosystem": "PyPI", "name": "requests"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.20.0"}]}],
        }
    ],
}


def _as_served(record: dict[str, Any]) -> dict[str, Any]:
    """The record as OSV's API serves it: timestamps normalized to RFC 3339 `Z` form (the
    PyPA export keeps some as written, e.g. `2023-10-04 17:15:00+00:00`)."""
    served = dict(record)
    for key in ("published", "modified", "withdrawn"):
        if served.get(key):
            moment = datetime.fromisoformat(served[key].replace("Z", "+00:00"))
            served[key] = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return served


def _fixed_in(record: dict[str, Any]) -> list[str]:
    return [
        e["fixed"]
        for a in record["affected"]
        for r in a["ranges"]
        if r["type"] == "ECOSYSTEM"
        for e in r["events"]
        if "fixed" in e
    ]


def _pypi_vulnerability(record: dict[str, Any]) -> dict[str, Any]:
    """The `vulnerabilities` item of PyPI's JSON API for an OSV record."""
    return {
        "aliases": record["aliases"],
        "details": record["details"],
        "summary": record.get("summary"),
        "fixed_in": _fixed_in(record),
        "id": record["id"],
        "link": f"https://osv.dev/vulnerability/{record['id']}",
        "source": "osv",
        "withdrawn": record.get("withdrawn"),
    }


@pytest.fixture
def recorded(shared_data: Path) -> RecordedServer:
    requests = [
        _as_served(snapshot_record(shared_data, i)) for i in ("PYSEC-2018-28", "PYSEC-2023-74")
    ]
    urllib3 = [
        _as_served(snapshot_record(shared_data, i)) for i in ("PYSEC-2019-132", "PYSEC-2023-192")
    ]
    withdrawn = _as_served(
        snapshot_record(shared_data, "PYSEC-2022-43059")
    )  # withdrawn, lists aiohttp 3.8.4
    assert withdrawn["withdrawn"]
    return RecordedServer(
        pypi={
            ("requests", "2.19.1"): {
                "info": {"name": "requests", "version": "2.19.1"},
                "vulnerabilities": [_pypi_vulnerability(r) for r in requests],
            },
            ("urllib3", "1.24.1"): {
                "info": {"name": "urllib3"},
                "vulnerabilities": [_pypi_vulnerability(r) for r in urllib3],
            },
            ("aiohttp", "3.8.4"): {
                "info": {"name": "aiohttp"},
                "vulnerabilities": [_pypi_vulnerability(withdrawn)],
            },
        },
        osv={
            ("requests", "2.19.1"): {"vulns": [*requests, GHSA_DUPLICATE]},
            ("urllib3", "1.24.1"): {"vulns": urllib3},
            ("aiohttp", "3.8.4"): {"vulns": [withdrawn]},
        },
    )


@pytest.fixture
def lock(tmp_path: Path) -> Path:
    path = tmp_path / "requirements.txt"
    path.write_text("requests==2.19.1\nurllib3==1.24.1\naiohttp==3.8.4\nnot-on-this-index==1.0\n")
    return path


EXPECTED = {"PYSEC-2018-28", "PYSEC-2023-74", "PYSEC-2019-132", "PYSEC-2023-192"}


@pytest.mark.parametrize("service", ["pip-audit-pypi", "pip-audit-osv"])
def test_pip_audit_services_give_the_same_findings(
    cli: Cli, lock: Path, recorded: RecordedServer, service: str
) -> None:
    with recorded_server(recorded) as base:
        result = cli("scan", lock, "--service", service, "--service-url", base, "--format", "json")
    report = json.loads(result.stdout)
    assert {f["id"] for f in report["findings"]} == EXPECTED
    requests = next(f for f in report["findings"] if f["id"] == "PYSEC-2018-28")
    # the GHSA duplicate (OSV service) merges into the PYSEC finding through the shared CVE
    assert set(requests["aliases"]) == {"CVE-2018-18074", "GHSA-x84v-xcm2-53pg"}
    assert requests["smallest_fix"] == "2.20.0"
    assert requests["package"]["location"]["line"] == 1
    assert report["scanner"]["service"] == service
    if service == "pip-audit-pypi":
        assert "GET /pypi/requests/2.19.1/json" in recorded.requests
        skipped = {s["name"]: s["reason"] for s in report["skipped"]}
        assert (
            "not-on-this-index" in skipped
            and "Dependency not found on PyPI" in skipped["not-on-this-index"]
        )
    else:
        assert recorded.requests.count("POST /v1/query") == 4


def test_pip_audit_sarif_is_schema_valid(cli: Cli, lock: Path, recorded: RecordedServer) -> None:
    from sscli.schemas import build_validator, violations

    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
    with recorded_server(recorded) as base:
        result = cli(
            "scan", lock, "--service", "pip-audit-osv", "--service-url", base, "--format", "sarif"
        )
    assert violations(build_validator(schema), json.loads(result.stdout)) == []


def test_unreachable_service_is_exit_3(cli: Cli, lock: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = cli(
        "scan",
        lock,
        "--service",
        "pip-audit-osv",
        "--service-url",
        f"http://127.0.0.1:{port}",
        expect=3,
    )
    assert "pip-audit-osv: query for requests==2.19.1" in result.stderr
    assert "--service osv-db" in result.stderr and "Traceback" not in result.stderr


def test_malformed_service_answer_is_a_clean_error(
    cli: Cli, lock: Path, recorded: RecordedServer, shared_data: Path
) -> None:
    raw = snapshot_record(shared_data, "PYSEC-2023-192")  # `published` not in the API's form
    recorded.osv[("urllib3", "1.24.1")] = {"vulns": [raw]}
    with recorded_server(recorded) as base:
        result = cli("scan", lock, "--service", "pip-audit-osv", "--service-url", base, expect=3)
    assert "pip-audit-osv: unreadable answer for urllib3==1.24.1" in result.stderr
    assert "Traceback" not in result.stderr
