"""`scan -o FORMAT=PATH` (repeatable): one scan, several outputs, each the same as its own run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli


def test_several_outputs_from_one_scan(
    cli: Cli, lock: Path, snapshot_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = cli(
        "scan", lock, "--db", snapshot_db,
        "-o", f"json={out}/scan.json", "-o", f"sarif={out}/scan.sarif",
        "-o", f"in-toto={out}/vulns.json", "-o", f"cyclonedx-vex={out}/vex.cdx.json",
    )  # fmt: skip
    assert result.stdout == ""
    assert "PYSEC-2018-28" in result.stderr  # the table, for people, on stderr
    report = json.loads((out / "scan.json").read_text())
    alone = json.loads(cli("scan", lock, "--db", snapshot_db, "--format", "json").stdout)
    assert [f["id"] for f in report["findings"]] == [f["id"] for f in alone["findings"]]
    sarif = json.loads((out / "scan.sarif").read_text())
    assert len(sarif["runs"][0]["results"]) == len(report["findings"])
    predicate = json.loads((out / "vulns.json").read_text())
    assert {r["id"] for r in predicate["scanner"]["result"]} == {
        f["id"] for f in report["findings"]
    }
    vex = json.loads((out / "vex.cdx.json").read_text())
    assert vex["bomFormat"] == "CycloneDX"


def test_a_plain_path_takes_format_and_stdout_stays_empty(
    cli: Cli, lock: Path, snapshot_db: Path, tmp_path: Path
) -> None:
    result = cli(
        "scan", lock, "--db", snapshot_db, "--format", "sarif",
        "-o", tmp_path / "a.sarif", "-o", f"json={tmp_path}/a.json",
    )  # fmt: skip
    assert result.stdout == ""
    assert json.loads((tmp_path / "a.sarif").read_text())["version"] == "2.1.0"
    assert "findings" in json.loads((tmp_path / "a.json").read_text())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "yaml=x.yaml"], "unknown format 'yaml'"),
        (["-o", "json=a.json", "-o", "sarif=a.json"], "same file"),
        (["-o", "json="], "no path after json="),
        (["--format", "json", "-o", "a.json", "-o", "b.json"], "given twice"),
        (["-o", "table=t.txt"], "--output needs a machine format"),
    ],
)
def test_output_usage_errors(
    cli: Cli, lock: Path, snapshot_db: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    result = cli("scan", lock, "--db", snapshot_db, *args, expect=2)
    assert message in result.stderr
    assert not list(tmp_path.glob("*.json"))
