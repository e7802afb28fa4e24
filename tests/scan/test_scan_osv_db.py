"""`sscli scan` against the imported snapshot: exact advisory sets for real pins, every output
format checked against its schema, thresholds, and the bad inputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sscli.cyclonedx_schema import json_violations
from sscli.schemas import build_validator, load_json_resource, violations
from tests.conftest import Cli
from tests.vulndb.snapshot import snapshot_record

# Derived from the records' own explicit `versions` lists, which agree with range evaluation.
EXPECTED = {
    ("requests", "2.19.1"): {"PYSEC-2018-28", "PYSEC-2023-74"},
    ("urllib3", "1.24.1"): {
        "PYSEC-2019-132",
        "PYSEC-2019-133",
        "PYSEC-2020-148",
        "PYSEC-2021-108",
        "PYSEC-2023-192",
        "PYSEC-2023-207",
        "PYSEC-2023-212",
    },
    ("jinja2", "2.10"): {"PYSEC-2019-217", "PYSEC-2021-66"},
    ("flask", "0.12"): {"PYSEC-2018-66", "PYSEC-2019-179", "PYSEC-2023-62"},
    ("pyyaml", "5.3"): {"PYSEC-2020-96", "PYSEC-2021-142"},
    # the records list "3.2"; PEP 440 says 3.2.0 is the same version
    ("django", "3.2.0"): {
        "PYSEC-2021-109",
        "PYSEC-2021-439",
        "PYSEC-2021-7",
        "PYSEC-2021-8",
        "PYSEC-2021-98",
        "PYSEC-2021-99",
        "PYSEC-2022-1",
        "PYSEC-2022-19",
        "PYSEC-2022-190",
        "PYSEC-2022-191",
        "PYSEC-2022-2",
        "PYSEC-2022-20",
        "PYSEC-2022-213",
        "PYSEC-2022-245",
        "PYSEC-2022-3",
        "PYSEC-2022-304",
        "PYSEC-2023-100",
        "PYSEC-2023-12",
        "PYSEC-2023-13",
        "PYSEC-2023-222",
        "PYSEC-2023-225",
        "PYSEC-2023-226",
        "PYSEC-2023-61",
        "PYSEC-2024-28",
        "PYSEC-2024-47",
    },
    ("cryptography", "3.2"): {"PYSEC-2021-62", "PYSEC-2021-63", "PYSEC-2023-11", "PYSEC-2023-254"},
    # PYSEC-2022-43059 lists 3.8.4 too, but it is withdrawn
    ("aiohttp", "3.8.4"): {
        "PYSEC-2023-120",
        "PYSEC-2023-246",
        "PYSEC-2023-250",
        "PYSEC-2023-251",
        "PYSEC-2024-24",
        "PYSEC-2024-26",
    },
    ("pillow", "9.0.0"): {"PYSEC-2022-168", "PYSEC-2022-42979", "PYSEC-2023-175", "PYSEC-2023-227"},
    ("setuptools", "65.5.0"): {"PYSEC-2022-43012"},
    ("py", "1.11.0"): {"PYSEC-2022-42969"},  # a `last_affected` range
}


def scan_json(cli: Cli, target: Path, db: Path, *args: str, expect: int = 0) -> dict[str, Any]:
    result = cli("scan", target, "--db", db, "--format", "json", *args, expect=expect)
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def by_package(report: dict[str, Any]) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for f in report["findings"]:
        found.setdefault((f["package"]["name"], f["package"]["version"]), set()).add(f["id"])
    return found


def test_exact_advisory_sets_for_real_pins(cli: Cli, lock: Path, snapshot_db: Path) -> None:
    report = scan_json(cli, lock, snapshot_db)
    assert by_package(report) == EXPECTED
    assert report["summary"]["scanned"] == 12
    assert report["summary"]["findings"] == sum(map(len, EXPECTED.values()))


def test_finding_fields_come_from_the_record(
    cli: Cli, lock: Path, snapshot_db: Path, shared_data: Path
) -> None:
    findings = {f["id"]: f for f in scan_json(cli, lock, snapshot_db)["findings"]}
    requests = findings["PYSEC-2018-28"]
    assert requests["aliases"] == ["CVE-2018-18074", "GHSA-x84v-xcm2-53pg"]
    assert requests["package"] == {
        "name": "requests",
        "version": "2.19.1",
        "purl": "pkg:pypi/requests@2.19.1",
        "location": {"path": "requirements.txt", "line": 1},
    }
    assert requests["fixed_versions"] == ["2.20.0"] and requests["smallest_fix"] == "2.20.0"
    assert requests["summary"].startswith("The Requests package before 2.20.0")
    assert requests["status"] == "affected" and requests["vex"] is None
    record = snapshot_record(shared_data, "PYSEC-2023-192")
    severe = findings["PYSEC-2023-192"]
    assert severe["severity"] == {
        "level": "high",
        "score": 8.1,
        "vector": record["severity"][0]["score"],
        "method": "CVSSv31",
    }
    assert severe["package"]["location"]["line"] == 2
    assert findings["PYSEC-2022-42969"]["smallest_fix"] is None  # last_affected, no fix


def test_table_output_and_summary(cli: Cli, lock: Path, snapshot_db: Path) -> None:
    result = cli("scan", lock, "--db", snapshot_db, env={"COLUMNS": "200"})
    assert result.stdout == ""
    assert "PYSEC-2018-28" in result.stderr
    total = sum(map(len, EXPECTED.values()))
    assert f"12 package(s) scanned with osv-db: {total} finding(s)" in " ".join(
        result.stderr.split()
    )


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("any", 1), ("low", 1), ("medium", 1), ("high", 1), ("critical", 0)],
)
def test_fail_on_thresholds(
    cli: Cli, lock: Path, snapshot_db: Path, fail_on: str, code: int
) -> None:
    result = cli("scan", lock, "--db", snapshot_db, "--fail-on", fail_on, expect=code)
    assert (f"at or above --fail-on {fail_on}" in result.stderr) is (code == 1)


def test_fail_on_counts_only_levels_at_or_above(
    cli: Cli, tmp_path: Path, snapshot_db: Path
) -> None:
    lock = tmp_path / "requirements.txt"
    lock.write_text("requests==2.19.1\n")  # both advisories without severity: level unknown
    cli("scan", lock, "--db", snapshot_db, "--fail-on", "low", expect=0)
    cli("scan", lock, "--db", snapshot_db, "--fail-on", "any", expect=1)
    lock.write_text("urllib3==1.24.1\n")  # highest: PYSEC-2023-192, high 8.1
    cli("scan", lock, "--db", snapshot_db, "--fail-on", "high", expect=1)
    cli("scan", lock, "--db", snapshot_db, "--fail-on", "critical", expect=0)
    lock.write_text("requests==2.32.3\nclick==8.1.7\n")
    cli("scan", lock, "--db", snapshot_db, "--fail-on", "any", expect=0)


def test_hello_example_scans_clean(cli: Cli, hello_dir: Path, snapshot_db: Path) -> None:
    report = scan_json(cli, hello_dir / "requirements.txt", snapshot_db)
    assert report["findings"] == []
    assert report["summary"]["scanned"] >= 5


SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


def test_sarif_is_schema_valid_and_points_at_lock_lines(
    cli: Cli, lock: Path, snapshot_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(lock.parent)
    out = lock.parent / "scan.sarif"
    cli("scan", "requirements.txt", "--db", snapshot_db, "--format", "sarif", "-o", out)
    log = json.loads(out.read_text())
    schema = json.loads(SARIF_SCHEMA.read_text())
    assert violations(build_validator(schema), log) == []
    run = log["runs"][0]
    results = {(r["ruleId"], r["properties"]["package"]): r for r in run["results"]}
    assert len(results) == sum(map(len, EXPECTED.values()))
    located = results[("PYSEC-2023-62", "flask")]["locations"][0]["physicalLocation"]
    assert located == {"artifactLocation": {"uri": "requirements.txt"}, "region": {"startLine": 4}}
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["PYSEC-2023-192"]["properties"]["security-severity"] == "8.1"
    assert results[("PYSEC-2023-192", "urllib3")]["level"] == "error"


def test_sarif_validation_catches_a_broken_log(cli: Cli, lock: Path, snapshot_db: Path) -> None:
    log = json.loads(cli("scan", lock, "--db", snapshot_db, "--format", "sarif").stdout)
    log["runs"][0]["results"][0]["level"] = "fatal"
    schema = json.loads(SARIF_SCHEMA.read_text())
    assert violations(build_validator(schema), log)


def test_cyclonedx_vex_is_schema_valid(cli: Cli, lock: Path, snapshot_db: Path) -> None:
    document = json.loads(
        cli("scan", lock, "--db", snapshot_db, "--format", "cyclonedx-vex").stdout
    )
    assert json_violations(document, "1.6") == []
    ids = {v["id"] for v in document["vulnerabilities"]}
    assert ids == set().union(*EXPECTED.values())
    requests = next(v for v in document["vulnerabilities"] if v["id"] == "PYSEC-2018-28")
    assert requests["affects"] == [
        {
            "ref": "pkg:pypi/requests@2.19.1",
            "versions": [{"version": "2.19.1", "status": "affected"}],
        }
    ]
    assert {r["id"] for r in requests["references"]} == {"CVE-2018-18074", "GHSA-x84v-xcm2-53pg"}


def test_in_toto_predicate_matches_the_vulns_schema(
    cli: Cli, lock: Path, snapshot_db: Path
) -> None:
    predicate = json.loads(cli("scan", lock, "--db", snapshot_db, "--format", "in-toto").stdout)
    schema = load_json_resource("sscli.attest.schemas", "vulns-v0.1.schema.json")
    assert violations(build_validator(schema), predicate) == []
    assert {r["id"] for r in predicate["scanner"]["result"]} == set().union(*EXPECTED.values())
    assert predicate["scanner"]["uri"].startswith("pkg:pypi/sscli@")
    assert predicate["scanner"]["db"]["lastUpdate"].startswith("2024-10-10T")


PYLOCK_BAD_VERSION = """lock-version = "1.0"
created-by = "t"

