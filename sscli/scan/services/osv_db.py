"""The offline backend: match packages against the embedded OSV database."""

from __future__ import annotations

from collections.abc import Sequence

from packaging.utils import canonicalize_version
from packaging.version import Version

from sscli.inventory import Package
from sscli.scan.findings import DatabaseInfo, Finding
from sscli.scan.services.interface import ServiceResult, VulnerabilityService
from sscli.scan.severity import Severity, severity_of
from sscli.vulndb import Advisory, AffectedEntry, AffectedVersions, VulnDb, smallest_fix
from sscli.vulndb.ranges import parse_version


class OsvDbService(VulnerabilityService):
    """Findings from a local `VulnDb`: exact OSV range evaluation, withdrawn records ignored."""

    name = "osv-db"

    def __init__(self, db: VulnDb) -> None:
        self._db = db

    def database(self) -> DatabaseInfo:
        status = self._db.status()
        return DatabaseInfo(
            uri=status.source,
            version=status.imported_at.isoformat(),
            last_update=status.newest_modified,
        )

    def query(self, packages: Sequence[Package]) -> ServiceResult:
        entries = self._db.affected_for(p.name for p in packages)
        matches: list[tuple[Package, Version, list[AffectedEntry]]] = []
        for package in packages:
            candidates = entries.get(package.name)
            if not candidates:
                continue
            version = package.parsed_version
            assert version is not None  # the scan skips unparseable versions before asking
            key = canonicalize_version(version)
            hits = [e for e in candidates if e.versions.includes(version, key)]
            if hits:
                matches.append((package, version, hits))
        advisories = self._db.advisories(e.advisory_id for _, _, hits in matches for e in hits)
        severities = {
            a.id: severity_of(a.severity, a.database_severity) for a in advisories.values()
        }
        findings = [
            _finding(
                package, purl, version, advisories[advisory_id], severities[advisory_id], group
            )
            for package, version, hits in matches
            for purl in (package.package_url,)
            for advisory_id, group in _by_advisory(hits).items()
        ]
        return ServiceResult(tuple(findings), ())


def _by_advisory(hits: list[AffectedEntry]) -> dict[str, list[AffectedEntry]]:
    grouped: dict[str, list[AffectedEntry]] = {}
    for entry in hits:
        grouped.setdefault(entry.advisory_id, []).append(entry)
    return grouped


def _finding(  # noqa: PLR0917 - one call site, all positional for the hot loop
    package: Package,
    purl: str,
    version: Version,
    advisory: Advisory,
    severity: Severity,
    entries: list[AffectedEntry],
) -> Finding:
    affected = [e.versions for e in entries]
    fixed = affected[0].fixed_texts() if len(affected) == 1 else _merged_fixed(affected)
    fix = smallest_fix(version, affected)
    return Finding(
        advisory_id=advisory.id,
        aliases=tuple(sorted(advisory.aliases)),
        summary=_summary(advisory),
        severity=severity,
        package=package.name,
        version=str(package.version),
        purl=purl,
        location=package.location,
        fixed_versions=tuple(fixed),
        smallest_fix=str(fix) if fix else None,
        references=advisory.references,
        published=advisory.published,
        modified=advisory.modified,
    )


def _merged_fixed(affected: list[AffectedVersions]) -> list[str]:
    by_version = {parse_version(t): t for a in affected for t in a.fixed_texts()}
    return [by_version[v] for v in sorted(by_version)]


def _summary(advisory: Advisory) -> str:
    text = advisory.summary or advisory.details or ""
    first = " ".join(text.split())
    return first if len(first) <= 200 else first[:197] + "..."
