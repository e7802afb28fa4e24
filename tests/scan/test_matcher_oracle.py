"""The OSV-DB service (order keys, compiled intervals, one query per batch) against a plain
reading of the OSV schema's evaluation written here from the snapshot's raw JSON, on every pin
the snapshot names and its neighbours: every version an `affected[].versions` list holds, every
event version, and around each event version its pre-, post-, dev- and local releases, the
same release spelled with more zeros, the next release and the same version in epoch 1."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from sscli.inventory import Inventory, Package
from sscli.scan.run import scannable
from sscli.scan.services.osv_db import OsvDbService
from sscli.vulndb import VulnDb
from tests.vulndb.snapshot import SNAPSHOT, import_snapshot

_TIE = {"introduced": 0, "fixed": 1, "last_affected": 2}


def _parse(text: str) -> Version | None:
    try:
        return Version(text)
    except (InvalidVersion, ValueError):
        return None


class Entry:
    """One `affected[]` entry of a PyPI package, evaluated as the OSV schema says: affected
    if listed in `versions` (PEP 440 equality) or inside an ECOSYSTEM range; a range whose
    versions are not all PEP 440 (or that introduces nothing) cannot be evaluated and counts
    for nothing. Versions are compared as their positions in the sorted list of every version
    the test meets (`rank`), which packaging sorted: the same order, without a Python-level
    `Version.__ge__` for each of the millions of comparisons."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.versions = [v for v in map(_parse, data.get("versions", [])) if v is not None]
        self.ranges: list[tuple[list[tuple[str, Version | None]], list[Version | None]]] = []
        self.fixed: list[Version] = []
        for item in data.get("ranges", []):
            if item["type"] != "ECOSYSTEM":
                continue
            events: list[tuple[str, Version | None]] = []
            limits: list[Version | None] = []
            usable = True
            for event in item["events"]:
                ((kind, text),) = event.items()
                if (kind, text) in (("introduced", "0"), ("limit", "*")):
                    bound = None
                elif (bound := _parse(text)) is None:
                    usable = False
                    break
                if kind == "limit":
                    limits.append(bound)
                else:
                    events.append((kind, bound))
            if usable and any(kind == "introduced" for kind, _ in events):
                # ascending; `introduced: 0` first; at one version, introduced before the rest
                events.sort(key=lambda e: (0,) if e[1] is None else (1, e[1], _TIE[e[0]]))
                self.ranges.append((events, limits))
                self.fixed += [b for kind, b in events if kind == "fixed" and b is not None]

    def bounds(self) -> Iterator[Version]:
        yield from self.versions
        for events, limits in self.ranges:
            yield from (b for _, b in events if b is not None)
            yield from (b for b in limits if b is not None)

    def rank(self, ranks: dict[Version, int]) -> None:
        """Replace every version by its position (equal versions share one: Version hashes
        agree with PEP 440 equality)."""
        self.listed = {ranks[v] for v in self.versions}
        self.ranked = [
            (
                [(kind, None if b is None else ranks[b]) for kind, b in events],
                [None if b is None else ranks[b] for b in limits],
            )
            for events, limits in self.ranges
        ]
        self.fixed_ranks = [ranks[v] for v in self.fixed]

    def affects(self, version: int) -> bool:
        if version in self.listed:
            return True
        return any(self._in_range(version, events, limits) for events, limits in self.ranked)

    @staticmethod
    def _in_range(
        version: int, events: list[tuple[str, int | None]], limits: list[int | None]
    ) -> bool:
        if limits and not any(limit is None or version < limit for limit in limits):
            return False
        affected = False
        for kind, bound in events:
            if kind == "introduced" and (bound is None or version >= bound):
                affected = True
            elif bound is not None and (
                (kind == "fixed" and version >= bound)
                or (kind == "last_affected" and version > bound)
            ):
                affected = False
        return affected


Reference = dict[str, dict[str, list[Entry]]]  # name -> advisory id -> entries


def reference(snapshot: Path) -> Reference:
    entries: Reference = {}
    with zipfile.ZipFile(snapshot) as archive:
        for member in archive.namelist():
            record = json.loads(archive.read(member))
            if record.get("withdrawn"):
                continue
            for data in record.get("affected", []):
                if data["package"]["ecosystem"] != "PyPI":
                    continue
                name = canonicalize_name(data["package"]["name"])
                entries.setdefault(name, {}).setdefault(record["id"], []).append(Entry(data))
    return entries


def expected(
    advisories: dict[str, list[Entry]], version: int
) -> dict[str, tuple[list[int], int | None]]:
    """advisory id -> (its fixed versions, the smallest fix above `version` that no affecting
    entry affects) for the advisories that affect `version`, all as ranks."""
    found = {}
    for advisory_id, entries in advisories.items():
        hitting = [e for e in entries if e.affects(version)]
        if not hitting:
            continue
        fixed = sorted({v for e in hitting for v in e.fixed_ranks})
        fix = next(
            (f for f in fixed if f > version and not any(e.affects(f) for e in hitting)), None
        )
        found[advisory_id] = (fixed, fix)
    return found


def neighbours(version: Version) -> Iterator[str]:
    """Spellings near `version`; those that are not PEP 440 (1.0.post1.post1) are dropped."""
    text = str(version)
    public = version.public
    release = ".".join(map(str, version.release))
    yield text
    yield f"{public}.dev0"
    yield f"{public}a1"
    yield f"{public}.post1"
    yield f"{public}+local.7"
    yield f"{public}+0"
    yield f"{release}.0.0"
    yield ".".join(map(str, (*version.release[:-1], version.release[-1] + 1)))
    yield f"1!{release}" if version.epoch == 0 else release


