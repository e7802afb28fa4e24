"""Importing OSV data: the real snapshot, incremental updates, formats, sources and bad input."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from sscli.vulndb import VulnDb, import_records
from sscli.vulndb.order import text_order_key
from tests.conftest import Cli
from tests.scan.osv_server import RecordedServer, recorded_server
from tests.vulndb.snapshot import SNAPSHOT, snapshot_record


def key(version: str) -> str:
    found = text_order_key(version)
    assert found is not None
    return found


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write(directory: Path, name: str, record: Any) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_text(json.dumps(record))


def test_snapshot_imports_every_record_and_reports_the_two_bad_ranges(snapshot_db: Path) -> None:
    with VulnDb(snapshot_db) as db:
        status = db.status()
        assert (status.records, status.withdrawn) == (2661, 10)
        assert status.newest_modified is not None
        assert status.newest_modified.isoformat().startswith("2024-10-10")
        assert [p[:2] for p in db.range_problems()] == [
            ("PYSEC-2019-125", "affected[0].ranges[0]"),
            ("PYSEC-2021-371", "affected[0].ranges[1]"),
        ]
        assert db.ids_for_alias("CVE-2018-18074") == ["PYSEC-2018-28"]
        assert db.ids_for_alias("GHSA-x84v-xcm2-53pg") == ["PYSEC-2018-28"]


def test_cli_import_is_incremental(cli: Cli, shared_data: Path, tmp_path: Path) -> None:
    db = tmp_path / "osv.sqlite"
    first = cli("db", "import", shared_data / SNAPSHOT, "--db", db)
    assert (
        "2661 added, 0 updated, 0 unchanged, 0 invalid record(s), 2 range(s) skipped"
        in first.stderr
    )
    assert "PYSEC-2021-371 affected[0].ranges[1]: events[1].fixed: '0.2.0-n653'" in first.stderr
    second = cli("db", "import", shared_data / SNAPSHOT, "--db", db)
    assert "0 added, 0 updated, 2661 unchanged" in second.stderr


def test_newer_record_replaces_older_one_and_older_never_wins(
    shared_data: Path, tmp_path: Path
) -> None:
    db = tmp_path / "osv.sqlite"
    original = snapshot_record(shared_data, "PYSEC-2018-28")
    _write(tmp_path / "v1", "PYSEC-2018-28.json", original)
    import_records(db, str(tmp_path / "v1"))

    newer = copy.deepcopy(original)
    newer["modified"] = "2030-01-01T00:00:00Z"
    newer["affected"][0]["ranges"][1]["events"] = [{"introduced": "0"}, {"fixed": "2.19.0"}]
    newer["affected"][0]["versions"] = []
    _write(tmp_path / "v2", "PYSEC-2018-28.json", newer)
    report = import_records(db, str(tmp_path / "v2"))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 0)

    older = copy.deepcopy(original)
    older["modified"] = "2019-01-01T00:00:00Z"
    _write(tmp_path / "v3", "PYSEC-2018-28.json", older)
    report = import_records(db, str(tmp_path / "v3"))
    assert (report.added, report.updated, report.unchanged) == (0, 0, 1)

    with VulnDb(db) as store:
        (entry,) = store.affected_for(["requests"])["requests"]
        # the newer record's one range, [0, 2.19.0): 2.19.0 is clear, 2.18.9 affected
        assert entry.versions.includes(key("2.18.9")) and not entry.versions.includes(key("2.19.0"))
        assert list(entry.versions.fixed_texts) == ["2.19.0"]


def test_yaml_directory_and_file_url(cli: Cli, shared_data: Path, tmp_path: Path) -> None:
    records = tmp_path / "records"
    records.mkdir()
    (records / "PYSEC-2018-28.yaml").write_text(
        yaml.safe_dump(snapshot_record(shared_data, "PYSEC-2018-28"))
    )
    _write(records / "nested", "PYSEC-2023-74.json", snapshot_record(shared_data, "PYSEC-2023-74"))
    (records / "README.txt").write_text("not a record")
    db = tmp_path / "osv.sqlite"
    result = cli("db", "import", records.as_uri(), "--db", db)
    assert "2 added" in result.stderr
    with VulnDb(db) as store:
        assert {e.advisory_id for e in store.affected_for(["requests"])["requests"]} == {
            "PYSEC-2018-28",
            "PYSEC-2023-74",
        }


def test_update_downloads_over_http_and_keeps_the_old_db_on_failure(
    cli: Cli, shared_data: Path, tmp_path: Path
) -> None:
    server = RecordedServer(files={"/PyPI/all.zip": (shared_data / SNAPSHOT).read_bytes()})
    db = tmp_path / "osv.sqlite"
    with recorded_server(server) as base:
        result = cli("db", "update", "--source", f"{base}/PyPI/all.zip", "--db", db)
        assert "2661 added" in result.stderr
        before = _digest(db)
        failed = cli("db", "update", "--source", f"{base}/missing.zip", "--db", db, expect=3)
    assert "HTTP 404" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert _digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["osv.sqlite", "osv.sqlite.lock"]


def _corrupt_member_zip(shared_data: Path, path: Path) -> None:
    """A zip whose second member fails its CRC check: the first imports, then reading fails."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(
            "PYSEC-2018-28.json", json.dumps(snapshot_record(shared_data, "PYSEC-2018-28"))
        )
        archive.writestr(
            "PYSEC-2023-74.json", json.dumps(snapshot_record(shared_data, "PYSEC-2023-74"))
        )
    data = bytearray(path.read_bytes())
    marker = data.rfind(b'"PYSEC-2023-74"')
    data[marker + 1] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "make",
    [
        lambda d, s: (d / "bad.zip").write_bytes(b"PK\x03\x04 not really a zip"),
        lambda d, s: (d / "bad.zip").write_bytes((s / SNAPSHOT).read_bytes()[:100_000]),
        lambda d, s: _corrupt_member_zip(s, d / "bad.zip"),
    ],
    ids=["garbage", "truncated", "bad-crc"],
)
def test_corrupt_zip_is_an_input_error_and_the_db_is_untouched(
    cli: Cli, shared_data: Path, tmp_path: Path, make: Any
) -> None:
    db = tmp_path / "db" / "osv.sqlite"
    records = tmp_path / "ok"
    _write(records, "PYSEC-2019-132.json", snapshot_record(shared_data, "PYSEC-2019-132"))
    cli("db", "import", records, "--db", db)
    before = _digest(db)
    make(tmp_path, shared_data)
    result = cli("db", "import", tmp_path / "bad.zip", "--db", db, expect=2)
    assert str(tmp_path / "bad.zip") in result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["osv.sqlite", "osv.sqlite.lock"]


