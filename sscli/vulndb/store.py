"""The SQLite store of OSV records: schema, read-only queries and freshness.

Matching reads only the `affected` rows of the scanned names, in one query per batch over the
table's primary key (PEP 503 name first), each row holding the entry's ranges compiled at import
time into `VersionIntervals`; so a scan costs in proportion to the packages scanned, not to the
size of the database, and parses no range.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sscli.errors import EnvironmentFailure
from sscli.vulndb.intervals import MalformedEntry, VersionIntervals, decode_json

# 2 (never released): intervals with order keys of another spelling. 3: affected rows hold
# compiled intervals and their fixes (and the record's withdrawn flag), keyed by name.
SCHEMA_VERSION = "3"
DB_FILENAME = "osv.sqlite"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE advisory (
    id TEXT PRIMARY KEY,
    modified TEXT NOT NULL,
    published TEXT,
    withdrawn TEXT,
    aliases TEXT NOT NULL,
    summary TEXT,
    details TEXT,
    severity TEXT NOT NULL,
    database_severity TEXT,
    refs TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX advisory_by_modified ON advisory (modified);
CREATE TABLE affected (
    name TEXT NOT NULL,
    advisory_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    withdrawn INTEGER NOT NULL,
    intervals TEXT NOT NULL,
    fixes TEXT NOT NULL,
    PRIMARY KEY (name, advisory_id, seq)
) WITHOUT ROWID;
CREATE INDEX affected_by_advisory ON affected (advisory_id);
CREATE TABLE alias (alias TEXT NOT NULL, advisory_id TEXT NOT NULL);
CREATE INDEX alias_by_alias ON alias (alias);
CREATE INDEX alias_by_advisory ON alias (advisory_id);
CREATE TABLE problem (advisory_id TEXT NOT NULL, field TEXT NOT NULL, message TEXT NOT NULL);
CREATE INDEX problem_by_advisory ON problem (advisory_id);
"""


def default_db_path(state_dir: Path) -> Path:
    """`<state-dir>/vulndb/osv.sqlite`."""
    return state_dir / "vulndb" / DB_FILENAME


def missing_db_hint() -> str:
    return "run `sscli db update` (OSV's PyPI export) or `sscli db import <osv-export.zip|dir|URL>`"


@dataclass(frozen=True)
class Advisory:
    """A stored advisory, as findings report it."""

    id: str
    modified: str
    published: str | None
    withdrawn: str | None
    aliases: tuple[str, ...]
    summary: str | None
    details: str | None
    severity: tuple[tuple[str, str], ...]
    database_severity: str | None
    references: tuple[str, ...]


class AffectedEntry(NamedTuple):  # a scan reads thousands: a tuple is made fastest
    advisory_id: str
    versions: VersionIntervals


@dataclass(frozen=True)
class DbProvenance:
    """Where the data came from and how old it is: what a scan reports and checks, read
    without counting the tables (`status()` counts them for `sscli db status`)."""

    source: str
    imported_at: datetime
    newest_modified: datetime | None

    def age(self, now: datetime | None = None) -> timedelta | None:
        """Time since the newest record was modified: how old the data is."""
        if self.newest_modified is None:
            return None
        return (now or datetime.now(UTC)) - self.newest_modified

    def is_stale(self, max_age: timedelta, now: datetime | None = None) -> bool:
        age = self.age(now)
        return age is None or age > max_age


@dataclass(frozen=True)
class DbStatus:
    """What `sscli db status` shows."""

    path: Path
    source: str
    imported_at: datetime
    records: int
    withdrawn: int
    pypi_packages: int
    skipped_ranges: int
    newest_modified: datetime | None

    def age(self, now: datetime | None = None) -> timedelta | None:
        """Time since the newest record was modified: how old the data is."""
        if self.newest_modified is None:
            return None
        return (now or datetime.now(UTC)) - self.newest_modified

    def is_stale(self, max_age: timedelta, now: datetime | None = None) -> bool:
        age = self.age(now)
        return age is None or age > max_age