def pins(snapshot: Path) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    with zipfile.ZipFile(snapshot) as archive:
        for member in archive.namelist():
            for data in json.loads(archive.read(member)).get("affected", []):
                name = canonicalize_name(data["package"]["name"])
                for text in data.get("versions", []):
                    if _parse(text) is not None:
                        found.add((name, str(Version(text))))
                for item in data.get("ranges", []):
                    for event in item["events"]:
                        for text in event.values():
                            if (bound := _parse(text)) is not None:
                                near = (_parse(n) for n in neighbours(bound))
                                found.update((name, str(v)) for v in near if v is not None)
    return found


@pytest.fixture(scope="module")
def every_pin(shared_data: Path) -> list[Package]:
    return [Package(name=n, version=v) for n, v in sorted(pins(shared_data / SNAPSHOT))]


def without_version_lists(snapshot: Path, target: Path) -> Path:
    """The snapshot with every `affected[].versions` list dropped: most records list each
    affected version, which would hide a mistake in range evaluation at the listed versions."""
    with zipfile.ZipFile(snapshot) as source, zipfile.ZipFile(target, "w") as stripped:
        for member in source.namelist():
            record = json.loads(source.read(member))
            for data in record.get("affected", []):
                data.pop("versions", None)
            stripped.writestr(member, json.dumps(record))
    return target


@pytest.fixture(scope="module", params=["records as published", "ranges only"])
def snapshot_and_db(
    request: pytest.FixtureRequest,
    snapshot_db: Path,
    shared_data: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, Path]:
    if request.param == "records as published":
        return shared_data / SNAPSHOT, snapshot_db
    work = tmp_path_factory.mktemp("ranges-only")
    snapshot = without_version_lists(shared_data / SNAPSHOT, work / SNAPSHOT)
    return snapshot, import_snapshot(work, work / "osv.sqlite")


def test_fast_path_agrees_with_the_reference_on_every_pin(
    every_pin: list[Package], snapshot_and_db: tuple[Path, Path]
) -> None:
    snapshot, db = snapshot_and_db
    assert len(every_pin) > 50_000
    truth = reference(snapshot)
    pinned = {p.version: Version(p.version) for p in every_pin if p.version}
    bounds = (b for a in truth.values() for es in a.values() for e in es for b in e.bounds())
    ranks = {v: i for i, v in enumerate(sorted({*pinned.values(), *bounds}))}
    for advisories in truth.values():
        for entries in advisories.values():
            for entry in entries:
                entry.rank(ranks)
    findings = OsvDbService(VulnDb(db)).query(every_pin).findings
    spelled: dict[str, int] = {}

    def rank(text: str) -> int:
        if text not in spelled:
            spelled[text] = ranks[Version(text)]
        return spelled[text]

    got: dict[tuple[str, str], dict[str, tuple[list[int], int | None]]] = {}
    for f in findings:
        fix = rank(f.smallest_fix) if f.smallest_fix else None
        entry = ([rank(v) for v in f.fixed_versions], fix)
        assert got.setdefault((f.package, f.version), {}).setdefault(f.advisory_id, entry) == entry
    mismatches = []
    affected_pins = 0
    for package in every_pin:
        assert package.version is not None
        want = expected(truth.get(package.name, {}), ranks[pinned[package.version]])
        affected_pins += bool(want)
        if got.get((package.name, package.version), {}) != want:
            mismatches.append((package.name, package.version))
    assert mismatches == []
    assert affected_pins > 20_000  # the comparison is not vacuous
    assert len(findings) > 100_000


def test_every_fix_and_listed_version_is_spelled_as_a_record_spells_it(
    every_pin: list[Package], snapshot_db: Path, shared_data: Path
) -> None:
    sample = every_pin[::7]
    texts = set()
    with zipfile.ZipFile(shared_data / SNAPSHOT) as archive:
        for member in archive.namelist():
            for data in json.loads(archive.read(member)).get("affected", []):
                for item in data.get("ranges", []):
                    texts.update(e["fixed"] for e in item["events"] if "fixed" in e)
    for finding in OsvDbService(VulnDb(snapshot_db)).query(sample).findings:
        assert set(finding.fixed_versions) <= texts
        if finding.smallest_fix:
            assert finding.smallest_fix == str(Version(finding.smallest_fix))  # normalized


def test_versions_that_are_not_pep_440_are_skipped_with_the_reason(snapshot_db: Path) -> None:
    odd = ["2019-09-12", "0.2.0-n653", "1.0+", "v", "1..0", "1.0-", "=1.0", "1" * 5000]
    semver = "1.0.0-beta.1+exp.sha.5114f85"  # PEP 440 after all: 1.0.0b1+exp.sha.5114f85
    inventory = Inventory(packages=tuple(Package(name="pyyaml", version=v) for v in [*odd, semver]))
    packages, skipped = scannable(inventory)
    assert [p.version for p in packages] == [semver]
    assert [s.version for s in skipped] == odd
    assert all("not PEP 440" in s.reason for s in skipped)
    found = OsvDbService(VulnDb(snapshot_db)).query(packages).findings
    assert {f.advisory_id for f in found} == {"PYSEC-2018-49", "PYSEC-2021-142"}