def test_schema_violations_are_reported_per_file_and_field(
    cli: Cli, shared_data: Path, tmp_path: Path
) -> None:
    good = snapshot_record(shared_data, "PYSEC-2018-28")
    records = tmp_path / "records"
    _write(records, "good.json", good)
    _write(records, "no-id.json", {k: v for k, v in good.items() if k != "id"})
    _write(records, "bad-modified.json", {**good, "id": "X-1", "modified": "yesterday"})
    _write(
        records,
        "bad-range.json",
        {
            **good,
            "id": "X-2",
            "affected": [
                {
                    "package": {"ecosystem": "PyPI", "name": "x"},
                    "ranges": [{"type": "RANGE", "events": [{"introduced": "0"}]}],
                }
            ],
        },
    )
    _write(records, "no-package.json", {**good, "id": "X-3", "affected": [{"ranges": []}]})
    (records / "not-json.json").write_text("{oops")
    (records / "list.json").write_text("[]")
    _write(
        records,
        "bad-versions.json",
        {
            **good,
            "id": "X-4",
            "affected": [{"package": {"ecosystem": "PyPI", "name": "x"}, "versions": ["1.0", 2]}],
        },
    )
    result = cli("db", "import", records, "--db", tmp_path / "osv.sqlite")
    err = " ".join(result.stderr.split())
    assert "1 added" in err and "7 invalid record(s)" in err
    assert (
        "bad-versions.json: skipped invalid record: affected[0].versions[1]: must be a string"
        in err
    )
    assert "no-id.json: skipped invalid record: id: must be a non-empty string" in err
    assert (
        "bad-modified.json: skipped invalid record: modified: 'yesterday' is not an RFC 3339 timestamp"
        in err
    )
    assert (
        "bad-range.json: skipped invalid record: affected[0].ranges[0].type: must be one of" in err
    )
    assert "no-package.json: skipped invalid record: affected[0].package: must be an object" in err
    assert "not-json.json: skipped invalid record: /: not valid JSON/YAML" in err
    assert "list.json: skipped invalid record: /: an OSV record must be a JSON object" in err