class VulnDb:
    """A read-only view of an imported database."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise EnvironmentFailure(f"no vulnerability database at {path}", hint=missing_db_hint())
        try:
            self._conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
            version = self._meta().get("schema_version")
        except sqlite3.DatabaseError as exc:
            raise EnvironmentFailure(
                f"{path}: not a usable vulnerability database ({exc})", hint=missing_db_hint()
            ) from exc
        if version != SCHEMA_VERSION:
            raise EnvironmentFailure(
                f"{path}: database schema {version!r}, this sscli reads {SCHEMA_VERSION!r}",
                hint="re-create it: " + missing_db_hint(),
            )
        self.path = path

    def damaged(self, detail: str) -> EnvironmentFailure:
        """The error for a database whose content is not what an import writes."""
        return EnvironmentFailure(
            f"{self.path}: damaged vulnerability database ({detail})",
            hint="re-create it: " + missing_db_hint(),
        )

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> VulnDb:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _meta(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT key, value FROM meta").fetchall())

    def affected_for(self, names: Iterable[str]) -> dict[str, list[AffectedEntry]]:
        """Affected entries of non-withdrawn advisories for each normalized name given, in
        one query (the names travel as one JSON array), ordered by advisory and entry."""
        found: dict[str, list[AffectedEntry]] = {}
        unique = sorted(set(names))
        if not unique:
            return found
        from_row = VersionIntervals.from_row
        rows = self._conn.execute(_AFFECTED_QUERY, (json.dumps(unique),))
        for name, advisory_id, intervals, fixes in rows:
            try:
                entry = AffectedEntry(advisory_id, from_row(intervals, fixes))
            except MalformedEntry as exc:
                raise self.damaged(f"{name} {advisory_id}: {exc}") from None
            entries = found.get(name)
            if entries is None:
                found[name] = [entry]
            else:
                entries.append(entry)
        return found

    def advisories(self, ids: Iterable[str]) -> dict[str, Advisory]:
        """The advisories with these ids (withdrawn ones included; callers filter)."""
        unique = sorted(set(ids))
        if not unique:
            return {}
        rows = self._conn.execute(_ADVISORY_QUERY, (json.dumps(unique),))
        try:
            return {row[0]: _advisory(row) for row in rows}
        except (ValueError, TypeError) as exc:  # not what an import writes
            raise self.damaged(f"an advisory's aliases, severity or references: {exc}") from None

    def ids_for_alias(self, alias: str) -> list[str]:
        """Advisory ids that are, or list as an alias, `alias` (e.g. a CVE id)."""
        rows = self._conn.execute(
            "SELECT id FROM advisory WHERE id = ? "
            "UNION SELECT advisory_id FROM alias WHERE alias = ?",
            (alias, alias),
        )
        return sorted(row[0] for row in rows)

    def range_problems(self) -> list[tuple[str, str, str]]:
        """Ranges skipped at import: (advisory id, field, reason)."""
        rows = self._conn.execute("SELECT advisory_id, field, message FROM problem ORDER BY 1, 2")
        return [(a, f, m) for a, f, m in rows]

    def provenance(self) -> DbProvenance:
        meta = self._meta()
        newest = self._conn.execute("SELECT max(modified) FROM advisory").fetchone()[0]
        return DbProvenance(
            source=meta.get("source", "unknown"),
            imported_at=datetime.fromisoformat(meta["imported_at"]),
            newest_modified=datetime.fromisoformat(newest) if newest else None,
        )

    def status(self) -> DbStatus:
        meta = self._meta()
        one = self._conn.execute
        newest = one("SELECT max(modified) FROM advisory").fetchone()[0]
        return DbStatus(
            path=self.path,
            source=meta.get("source", "unknown"),
            imported_at=datetime.fromisoformat(meta["imported_at"]),
            records=one("SELECT count(*) FROM advisory").fetchone()[0],
            withdrawn=one("SELECT count(*) FROM advisory WHERE withdrawn IS NOT NULL").fetchone()[
                0
            ],
            pypi_packages=one("SELECT count(DISTINCT name) FROM affected").fetchone()[0],
            skipped_ranges=one("SELECT count(*) FROM problem").fetchone()[0],
            newest_modified=datetime.fromisoformat(newest) if newest else None,
        )


_AFFECTED_QUERY = (
    "SELECT name, advisory_id, intervals, fixes FROM affected "
    "WHERE name IN (SELECT value FROM json_each(?)) AND NOT withdrawn "
    "ORDER BY name, advisory_id, seq"
)
_ADVISORY_QUERY = (
    "SELECT id, modified, published, withdrawn, aliases, summary, details, severity,"
    " database_severity, refs FROM advisory WHERE id IN (SELECT value FROM json_each(?))"
)


def _advisory(row: Sequence[Any]) -> Advisory:
    return Advisory(
        id=row[0],
        modified=row[1],
        published=row[2],
        withdrawn=row[3],
        aliases=tuple(decode_json(row[4])),
        summary=row[5],
        details=row[6],
        severity=tuple((t, s) for t, s in decode_json(row[7])),
        database_severity=row[8],
        references=tuple(decode_json(row[9])),
    )
