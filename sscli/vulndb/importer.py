"""Import OSV records into the store: incremental by `modified`, swapped in atomically.

The import works on a copy of the database in the same directory and renames it over the old
one only after it has committed and been fsynced, under an exclusive lock: an interrupted or
failed import leaves the previous database untouched, and a concurrent scan sees either the old
or the new file, never a half-written one.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sscli.errors import InputError
from sscli.fsutil import file_lock
from sscli.progress import Progress as RecordProgress
from sscli.progress import silent
from sscli.vulndb.intervals import compile_intervals
from sscli.vulndb.records import InvalidRecord, OsvRecord, RangeProblem, parse_record
from sscli.vulndb.sources import Progress, copy_file, iter_local, local_copy
from sscli.vulndb.store import SCHEMA, SCHEMA_VERSION


@dataclass
class ImportReport:
    """What an import did; invalid records and skipped ranges are listed, never hidden."""

    source: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    skipped_ranges: list[RangeProblem] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.invalid)


def _timestamp(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def decode_record(name: str, data: bytes) -> object:
    """JSON or YAML (by file suffix) to Python data; raises `InvalidRecord`."""
    try:
        if name.lower().endswith((".yaml", ".yml")):
            if b"&" in data:  # an anchor, so maybe aliases: the loader that bounds them
                from sscli.yamlsafe import parse_yaml

                try:
                    return parse_yaml(data, path=name)
                except InputError as exc:
                    raise InvalidRecord("/", exc.message) from None
            import yaml

            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            return yaml.load(data, Loader=loader)  # noqa: S506 - a SafeLoader, without aliases
        return json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidRecord("/", f"not valid JSON/YAML ({exc})") from None
    except Exception as exc:  # yaml.YAMLError and its many subclasses
        raise InvalidRecord("/", f"not valid YAML ({type(exc).__name__})") from None


def import_records(
    db_path: Path,
    source: str,
    *,
    progress: Progress | None = None,
    records: RecordProgress = silent,
) -> ImportReport:
    """Import every record of `source` (zip, directory, or URL of either) into `db_path`;
    `progress` hears about the bytes of a download, `records` about the records read."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with (
        file_lock(db_path.with_name(db_path.name + ".lock")),
        local_copy(source, db_path.parent, progress) as local,
    ):
        return _import_locked(db_path, source, _counted(iter_local(local), records))


def _counted(
    files: Iterable[tuple[str, bytes]], records: RecordProgress
) -> Iterator[tuple[str, bytes]]:
    for done, item in enumerate(files, 1):
        yield item
        if done % 100 == 0:
            records(done, None, item[0])


def _import_locked(db_path: Path, source: str, files: Iterable[tuple[str, bytes]]) -> ImportReport:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".tmp", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if db_path.exists():
            copy_file(db_path, tmp)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            report = _apply(conn, source, files)
        finally:
            conn.close()
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        tmp.replace(db_path)
        dir_fd = os.open(db_path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return report


def _apply(
    conn: sqlite3.Connection, source: str, files: Iterable[tuple[str, bytes]]
) -> ImportReport:
    # The file is a private copy until the rename, so durability comes from the final fsync.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
        conn.executescript(SCHEMA)
    else:
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if not version or version[0] != SCHEMA_VERSION:
            raise InputError(
                f"existing database has schema {version[0] if version else None!r}",
                hint="delete it and import again",
            )
    known = dict(conn.execute("SELECT id, modified FROM advisory").fetchall())
    report = ImportReport(source)
    conn.execute("BEGIN")
    for name, data in files:
        try:
            record = parse_record(decode_record(name, data))
        except InvalidRecord as exc:
            report.invalid.append((name, str(exc)))
            continue
        modified = _timestamp(record.modified)
        previous = known.get(record.id)
        if previous is not None and previous >= modified:
            report.unchanged += 1
            continue
        if previous is not None:
            _delete(conn, record.id)
            report.updated += 1
        else:
            report.added += 1
        _insert(conn, record, modified)
        known[record.id] = modified
        report.skipped_ranges.extend(record.problems)
    if report.seen == 0:
        raise InputError("contains no OSV record files (.json, .yaml, .yml)", path=source)
    if report.seen == len(report.invalid):
        first = report.invalid[0]
        raise InputError(f"no valid OSV record; first: {first[0]}: {first[1]}", path=source)
    meta = {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "imported_at": _timestamp(datetime.now(UTC)),
    }
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
    conn.execute("COMMIT")
    return report


def _delete(conn: sqlite3.Connection, advisory_id: str) -> None:
    for table, column in (
        ("advisory", "id"),
        ("affected", "advisory_id"),
        ("alias", "advisory_id"),
        ("problem", "advisory_id"),
    ):
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (advisory_id,))  # noqa: S608 - fixed names


def _insert(conn: sqlite3.Connection, record: OsvRecord, modified: str) -> None:
    conn.execute(
        "INSERT INTO advisory VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.id,
            modified,
            _timestamp(record.published) if record.published else None,
            _timestamp(record.withdrawn) if record.withdrawn else None,
            json.dumps(record.aliases),
            record.summary,
            record.details,
            json.dumps(record.severity),
            record.database_severity,
            json.dumps(record.references),
        ),
    )
    conn.executemany(
        "INSERT INTO affected VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                a.name,
                record.id,
                seq,
                record.withdrawn is not None,
                *compile_intervals(a.versions).to_row(),
            )
            for seq, a in enumerate(record.affected)
        ],
    )
    conn.executemany("INSERT INTO alias VALUES (?, ?)", [(a, record.id) for a in record.aliases])
    conn.executemany(
        "INSERT INTO problem VALUES (?, ?, ?)",
        [(p.advisory_id, p.field, p.message) for p in record.problems],
    )
