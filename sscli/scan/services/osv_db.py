"""The offline backend: match packages against the embedded OSV database."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from packaging.utils import canonicalize_version
from packaging.version import Version

from sscli.inventory import Package
from sscli.scan.findings import DatabaseInfo, Finding
from sscli.scan.services.interface import ServiceResult, VulnerabilityService
from sscli.scan.severity import Severity, severity_of
from sscli.vulndb import Advisory, AffectedEntry, AffectedVersions, VulnDb, smallest_fix
from sscli.vulndb.ranges import parse_version


class OsvDbService(VulnerabilityService):
    """Findings from a local `VulnDb`: exact OSV range evaluation, withdrawn records ignored.

    The service is the in-memory matcher over the database, which is read-only while it is
    open: each name's affected entries are fetched once (one indexed query per batch of new
    names), each advisory once, and each distinct package's findings are built once, so a
    second query (the deploy gate re-scanning the next artifact's SBOM) costs dictionary
    look-ups for the packages it has seen."""

    name = "osv-db"

    def __init__(self, db: VulnDb) -> None:
        self._db = db
        self._entries: dict[str, list[AffectedEntry]] = {}
        self._advisories: dict[str, Advisory] = {}
        self._severities: dict[str, Severity] = {}
        self._summaries: dict[str, str] = {}
        self._findings: dict[tuple[object, ...], tuple[Finding, ...]] = {}
        self._info: DatabaseInfo | None = None

    def database(self) -> DatabaseInfo:
        if self._info is None:
            status = self._db.provenance()
            self._info = DatabaseInfo(
                uri=status.source,
                version=status.imported_at.isoformat(),
                last_update=status.newest_modified,
            )
        return self._info

    def query(self, packages: Sequence[Package]) -> ServiceResult:
        new = {p.name for p in packages}.difference(self._entries)
        if new:
            found = self._db.affected_for(new)
            for name in new:
                self._entries[name] = found.get(name, [])
        findings: list[Finding] = []
        pending: list[tuple[tuple[object, ...], Package, Version, list[AffectedEntry]]] = []
        for package in packages:
            candidates = self._entries[package.name]
            if not candidates:
                continue
            key: tuple[object, ...] = (
                package.name,
                package.version,
                package.display_name,
                package.purl,
                package.origin,
                package.location,
            )
            known = self._findings.get(key)
            if known is not None:
                findings += known
                continue
            version = package.parsed_version
            assert version is not None  # the scan skips unparseable versions before asking
            canonical = canonicalize_version(version)
            hits = [e for e in candidates if e.versions.includes(version, canonical)]
            if hits:
                pending.append((key, package, version, hits))
            else:
                self._findings[key] = ()
        self._load_advisories(e.advisory_id for _, _, _, hits in pending for e in hits)
        for known_key, package, version, hits in pending:
            built = self._findings.get(known_key)  # the same package twice in one query
            if built is None:
                purl = package.package_url
                built = tuple(
                    _finding(
                        package,
                        purl,
                        version,
                        self._advisories[advisory_id],
                        self._severities[advisory_id],
                        self._summaries[advisory_id],
                        group,
                    )
                    for advisory_id, group in _by_advisory(hits).items()
                )
                self._findings[known_key] = built
            findings += built
        return ServiceResult(tuple(findings), ())

    def _load_advisories(self, ids: Iterable[str]) -> None:
        new = set(ids).difference(self._advisories)
        if not new:
            return
        for advisory_id, advisory in self._db.advisories(new).items():
            self._advisories[advisory_id] = advisory
            self._severities[advisory_id] = severity_of(
                advisory.severity, advisory.database_severity
            )
            self._summaries[advisory_id] = _summary(advisory)


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
    summary: str,
    entries: list[AffectedEntry],
) -> Finding:
    affected = [e.versions for e in entries]
    fixed = affected[0].fixed_texts() if len(affected) == 1 else _merged_fixed(affected)
    fix = smallest_fix(version, affected)
    return Finding(
        advisory_id=advisory.id,
        aliases=tuple(sorted(advisory.aliases)),
        summary=summary,
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