[[packages]]
name = "requests"
version = "2.19.1"

[[packages]]
name = "weird"
version = "2024-nightly"
"""


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("requirements.txt", "requests==2.19.1\nfoo==not.a.version\n", ":2"),
        (
            "pylock.toml",
            PYLOCK_BAD_VERSION,
            " (packages[1].version): invalid version '2024-nightly'",
        ),
    ],
)
def test_invalid_version_in_a_lock_file_is_an_input_error(
    cli: Cli, tmp_path: Path, snapshot_db: Path, name: str, text: str, where: str
) -> None:
    lock = tmp_path / name
    lock.write_text(text)
    result = cli("scan", lock, "--db", snapshot_db, expect=2)
    assert f"{lock}{where}" in " ".join(result.stderr.split())
    assert "Traceback" not in result.stderr


def test_missing_db_is_exit_3_with_the_fix(cli: Cli, lock: Path) -> None:
    result = cli("scan", lock, expect=3)
    assert "no vulnerability database at" in result.stderr
    assert "sscli db update" in result.stderr


def test_stale_db_warns_or_fails_when_freshness_is_required(
    cli: Cli, lock: Path, snapshot_db: Path
) -> None:
    warned = cli("scan", lock, "--db", snapshot_db, "--format", "json")
    assert "days old" in warned.stderr and "sscli db update" in warned.stderr
    failed = cli("scan", lock, "--db", snapshot_db, "--require-fresh-db", expect=3)
    assert "sscli db update" in failed.stderr
    fresh = cli(
        "scan",
        lock,
        "--db",
        snapshot_db,
        "--max-age",
        "100000",
        "--require-fresh-db",
        "--format",
        "json",
    )
    assert "days old" not in fresh.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xml"], "unknown format 'xml'"),
        (["--fail-on", "severe"], "--fail-on 'severe'"),
        (["--service", "nvd"], "unknown service 'nvd'"),
        (
            ["--service-url", "http://127.0.0.1:9"],
            "--service-url applies to the pip-audit services only",
        ),
        (["-o", "out.txt"], "--output needs a machine format"),
    ],
)
def test_usage_errors(
    cli: Cli, lock: Path, snapshot_db: Path, args: list[str], message: str
) -> None:
    result = cli("scan", lock, "--db", snapshot_db, *args, expect=2)
    assert message in result.stderr
