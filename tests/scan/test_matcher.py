"""The OSV-DB service as the in-memory matcher a batch shares: a second query of packages it has
seen reads nothing from the database and gives the same findings as a fresh service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sscli.inventory import load_inventory
from sscli.scan import scan_inventory
from sscli.scan.services.osv_db import OsvDbService
from sscli.vulndb import VulnDb


class CountingDb(VulnDb):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.reads: list[str] = []

    def affected_for(self, names: Any) -> Any:
        names = list(names)
        self.reads += [f"affected {n}" for n in names]
        return super().affected_for(names)

    def advisories(self, ids: Any) -> Any:
        ids = list(ids)
        self.reads += [f"advisory {i}" for i in ids]
        return super().advisories(ids)

    def provenance(self) -> Any:
        self.reads.append("provenance")
        return super().provenance()


def test_a_second_scan_reads_nothing_and_finds_the_same(lock: Path, snapshot_db: Path) -> None:
    inventory = load_inventory(lock)
    db = CountingDb(snapshot_db)
    service = OsvDbService(db)
    first = scan_inventory(inventory, service)
    assert first.findings and db.reads
    db.reads.clear()
    second = scan_inventory(inventory, service)
    assert db.reads == []
    fresh = scan_inventory(inventory, OsvDbService(VulnDb(snapshot_db)))
    assert second.findings == first.findings == fresh.findings
    assert second.database == fresh.database


def test_new_names_are_fetched_once_in_one_batch(tmp_path: Path, snapshot_db: Path) -> None:
    db = CountingDb(snapshot_db)
    service = OsvDbService(db)
    first = tmp_path / "first.txt"
    first.write_text("requests==2.19.1\n")
    scan_inventory(load_inventory(first), service)
    db.reads.clear()
    both = tmp_path / "both.txt"
    both.write_text("requests==2.19.1\njinja2==2.10\nnot-a-known-package==1.0\n")
    report = scan_inventory(load_inventory(both), service)
    assert {r for r in db.reads if r.startswith("affected")} == {
        "affected jinja2",
        "affected not-a-known-package",
    }
    assert {f.package for f in report.findings} == {"requests", "jinja2"}


def test_one_query_reads_the_entries_of_a_whole_batch(snapshot_db: Path) -> None:
    from sscli.inventory import Package

    db = VulnDb(snapshot_db)
    statements: list[str] = []
    db._conn.set_trace_callback(statements.append)
    names = [f"unknown-{i}" for i in range(3000)] + ["requests", "django", "jinja2"]
    packages = [Package(name=n, version="1.0") for n in names]
    OsvDbService(db).query(packages)
    reads = [s for s in statements if "FROM affected" in s]
    assert len(reads) == 1  # 3,003 names, one query: no chunking by the parameter limit
    plan = db._conn.execute("EXPLAIN QUERY PLAN " + reads[0]).fetchall()
    assert any("USING PRIMARY KEY (name=?)" in row[-1] for row in plan), plan
    assert len([s for s in statements if "FROM advisory" in s]) == 1
    # the freshness check reads the newest record from an index, not the whole table
    plan = db._conn.execute("EXPLAIN QUERY PLAN SELECT max(modified) FROM advisory").fetchall()
    assert any("COVERING INDEX advisory_by_modified" in row[-1] for row in plan), plan


def test_the_collector_pause_ends_with_the_block_even_on_error() -> None:
    import gc

    import pytest

    from sscli.scan.run import without_cycle_collection

    assert gc.isenabled()
    with pytest.raises(KeyError), without_cycle_collection():
        assert not gc.isenabled()
        raise KeyError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with without_cycle_collection():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