def test_only_invalid_records_or_none_at_all_is_an_error(cli: Cli, tmp_path: Path) -> None:
    records = tmp_path / "records"
    _write(records, "a.json", {"id": "X"})
    result = cli("db", "import", records, "--db", tmp_path / "osv.sqlite", expect=2)
    assert "no valid OSV record; first: a.json: modified" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    result = cli("db", "import", empty, "--db", tmp_path / "osv.sqlite", expect=2)
    assert "contains no OSV record files" in result.stderr
    assert not (tmp_path / "osv.sqlite").exists()


def test_unparseable_range_is_skipped_but_the_rest_of_the_record_counts(
    cli: Cli, shared_data: Path, tmp_path: Path
) -> None:
    record = snapshot_record(shared_data, "PYSEC-2018-28")
    record["affected"][0]["ranges"].append(
        {"type": "ECOSYSTEM", "events": [{"introduced": "3.0"}, {"fixed": "three"}]}
    )
    records = tmp_path / "records"
    _write(records, "r.json", record)
    db = tmp_path / "osv.sqlite"
    result = cli("db", "import", records, "--db", db)
    assert "1 range(s) skipped" in result.stderr
    assert (
        "PYSEC-2018-28 affected[0].ranges[2]: events[1].fixed: 'three' is not a PEP 440 version"
        in result.stderr
    )
    status = cli("db", "status", "--db", db, "--format", "json")
    assert json.loads(status.stdout)["skipped_ranges"] == 1
    lock = tmp_path / "requirements.txt"
    lock.write_text("requests==2.19.1\nrequests-toolbelt==1.0.0\n")
    scan = cli("scan", lock, "--db", db, "--format", "json")
    assert [f["id"] for f in json.loads(scan.stdout)["findings"]] == ["PYSEC-2018-28"]


def test_missing_db_says_which_command_fixes_it(cli: Cli, tmp_path: Path) -> None:
    result = cli("db", "status", expect=3)
    assert "no vulnerability database at" in result.stderr
    assert "sscli db update" in result.stderr and "sscli db import" in result.stderr
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not sqlite at all" * 100)
    result = cli("db", "status", "--db", garbage, expect=3)
    assert "not a usable vulnerability database" in result.stderr


def test_status_warns_when_stale(cli: Cli, snapshot_db: Path) -> None:
    stale = cli("db", "status", "--db", snapshot_db)
    assert "records: 2661 (10 withdrawn)" in stale.stderr
    assert "older than 7 days: run `sscli db update`" in " ".join(stale.stderr.split())
    fresh = cli("db", "status", "--db", snapshot_db, "--max-age", "100000")
    assert "warning" not in fresh.stderr
    data = json.loads(cli("db", "status", "--db", snapshot_db, "--format", "json").stdout)
    assert data["stale"] is True and data["records"] == 2661


def test_interrupted_import_leaves_no_partial_file(
    shared_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "osv.sqlite"
    shutil.copyfile(shared_data / SNAPSHOT, tmp_path / "all.zip")
    import_records(db, str(tmp_path / "all.zip"))
    before = _digest(db)

    from sscli.vulndb import importer

    def interrupted(name: str, data: bytes) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(importer, "decode_record", interrupted)
    with pytest.raises(KeyboardInterrupt):
        import_records(db, str(tmp_path / "all.zip"))
    assert _digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "all.zip",
        "osv.sqlite",
        "osv.sqlite.lock",
    ]


