"""OSV records: checked against the parts of the OSV schema sscli relies on, then compiled.

A record that breaks the schema is rejected whole (`InvalidRecord`, naming the field). A range
whose versions are not PEP 440 is skipped and reported as a `RangeProblem`: the rest of the
record still counts, so one bad event never hides a whole advisory.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from packaging.utils import canonicalize_name

from sscli.vulndb.ranges import AffectedVersions, UnparseableRange, compile_events, version_key

PYPI = "PyPI"
RANGE_TYPES = ("ECOSYSTEM", "SEMVER", "GIT")


class InvalidRecord(ValueError):
    """A record that violates the OSV schema; `field` is where (e.g. `affected[0].package`)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True)
class RangeProblem:
    """A range that was skipped because it cannot be evaluated."""

    advisory_id: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.advisory_id} {self.field}: {self.message}"


@dataclass(frozen=True)
class AffectedPackage:
    """One `affected[]` entry for a PyPI package, compiled for matching."""

    name: str  # PEP 503 normalized
    versions: AffectedVersions


@dataclass(frozen=True)
class OsvRecord:
    """The fields of one OSV record that scanning and reporting use."""

    id: str
    modified: datetime
    published: datetime | None
    withdrawn: datetime | None
    aliases: tuple[str, ...]
    summary: str | None
    details: str | None
    severity: tuple[tuple[str, str], ...]  # (type, score), e.g. ("CVSS_V3", "CVSS:3.1/...")
    database_severity: str | None  # database_specific.severity, e.g. "HIGH"
    references: tuple[str, ...]
    affected: tuple[AffectedPackage, ...]
    problems: tuple[RangeProblem, ...]


def parse_timestamp(value: object, field: str) -> datetime:
    """An RFC 3339 timestamp as an aware datetime (OSV requires UTC `Z` times)."""
    if not isinstance(value, str):
        raise InvalidRecord(field, "must be an RFC 3339 timestamp string")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise InvalidRecord(field, f"{value!r} is not an RFC 3339 timestamp") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _str(data: Mapping[str, Any], key: str, field: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value):
        raise InvalidRecord(
            f"{field}{key}", "must be a non-empty string" if required else "must be a string"
        )
    return value


def _list(data: Mapping[str, Any], key: str, field: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise InvalidRecord(f"{field}{key}", "must be an array")
    return value


def _strings(data: Mapping[str, Any], key: str, field: str = "") -> tuple[str, ...]:
    items = _list(data, key, field)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise InvalidRecord(f"{field}{key}[{index}]", "must be a string")
    return tuple(items)


def parse_record(data: object) -> OsvRecord:
    """Check `data` (a decoded OSV JSON/YAML document) and compile its PyPI entries."""
    if not isinstance(data, dict):
        raise InvalidRecord("/", "an OSV record must be a JSON object")
    record_id = _str(data, "id", "", required=True)
    assert record_id is not None
    severity = []
    for index, item in enumerate(_list(data, "severity", "")):
        if not isinstance(item, dict):
            raise InvalidRecord(f"severity[{index}]", "must be an object")
        kind = _str(item, "type", f"severity[{index}].", required=True)
        score = _str(item, "score", f"severity[{index}].", required=True)
        assert kind is not None and score is not None
        severity.append((kind, score))
    database_specific = data.get("database_specific") or {}
    if not isinstance(database_specific, dict):
        raise InvalidRecord("database_specific", "must be an object")
    db_severity = database_specific.get("severity")
    references = []
    for index, item in enumerate(_list(data, "references", "")):
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            raise InvalidRecord(f"references[{index}].url", "must be a string")
        references.append(item["url"])
    affected, problems = _parse_affected(record_id, _list(data, "affected", ""))
    return OsvRecord(
        id=record_id,
        modified=parse_timestamp(data.get("modified"), "modified"),
        published=parse_timestamp(data["published"], "published")
        if data.get("published")
        else None,
        withdrawn=parse_timestamp(data["withdrawn"], "withdrawn")
        if data.get("withdrawn")
        else None,
        aliases=tuple(a for a in _strings(data, "aliases") if a != record_id),
        summary=_str(data, "summary", ""),
        details=_str(data, "details", ""),
        severity=tuple(severity),
        database_severity=db_severity if isinstance(db_severity, str) else None,
        references=tuple(references),
        affected=tuple(affected),
        problems=tuple(problems),
    )


def _parse_affected(
    record_id: str, entries: list[Any]
) -> tuple[list[AffectedPackage], list[RangeProblem]]:
    affected: list[AffectedPackage] = []
    problems: list[RangeProblem] = []
    for index, entry in enumerate(entries):
        field = f"affected[{index}]"
        if not isinstance(entry, dict):
            raise InvalidRecord(field, "must be an object")
        package = entry.get("package")
        if not isinstance(package, dict):
            raise InvalidRecord(f"{field}.package", "must be an object")
        ecosystem = _str(package, "ecosystem", f"{field}.package.", required=True)
        name = _str(package, "name", f"{field}.package.", required=True)
        assert name is not None
        ranges = []
        for r_index, item in enumerate(_list(entry, "ranges", f"{field}.")):
            r_field = f"{field}.ranges[{r_index}]"
            if not isinstance(item, dict) or item.get("type") not in RANGE_TYPES:
                raise InvalidRecord(f"{r_field}.type", f"must be one of {', '.join(RANGE_TYPES)}")
            events = item.get("events")
            if not isinstance(events, list) or not events:
                raise InvalidRecord(f"{r_field}.events", "must be a non-empty array")
            if item["type"] != "ECOSYSTEM" or ecosystem != PYPI:
                continue  # GIT and SEMVER ranges say nothing about PyPI versions
            try:
                ranges.append(compile_events(events))
            except UnparseableRange as exc:
                problems.append(RangeProblem(record_id, r_field, str(exc)))
        versions = _strings(entry, "versions", f"{field}.")
        if ecosystem == PYPI and (ranges or versions):
            keys = frozenset(version_key(v) for v in versions)
            affected.append(
                AffectedPackage(canonicalize_name(name), AffectedVersions(tuple(ranges), keys))
            )
    return affected, problems