# The layout sscli wrote before schema 2 (affected rows held the ranges, not intervals).
SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE advisory (id TEXT PRIMARY KEY, modified TEXT NOT NULL, published TEXT,
    withdrawn TEXT, aliases TEXT NOT NULL, summary TEXT, details TEXT, severity TEXT NOT NULL,
    database_severity TEXT, refs TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE affected (name TEXT NOT NULL, advisory_id TEXT NOT NULL, versions TEXT NOT NULL);
CREATE TABLE alias (alias TEXT NOT NULL, advisory_id TEXT NOT NULL);
CREATE TABLE problem (advisory_id TEXT NOT NULL, field TEXT NOT NULL, message TEXT NOT NULL);
INSERT INTO meta VALUES ('schema_version', '1'), ('source', 'x'),
    ('imported_at', '2024-10-10T00:00:00+00:00');
INSERT INTO advisory VALUES ('PYSEC-2018-28', '2024-01-01T00:00:00+00:00', NULL, NULL, '[]',
    NULL, NULL, '[]', NULL, '[]');
INSERT INTO affected VALUES ('requests', 'PYSEC-2018-28',
    '{"ranges":[[["introduced","0"],["fixed","2.20.0"]]],"versions":[]}');
"""


def test_a_database_of_the_previous_schema_asks_for_a_rebuild(
    cli: Cli, tmp_path: Path, shared_data: Path
) -> None:
    import sqlite3

    old = tmp_path / "osv.sqlite"
    conn = sqlite3.connect(old)
    conn.executescript(SCHEMA_1)
    conn.close()
    pins = tmp_path / "requirements.txt"
    pins.write_text("requests==2.19.1\n")
    for args in (("scan", pins, "--format", "json"), ("db", "status")):
        result = cli(*args, "--db", old, expect=3)
        assert "database schema '1', this sscli reads '3'" in result.stderr
        assert "re-create it" in result.stderr and result.stdout == ""
    result = cli("db", "import", shared_data / SNAPSHOT, "--db", old, expect=2)
    assert "existing database has schema '1'" in result.stderr
    assert "delete it and import again" in result.stderr
    old.unlink()
    cli("db", "import", shared_data / SNAPSHOT, "--db", old)
    findings = json.loads(cli("scan", pins, "--db", old, "--format", "json").stdout)["findings"]
    assert {f["id"] for f in findings} == {"PYSEC-2018-28", "PYSEC-2023-74"}


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("intervals", "not json"),
        ("intervals", '[["x"], "1"]'),  # regions that do not fit the bounds
        ("intervals", '[[1], "010"]'),  # a bound that is not a key
        ("fixes", '[["a"], [], []]'),  # decoded when the entry affects the pin
        ("fixes", "{}"),
        ("intervals", ' [["x"], "1"]'),  # JSON, but not as an import writes it
        ("fixes", '[["a"], ["1.0"], [1]]'),
    ],
)
def test_a_damaged_entry_is_exit_3_asking_for_a_rebuild(
    cli: Cli, snapshot_db: Path, tmp_path: Path, column: str, value: str
) -> None:
    import sqlite3

    damaged = tmp_path / "osv.sqlite"
    shutil.copyfile(snapshot_db, damaged)
    conn = sqlite3.connect(damaged)
    conn.execute(f"UPDATE affected SET {column} = ? WHERE name = 'requests'", (value,))
    conn.commit()
    conn.close()
    pins = tmp_path / "requirements.txt"
    pins.write_text("requests==2.19.1\n")
    result = cli("scan", pins, "--db", damaged, "--format", "json", expect=3)
    assert "damaged vulnerability database" in result.stderr and "requests" in result.stderr
    assert "re-create it" in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    ("column", "value"),
    [("refs", "not json"), ("aliases", "[1"), ("severity", "[1]"), ("severity", "[[1, 2, 3]]")],
)
def test_a_damaged_advisory_is_exit_3_asking_for_a_rebuild(
    cli: Cli, snapshot_db: Path, tmp_path: Path, column: str, value: str
) -> None:
    import sqlite3

    damaged = tmp_path / "osv.sqlite"
    shutil.copyfile(snapshot_db, damaged)
    conn = sqlite3.connect(damaged)
    conn.execute(f"UPDATE advisory SET {column} = ?", (value,))
    conn.commit()
    conn.close()
    pins = tmp_path / "requirements.txt"
    pins.write_text("requests==2.19.1\n")
    result = cli("scan", pins, "--db", damaged, "--format", "json", expect=3)
    assert "damaged vulnerability database" in result.stderr and "re-create it" in result.stderr
    assert result.stdout == ""
